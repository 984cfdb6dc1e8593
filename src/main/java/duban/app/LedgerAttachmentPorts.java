package duban.app;

import duban.domain.attachments.Attachment;
import duban.ledger.export.AttachmentFiles;
import duban.ledger.view.LedgerViewModel;
import duban.store.AttachmentStore;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;

/** Gives the 督办台账's store port the attachments stored in the database, for 同时导出附件（zip）. */
public final class LedgerAttachmentPorts {

    private LedgerAttachmentPorts() {
    }

    /** {@code ledger} with its attachments read from {@code attachments}. */
    static LedgerViewModel.Store withAttachments(LedgerViewModel.Store ledger, AttachmentStore attachments) {
        return withAttachments(ledger, new AttachmentFiles() {
            @Override
            public List<Attachment> current(Collection<Long> itemIds) {
                return attachments.current(itemIds);
            }

            @Override
            public void copyContent(long attachmentId, OutputStream out) throws IOException {
                attachments.copyContent(attachmentId, out);
            }
        });
    }

    /** {@code ledger} with its attachments read from {@code files}. */
    public static LedgerViewModel.Store withAttachments(LedgerViewModel.Store ledger, AttachmentFiles files) {
        return new LedgerViewModel.Store() {
            @Override
            public LedgerViewModel.LedgerData load() {
                return ledger.load();
            }

            @Override
            public void saveOfficeName(String officeName) {
                ledger.saveOfficeName(officeName);
            }

            @Override
            public AttachmentFiles attachments() {
                return files;
            }
        };
    }
}
