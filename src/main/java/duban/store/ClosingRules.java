package duban.store;

import duban.domain.Closing;
import duban.domain.Item;
import duban.domain.Status;
import java.time.Clock;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * What crossing an item off (办结销号) checks first and sets going afterwards, inside the move's
 * own transaction: the rules of 事项分解 (a parent with open sub-items), of attachments (佐证材料
 * required by the category) and of 定期督办 (the next occurrence). Each rule lives in a class of
 * its own that does not depend on {@link ItemStore} (SubItemRules, EvidenceRule,
 * RecurrenceOccurrences over ItemRows), so that no store class depends on one that depends on it;
 * this is the one place the move calls.
 */
final class ClosingRules {

    private ClosingRules() {
    }

    /** Refuses the closing, before anything is written, when a rule forbids it. */
    static void beforeClosing(DSLContext db, Item before, Closing closing) {
        SubItemRules.checkClosing(db, before, closing);
        EvidenceRule.checkClosing(db, before, closing);
    }

    /** The note the MOVE event records: the move's own, and what a rule adds to it. */
    static String moveNote(Item before, Status to, Closing closing, String note) {
        return SubItemRules.closingNote(before, to, closing, note);
    }

    /** Runs after the item is crossed off, in the same transaction. */
    static void afterClosed(DSLContext db, Clock clock, Supplier<String> operator, Item closed) {
        RecurrenceOccurrences.afterClosed(db, clock, operator, closed);
    }
}
