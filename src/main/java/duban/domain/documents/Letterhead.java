package duban.domain.documents;

/**
 * What the office puts on every document it issues (设置 → 文书): its heading, its signature, the
 * contact line, and the 字 of each numbered document.
 *
 * @param heading        发文机关 heading, such as XX县人民政府督查室
 * @param signature      落款 under the text, usually the same office
 * @param contact        联系人及电话, such as 联系人：王芳，电话：0000-1234567
 * @param noticePrefix   the 字 of a 督办通知单's number: 督办 in 督办〔2026〕第 3 号
 * @param reminderPrefix the 字 of a 催办单's number: 催办 in 催办〔2026〕第 1 号
 */
public record Letterhead(String heading, String signature, String contact, String noticePrefix,
                         String reminderPrefix) {

    /** What a fresh file states until the office fills in its own. */
    public static final Letterhead DEFAULT = new Letterhead("督查室", "督查室", "", "督办", "催办");

    public Letterhead {
        heading = heading == null ? "" : heading.strip();
        signature = signature == null ? "" : signature.strip();
        contact = contact == null ? "" : contact.strip();
        noticePrefix = noticePrefix == null || noticePrefix.isBlank() ? "督办" : noticePrefix.strip();
        reminderPrefix = reminderPrefix == null || reminderPrefix.isBlank() ? "催办" : reminderPrefix.strip();
    }
}
