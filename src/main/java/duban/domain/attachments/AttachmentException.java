package duban.domain.attachments;

import duban.i18n.Messages;

/**
 * An attachment refused or found damaged; the message is a Chinese sentence saying what to do.
 * Nothing was written when it is thrown by adding or removing.
 */
public final class AttachmentException extends RuntimeException {

    /** Why; {@code attachment.problem.<reason>} in messages.properties is the sentence. */
    public enum Reason {
        /** Larger than the office's limit (设置). */
        TOO_LARGE,
        /** An empty file. */
        EMPTY,
        /** The file could not be read (missing, no permission, a folder). */
        UNREADABLE,
        /** Not a PDF, JPG/JPEG, PNG, DOCX or XLSX by its name and its content. */
        TYPE,
        /** The file changed while it was being read. */
        CHANGED_WHILE_READING,
        /** The item was withdrawn (撤销督办). */
        WITHDRAWN,
        /** Removing needs a reason. */
        REASON_REQUIRED,
        /** The attachment was removed already. */
        ALREADY_REMOVED,
        /** No such attachment. */
        NOT_FOUND,
        /** The stored bytes are not the ones attached (their SHA-256 differs). */
        DAMAGED,
        /** The item's category needs 佐证材料 before it is crossed off, and it has none. */
        EVIDENCE_REQUIRED
    }

    private final Reason reason;

    public AttachmentException(Reason reason, Object... arguments) {
        super(Messages.get(messageKey(reason), arguments));
        this.reason = reason;
    }

    /** {@code attachment.problem.<REASON>}: every reason has its sentence (MessagesBundleTest checks the prefix's keys by hand). */
    static String messageKey(Reason reason) {
        return "attachment.problem." + reason.name();
    }

    public Reason reason() {
        return reason;
    }
}
