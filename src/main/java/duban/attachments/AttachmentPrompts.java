package duban.attachments;

import duban.domain.attachments.Attachment;
import duban.domain.attachments.AttachmentKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** What attaching and removing ask the user: files, the kind, a reason, where to save. Tests answer in code. */
public interface AttachmentPrompts {

    /** The files chosen in the file chooser (PDF, JPG, PNG, DOCX, XLSX); empty when cancelled. */
    List<Path> chooseFiles(Window owner);

    /** Where to save a copy of {@code fileName}; empty when cancelled. */
    Optional<Path> chooseSaveTarget(Window owner, String fileName);

    /** The kind of all of {@code files}, {@code suggested} chosen at first; empty when cancelled. */
    Optional<AttachmentKind> askKind(Window owner, List<Path> files, AttachmentKind suggested);

    /** Why {@code attachment} is removed (required); empty when cancelled. */
    Optional<String> askRemovalReason(Window owner, Attachment attachment);
}
