package duban.store;

import static duban.store.generated.Tables.ATTACHMENT;
import static duban.store.generated.Tables.SETTING;

import duban.domain.Closing;
import duban.domain.Item;
import duban.domain.attachments.AttachmentException;
import duban.domain.attachments.AttachmentException.Reason;
import duban.domain.attachments.AttachmentKind;
import duban.domain.attachments.AttachmentSettings;
import org.jooq.DSLContext;

/**
 * 佐证材料 before 办结销号: the attachments' rule that the move applies (through {@link ClosingRules}),
 * apart from {@link AttachmentStore}, which depends on {@link ItemStore}.
 */
final class EvidenceRule {

    private EvidenceRule() {
    }

    /**
     * Refuses crossing off an item whose category needs 佐证材料 (设置) while it has no current
     * EVIDENCE attachment; runs inside the move's transaction, before anything is written.
     */
    static void checkClosing(DSLContext db, Item before, Closing closing) {
        if (!settings(db).requiresEvidence(before.category())) {
            return;
        }
        boolean hasEvidence = db.fetchExists(ATTACHMENT, ATTACHMENT.ITEM_ID.eq(before.id()),
                ATTACHMENT.KIND.eq(AttachmentKind.EVIDENCE), ATTACHMENT.REMOVED_AT.isNull());
        if (!hasEvidence) {
            throw new AttachmentException(Reason.EVIDENCE_REQUIRED, before.category().label());
        }
    }

    /** 设置 → 附件 as stored. */
    static AttachmentSettings settings(DSLContext db) {
        return AttachmentSettings.fromStored(db.select(SETTING.KEY, SETTING.VALUE).from(SETTING)
                .where(SETTING.KEY.in(AttachmentSettings.MAX_MEGABYTES_KEY, AttachmentSettings.EVIDENCE_REQUIRED_KEY))
                .fetchMap(SETTING.KEY, SETTING.VALUE));
    }
}
