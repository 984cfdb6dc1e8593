package duban.app;

import duban.attachments.AttachmentActions;
import duban.attachments.AttachmentPort;
import duban.attachments.AttachmentViewer;
import duban.attachments.AttachmentsViewModel;
import duban.attachments.WindowAttachmentPrompts;
import duban.domain.Item;
import duban.domain.attachments.AttachmentSettings;
import duban.domain.attachments.Attachment;
import duban.domain.attachments.AttachmentKind;
import duban.editor.ReasonDialog;
import duban.i18n.Messages;
import duban.store.AttachmentStore;
import duban.ui.TaskRunner;
import java.awt.Desktop;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.HostServices;
import javafx.stage.Window;

/**
 * The attachments feature over the store: its port adapted to {@link AttachmentStore}, the system
 * viewer, and the gestures built once for the 附件 section, the cards and the closing dialog.
 */
final class AttachmentPorts {

    private AttachmentPorts() {
    }

    /** The port over the store's attachments. */
    static AttachmentPort port(AttachmentStore store) {
        return new AttachmentPort() {
            @Override
            public List<Attachment> list(long itemId) {
                return store.list(itemId);
            }

            @Override
            public Attachment attach(long itemId, AttachmentKind kind, Path file) throws IOException {
                return store.attach(itemId, kind, file);
            }

            @Override
            public void copyContent(long attachmentId, OutputStream out) throws IOException {
                store.copyContent(attachmentId, out);
            }

            @Override
            public Attachment remove(long attachmentId, String reason) {
                return store.remove(attachmentId, reason);
            }
        };
    }

    /**
     * The gestures, with the dialogs over the board window.
     *
     * @param afterChange what runs once an attachment was added or removed (the cards' 附件 N)
     * @param onMessage   where what happened is said (the board's message bar)
     */
    static AttachmentActions actions(AttachmentStore store, TaskRunner tasks, Supplier<HostServices> hostServices,
                                     Runnable afterChange, Consumer<String> onMessage) {
        AttachmentsViewModel viewModel = new AttachmentsViewModel(port(store), tasks, systemViewer(hostServices));
        viewModel.setAfterChange(afterChange);
        viewModel.setOnMessage(onMessage);
        return new AttachmentActions(viewModel, new WindowAttachmentPrompts(AttachmentPorts::askRemovalReason));
    }

    private static Optional<String> askRemovalReason(Window owner, Attachment attachment) {
        return ReasonDialog.of(owner, Messages.get("attachments.removeReason.title"),
                Messages.get("attachments.removeReason.header", attachment.fileName()),
                Messages.get("attachments.removeReason.prompt")).showAndWait();
    }

    /**
     * The desktop's viewer where Java can start it and report a failure (java.awt.Desktop), else
     * JavaFX's HostServices, which cannot tell whether a viewer started.
     */
    static AttachmentViewer systemViewer(Supplier<HostServices> hostServices) {
        return file -> {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
                return;
            }
            HostServices services = hostServices.get();
            if (services == null) {
                throw new IOException("no system viewer");
            }
            services.showDocument(file.toUri().toString());
        };
    }

    /**
     * Whether {@code item}'s category needs 佐证材料 before closing (设置 → 附件, as last read by
     * {@code rules}); the closing dialog asks for one only when the item has none, and the store
     * checks again when the move is written.
     */
    static Predicate<Item> evidenceRequired(Supplier<AttachmentSettings> rules) {
        return item -> rules.get().requiresEvidence(item.category());
    }
}
