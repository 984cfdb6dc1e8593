package duban.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One approved 延期: the deadline in force before, the new one, who approved it and when. */
public record Extension(long id, long itemId, String reason, LocalDate previousDeadline, LocalDate newDeadline,
                        String approver, LocalDate approvedOn, OffsetDateTime createdAt) {

    /**
     * The deadline an item is assessed against (按时办结) after these extensions, oldest first: an
     * extension counts only if it was approved on or before the day the deadline then assessed
     * had passed; a late approval lets the unit work on, but the item is judged by the old date.
     */
    public static LocalDate assessedDeadline(LocalDate original, List<Extension> oldestFirst) {
        LocalDate assessed = original;
        for (Extension extension : oldestFirst) {
            if (countsForAssessment(extension.approvedOn(), assessed)) {
                assessed = extension.newDeadline();
            }
        }
        return assessed;
    }

    /** Whether, applied to an item now assessed against {@code assessed}, this extension counts. */
    public static boolean countsForAssessment(LocalDate approvedOn, LocalDate assessed) {
        return !approvedOn.isAfter(assessed);
    }
}
