package duban.domain.feedback;

/**
 * One item row of a returned 反馈表, as the unit left it: the item number and the four columns it
 * fills in, each as typed (blank as the empty string).
 *
 * @param rowNumber    the row's number in the sheet, as Excel shows it (for the officer's eye)
 * @param itemNumber   事项编号: the item's id as the export wrote it
 * @param progress     办理进展
 * @param completion   完成情况
 * @param closeRequest 申请办结: 是, 否 or blank (anything else is a problem)
 * @param contact      联系人
 */
public record FeedbackEntry(int rowNumber, String itemNumber, String progress, String completion,
                            String closeRequest, String contact) {

    /** The word of 申请办结 that asks for closing. */
    public static final String YES = "是";
    /** The word of 申请办结 that does not. */
    public static final String NO = "否";

    public FeedbackEntry {
        itemNumber = strip(itemNumber);
        progress = strip(progress);
        completion = strip(completion);
        closeRequest = strip(closeRequest);
        contact = strip(contact);
    }

    /** Whether the unit wrote anything that is news: a report, or a 是 (a bare 否 says nothing). */
    public boolean isFilled() {
        return !progress.isEmpty() || !completion.isEmpty() || (!closeRequest.isEmpty() && !closeRequest.equals(NO));
    }

    /** Whether 申请办结 holds 是, 否 or nothing, the only answers the dropdown offers. */
    public boolean closeRequestValid() {
        return closeRequest.isEmpty() || closeRequest.equals(YES) || closeRequest.equals(NO);
    }

    /** Whether the unit asks for the item to be closed (申请办结 = 是). */
    public boolean requestsClose() {
        return closeRequest.equals(YES);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
