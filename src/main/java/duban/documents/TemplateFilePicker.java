package duban.documents;

import duban.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where 文书设置 asks for a .docx to export to or import from: the system's file dialogs, or a test's answer. */
public interface TemplateFilePicker {

    /** A file to export a template to, starting at {@code suggestedName}. */
    Optional<Path> saveAs(Window owner, String suggestedName);

    /** A template file to import. */
    Optional<Path> open(Window owner);

    /** The system's file dialogs, filtered to Word documents. */
    static TemplateFilePicker system() {
        return new TemplateFilePicker() {
            @Override
            public Optional<Path> saveAs(Window owner, String suggestedName) {
                FileChooser chooser = chooser();
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> open(Window owner) {
                return Optional.ofNullable(chooser().showOpenDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser() {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.get("documents.settings.chooseTemplate"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        Messages.get("documents.format.DOCX"), "*.docx"));
                return chooser;
            }
        };
    }
}
