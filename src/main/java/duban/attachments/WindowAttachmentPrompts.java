package duban.attachments;

import duban.domain.attachments.Attachment;
import duban.domain.attachments.AttachmentKind;
import duban.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The prompts as dialogs over the board window: the system's file chooser, the kind dialog, and
 * the reason dialog the application provides (the editor's, required reason, as for 撤销督办).
 */
public final class WindowAttachmentPrompts implements AttachmentPrompts {

    private final BiFunction<Window, Attachment, Optional<String>> reasons;
    private final Function<Window, List<Path>> fileChooser;

    /** @param reasons asks why an attachment is removed (a required reason) */
    public WindowAttachmentPrompts(BiFunction<Window, Attachment, Optional<String>> reasons) {
        this(reasons, WindowAttachmentPrompts::showFileChooser);
    }

    /** With another file chooser: the platform's cannot be driven by a test robot. */
    WindowAttachmentPrompts(BiFunction<Window, Attachment, Optional<String>> reasons,
                            Function<Window, List<Path>> fileChooser) {
        this.reasons = Objects.requireNonNull(reasons, "reasons");
        this.fileChooser = Objects.requireNonNull(fileChooser, "fileChooser");
    }

    @Override
    public List<Path> chooseFiles(Window owner) {
        return fileChooser.apply(owner);
    }

    private static List<Path> showFileChooser(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("attachments.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("attachments.chooser.all"),
                        "*.pdf", "*.jpg", "*.jpeg", "*.png", "*.docx", "*.xlsx",
                        "*.PDF", "*.JPG", "*.JPEG", "*.PNG", "*.DOCX", "*.XLSX"),
                new FileChooser.ExtensionFilter("PDF", "*.pdf", "*.PDF"),
                new FileChooser.ExtensionFilter(Messages.get("attachments.type.image"),
                        "*.jpg", "*.jpeg", "*.png", "*.JPG", "*.JPEG", "*.PNG"),
                new FileChooser.ExtensionFilter(Messages.get("attachments.type.docx"), "*.docx", "*.DOCX"),
                new FileChooser.ExtensionFilter(Messages.get("attachments.type.xlsx"), "*.xlsx", "*.XLSX"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseSaveTarget(Window owner, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("attachments.saveAs.title"));
        chooser.setInitialFileName(fileName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<AttachmentKind> askKind(Window owner, List<Path> files, AttachmentKind suggested) {
        return new KindDialog(owner, files, suggested).showAndWait();
    }

    @Override
    public Optional<String> askRemovalReason(Window owner, Attachment attachment) {
        return reasons.apply(owner, attachment);
    }
}
