package duban.domain.feedback;

import duban.i18n.Messages;

/**
 * What an applied 反馈表 import wrote.
 *
 * @param reports the progress reports recorded
 * @param moved   the items moved to 待反馈
 * @param skipped rows found already imported when the import ran (another window imported them first)
 */
public record FeedbackResult(int reports, int moved, int skipped) {

    /** One Chinese sentence for the officer. */
    public String describe() {
        return Messages.get("feedback.result", String.valueOf(reports), String.valueOf(moved), skipped);
    }
}
