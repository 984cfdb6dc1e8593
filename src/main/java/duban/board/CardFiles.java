package duban.board;

import duban.domain.Item;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;

/** Files dropped from the file manager onto a card: attached to its item (the attachments feature, wired by the app). */
@FunctionalInterface
public interface CardFiles {

    /** Attaches {@code files} to {@code item}, asking what they are over {@code owner}. */
    void attach(Window owner, Item item, List<Path> files);
}
