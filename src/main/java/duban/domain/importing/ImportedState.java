package duban.domain.importing;

import duban.domain.Status;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an imported item stands, as a ledger we exported says it (状态, 办结日期, 办结情况, the
 * latest 办理进展): the import writes it after the item's CREATE, as events of its own.
 *
 * @param status          the column the item goes to
 * @param statusText      the 状态 as the file writes it, for the history (empty when it had none)
 * @param closedOn        办结日期, only when {@code status} is 办结销号
 * @param closingNote     办结情况, only when {@code status} is 办结销号
 * @param withdrawnReason why the item was withdrawn (已撤销), or {@code null} when it was not
 * @param progressOn      the latest 办理进展's date, or {@code null} when the file has none
 * @param progress        the latest 办理进展's text, or {@code null} when the file has none
 */
public record ImportedState(Status status, String statusText, LocalDate closedOn, String closingNote,
                            String withdrawnReason, LocalDate progressOn, String progress) {

    /** A new item: 交办, nothing reported. */
    public static final ImportedState NEW = new ImportedState(Status.ASSIGNED, "", null, null, null, null, null);

    public ImportedState {
        Objects.requireNonNull(status, "status");
        statusText = statusText == null ? "" : statusText;
        if (status.isClosed() && (closedOn == null || closingNote == null || closingNote.isBlank())) {
            throw new IllegalArgumentException("a closed item needs its closing date and note");
        }
        if ((progressOn == null) != (progress == null)) {
            throw new IllegalArgumentException("a progress report needs its date and text");
        }
    }

    /** Whether the item is withdrawn (撤销) after it is registered. */
    public boolean withdrawn() {
        return withdrawnReason != null;
    }

    /** Whether a 办理进展 is recorded. */
    public boolean hasProgress() {
        return progress != null;
    }

    /** Whether anything beyond registering the item is written. */
    public boolean isNew() {
        return status == Status.ASSIGNED && !withdrawn() && !hasProgress();
    }
}
