package duban.board;

import duban.domain.Card;
import duban.domain.Category;
import duban.domain.Closing;
import duban.domain.Item;
import duban.domain.MoveRules;
import duban.domain.Status;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Turns a gesture on a card (a drop, a key, 撤销督办) into a change: checks the rules, asks what
 * the gesture needs (办结情况, a reason), shows the card in its new place at once and hands the
 * write to the board to save. The versions the writes expect are read on the store thread, when
 * the write runs, so that a gesture queued right behind another expects the version it left.
 */
final class CardMoves {

    /** Saves a change through a write on the store thread (the board view model's job). */
    interface Saver {
        void save(BoardChange change, Callable<Item> write);
    }

    private final BoardColumns columns;
    private final BoardStore store;
    private final UndoHistory history;
    private final Saver saver;
    private final Consumer<String> refused;
    private BoardPrompts prompts = BoardPrompts.CANCEL_ALL;
    private Set<Category> reportRequiredBeforeClosing = EnumSet.of(Category.KEY);

    CardMoves(BoardColumns columns, BoardStore store, UndoHistory history, Saver saver, Consumer<String> refused) {
        this.columns = columns;
        this.store = store;
        this.history = history;
        this.saver = saver;
        this.refused = refused;
    }

    void setPrompts(BoardPrompts prompts) {
        this.prompts = Objects.requireNonNull(prompts);
    }

    /** The 督办类别 whose items need a 办理进展 before 办结销号, as the settings say. */
    void setReportRequiredBeforeClosing(Set<Category> categories) {
        reportRequiredBeforeClosing = categories.isEmpty()
                ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
    }

    /** See {@link BoardViewModel#moveCard}. */
    void moveCard(long itemId, Status to, int insertionIndex) {
        Optional<Card> found = columns.findCard(itemId);
        if (found.isEmpty()) {
            return;
        }
        Item item = found.get().item();
        Status from = item.status();
        Optional<String> refusal = MoveRules.refusal(item, to, reportRequiredBeforeClosing);
        if (refusal.isPresent()) {
            refused.accept(refusal.get());
            return;
        }
        Optional<DropPlace> dropped = DropPlace.of(columns.cards(to), columns.allCards(from), itemId, from == to,
                insertionIndex);
        if (dropped.isEmpty()) {
            return; // dropped where it was
        }
        DropPlace place = dropped.get();
        if (MoveRules.returns(from, to)) {
            prompts.askReturnReason(item).ifPresent(reason -> sendBack(item, to, place, reason));
            return;
        }
        Closing closing = null;
        String note = null;
        if (MoveRules.closes(from, to)) {
            closing = prompts.askClosing(item).orElse(null);
            if (closing == null) {
                return;
            }
        }
        if (MoveRules.reopens(from, to)) {
            note = prompts.askReopenReason(item, to).orElse(null);
            if (note == null) {
                return;
            }
        }
        BoardChange.Move change = new BoardChange.Move(item, place.fromPreviousId(), place.fromNextId(), to,
                place.previousId(), place.nextId(), closing, note);
        columns.place(item.movedTo(to, closing == null ? null : closing.closedOn(),
                closing == null ? null : closing.note()), place.previousId(), place.nextId());
        saver.save(change, () -> store.moveBetween(itemId, history.expectedVersion(itemId, item.version()),
                to, change.toPreviousId(), change.toNextId(), change.closing(), change.note()));
    }

    /** 退回重办: the card goes back at once; the store records the reason. */
    private void sendBack(Item item, Status to, DropPlace place, String reason) {
        columns.place(item.movedTo(to, null, null), place.previousId(), place.nextId());
        saver.save(new BoardChange.Return(item, place.fromPreviousId(), place.fromNextId(), place.previousId(),
                        place.nextId(), reason),
                () -> store.sendBack(item.id(), history.expectedVersion(item.id(), item.version()),
                        place.previousId(), place.nextId(), reason));
    }

    /** Moves the selected card to the next (+1) or previous (-1) column, at the bottom. */
    void moveSelectedToAdjacentColumn(int direction) {
        Card card = columns.selectedCardProperty().get();
        if (card == null) {
            return;
        }
        int target = card.item().status().ordinal() + direction;
        if (target < 0 || target >= Status.values().length) {
            return;
        }
        Status to = Status.values()[target];
        moveCard(card.id(), to, columns.cards(to).size());
    }

    /** Moves the selected card one place up (-1) or down (+1) in its column. */
    void moveSelectedWithinColumn(int direction) {
        Card card = columns.selectedCardProperty().get();
        if (card == null) {
            return;
        }
        Status status = card.item().status();
        int index = BoardColumns.indexOf(columns.cards(status), card.id());
        if (index < 0) {
            return;
        }
        // The insertion index counts the card itself: one down means in front of the card after next.
        int insertion = direction < 0 ? index - 1 : index + 2;
        if (insertion < 0 || insertion > columns.cards(status).size()) {
            return;
        }
        moveCard(card.id(), status, insertion);
    }

    /** Withdraws a card (撤销督办) after asking why; it leaves the board at once. */
    void withdrawCard(long itemId) {
        Optional<Card> found = columns.findCard(itemId);
        if (found.isEmpty()) {
            return;
        }
        Item item = found.get().item();
        Optional<String> reason = prompts.askWithdrawReason(item);
        if (reason.isEmpty()) {
            return;
        }
        columns.remove(item);
        saver.save(new BoardChange.Withdraw(item, reason.get()),
                () -> store.withdraw(itemId, history.expectedVersion(itemId, item.version()), reason.get()));
    }
}
