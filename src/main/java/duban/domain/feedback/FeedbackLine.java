package duban.domain.feedback;

import java.util.Objects;

/**
 * One row of a 反馈表 as the import preview shows it: what the unit wrote, what becomes of it, and
 * for an importable row the report it becomes.
 *
 * @param problem         the Chinese reason of a problem row, else empty
 * @param itemId          the item the row names, or {@code null} when there is none
 * @param itemTitle       that item's title, or empty
 * @param expectedVersion the item's version when checked: a move to 待反馈 is refused if it changed
 * @param reporter        报送人 of the report (联系人, else the unit's name)
 * @param content         the report's text, built from 办理进展 and 完成情况
 */
public record FeedbackLine(FeedbackEntry entry, FeedbackVerdict verdict, String problem, Long itemId,
                           String itemTitle, int expectedVersion, String reporter, String content) {

    public FeedbackLine {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(verdict, "verdict");
        problem = problem == null ? "" : problem;
        itemTitle = itemTitle == null ? "" : itemTitle;
        reporter = reporter == null ? "" : reporter;
        content = content == null ? "" : content;
    }

    /** Whether importing this row also moves its item to 待反馈 (when it is still 交办 or 办理中). */
    public boolean requestsClose() {
        return verdict == FeedbackVerdict.IMPORT && entry.requestsClose();
    }

    /** What the preview says of the row: the problem, else the verdict's label. */
    public String describe() {
        return problem.isEmpty() ? verdict.label() : problem;
    }
}
