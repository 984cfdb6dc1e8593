package duban.domain.attachments;

import duban.domain.Labeled;

/** What an attached file is to the item; the code is stored in {@code attachment.kind}. */
public enum AttachmentKind implements Labeled {
    /** 批示件: the scanned leader's instruction that started the item. */
    INSTRUCTION,
    /** 督办通知单回执: the notice as the unit returned it. */
    RETURNED_NOTICE,
    /** 佐证材料: what the unit sends to justify closing (reports, photos). */
    EVIDENCE,
    /** 其他. */
    OTHER;

    @Override
    public String labelPrefix() {
        return "attachmentKind";
    }
}
