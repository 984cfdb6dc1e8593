package duban.attachments;

import duban.domain.Item;
import duban.domain.attachments.Attachment;
import duban.domain.attachments.AttachmentKind;
import duban.ui.FileDrops;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The attachment gestures, wherever they start (the 附件 section, a file dropped on a card or on
 * the details panel, the closing dialog's 添加佐证材料…): each asks what it needs, then hands the
 * work to the {@link AttachmentsViewModel}.
 */
public final class AttachmentActions {

    private final AttachmentsViewModel viewModel;
    private final AttachmentPrompts prompts;

    public AttachmentActions(AttachmentsViewModel viewModel, AttachmentPrompts prompts) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
    }

    /** Shows {@code item}'s attachments in the section (the details panel's item), or none. */
    public void show(Item item) {
        viewModel.show(item);
    }

    /** The 附件 section for the details panel, showing what the view model shows. */
    public AttachmentsSection createSection() {
        return new AttachmentsSection(viewModel, this);
    }

    /** 添加附件…: files from the chooser, then their kind. */
    public void addFromChooser(Window owner, Item item) {
        List<Path> files = prompts.chooseFiles(owner);
        if (!files.isEmpty()) {
            addDropped(owner, item, files);
        }
    }

    /** Files dropped on {@code item}'s card or panel: their kind is asked once for all of them. */
    public void addDropped(Window owner, Item item, List<Path> files) {
        prompts.askKind(owner, files, AttachmentFiles.suggestedKind(item))
                .ifPresent(kind -> viewModel.attach(item, files, kind));
    }

    /** 添加佐证材料… (the closing dialog): chosen files are 佐证材料; {@code onAdded} once one is stored. */
    public void addEvidence(Window owner, Item item, Runnable onAdded) {
        List<Path> files = prompts.chooseFiles(owner);
        if (!files.isEmpty()) {
            viewModel.attach(item, files, AttachmentKind.EVIDENCE, added -> {
                if (added > 0) {
                    onAdded.run();
                }
            });
        }
    }

    /** 打开: a temporary copy in the system's viewer. */
    public void open(Attachment attachment) {
        viewModel.open(attachment);
    }

    /** 另存为…. */
    public void saveAs(Window owner, Attachment attachment) {
        prompts.chooseSaveTarget(owner, attachment.fileName()).ifPresent(target -> viewModel.saveTo(attachment, target));
    }

    /** 移除…: with a required reason. */
    public void remove(Window owner, Attachment attachment) {
        prompts.askRemovalReason(owner, attachment).ifPresent(reason -> viewModel.remove(attachment, reason));
    }

    /** Files dropped anywhere on {@code target} (the details panel) go to the item it shows. */
    public void acceptDropsOn(Node target) {
        FileDrops.accept(target, target, files -> {
            Item shown = viewModel.itemProperty().get();
            if (shown != null) {
                // After the platform's drag has ended: the kind is asked in a modal dialog.
                Platform.runLater(() -> addDropped(target.getScene() == null ? null : target.getScene().getWindow(),
                        shown, files));
            }
        });
    }
}
