package duban.ledger;

import duban.domain.DeadlineState;
import duban.domain.Item;
import duban.domain.ItemOperators;
import duban.domain.ProgressReport;
import duban.domain.Unit;
import duban.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns an item into its ledger line: the office's words for status and remarks. */
final class LedgerRows {

    private LedgerRows() {
    }

    static LedgerRow of(Item item, DeadlineState state, ProgressReport latest) {
        return of(item, state, latest, ItemOperators.NONE);
    }

    static LedgerRow of(Item item, DeadlineState state, ProgressReport latest, ItemOperators operators) {
        return new LedgerRow(0, item, state, item.title(), item.source().label(), item.assignedOn(),
                item.leadUnit().name(),
                item.assistUnits().stream().map(Unit::name).collect(Collectors.joining("、")),
                item.owner(), item.currentDeadline(), item.isExtended() ? item.deadline() : null,
                latest == null ? "" : Messages.get("ledger.progress", latest.reportedOn().toString(), latest.content()),
                status(item, state), item.closedOn(), remarks(item, operators), 0);
    }

    /** 办理中·逾期, 待反馈·临期, 办结销号·逾期办结, 交办, 已撤销 … */
    static String status(Item item, DeadlineState state) {
        if (item.withdrawn()) {
            return Messages.get("ledger.status.withdrawn");
        }
        if (item.status().isClosed()) {
            return item.status().label() + "·" + state.label();
        }
        return state == DeadlineState.NORMAL ? item.status().label() : item.status().label() + "·" + state.label();
    }

    /** 备注: what happened besides the fields, in the order a reader asks about it. */
    static String remarks(Item item) {
        return remarks(item, ItemOperators.NONE);
    }

    /**
     * 备注 with who handled the item (留痕): who closed it (while it is closed) and who wrote its
     * latest history entry, when that is someone else.
     */
    static String remarks(Item item, ItemOperators operators) {
        List<String> parts = new ArrayList<>();
        if (item.isExtended()) {
            parts.add(Messages.get("ledger.remark.extended", String.valueOf(item.activity().extensionCount()),
                    item.deadline().toString()));
        }
        if (item.activity().reminderCount() > 0) {
            String level = item.activity().lastReminderLevel() == null ? "" : item.activity().lastReminderLevel().label();
            parts.add(Messages.get("ledger.remark.reminded", String.valueOf(item.activity().reminderCount()), level));
        }
        if (item.returnCount() > 0) {
            parts.add(Messages.get("ledger.remark.returned", String.valueOf(item.returnCount())));
        }
        if (item.withdrawn()) {
            parts.add(Messages.get("ledger.remark.withdrawn", item.withdrawnReason()));
        }
        String closedBy = item.status().isClosed() ? operators.closedBy() : null;
        if (closedBy != null) {
            parts.add(Messages.get("ledger.remark.closedBy", closedBy));
        }
        if (operators.latest() != null && !operators.latest().equals(closedBy)) {
            parts.add(Messages.get("ledger.remark.latestBy", operators.latest()));
        }
        if (item.links().attachmentCount() > 0) {
            parts.add(Messages.get("ledger.remark.attachments", String.valueOf(item.links().attachmentCount())));
        }
        return String.join("; ", parts);
    }
}
