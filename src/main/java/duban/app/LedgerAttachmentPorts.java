package duban.app;

import duban.domain.attachments.Attachment;
import duban.ledger.export.AttachmentFiles;
import duban.ledger.view.LedgerViewModel;
import duban.store.AttachmentStore;
import duban.ui.StoreThread;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;

/** Gives the 督办台账's store port the attachments stored in the database, for 同时导出附件（zip）. */
public final class LedgerAttachmentPorts {

    private LedgerAttachmentPorts() {
    }

    /**
     * {@code ledger} with its attachments read from {@code attachments}. The export runs on its own
     * background thread; the reads are handed to the store thread, which owns the connection, and
     * the export waits for each.
     */
    static LedgerViewModel.Store withAttachments(LedgerViewModel.Store ledger, AttachmentStore attachments,
                                                 StoreThread storeThread) {
        return withAttachments(ledger, new AttachmentFiles() {
            @Override
            public List<Attachment> current(Collection<Long> itemIds) {
                try {
                    return storeThread.runAndWait(() -> attachments.current(itemIds));
                } catch (ExecutionException | InterruptedException e) {
                    throw unwrapped(e);
                }
            }

            @Override
            public void copyContent(long attachmentId, OutputStream out) throws IOException {
                try {
                    storeThread.runAndWait(() -> {
                        attachments.copyContent(attachmentId, out);
                        return null;
                    });
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw unwrapped(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
            }
        });
    }

    private static RuntimeException unwrapped(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
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
