package duban.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Files dropped from the file manager onto a node (a card, the details panel). Only a drag whose
 * dragboard holds files is taken: the board's own card drags are mouse gestures, not platform
 * drags, and text dragged from elsewhere is left alone.
 */
public final class FileDrops {

    /** On the highlighted node while files hover over the target. */
    public static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("file-drop-target");

    private FileDrops() {
    }

    /** The files the dragboard holds, in its order; empty when it holds none. */
    public static List<Path> files(Dragboard dragboard) {
        if (dragboard == null || !dragboard.hasFiles()) {
            return List.of();
        }
        return dragboard.getFiles().stream().filter(File::isFile).map(File::toPath).toList();
    }

    /**
     * Makes {@code target} take dropped files: {@code highlighted} shows {@link #DROP_TARGET} while
     * they hover, and {@code onDrop} gets them during the drop (anything modal it opens must wait
     * for {@code Platform.runLater}, after the platform's drag has ended).
     */
    public static void accept(Node target, Node highlighted, Consumer<List<Path>> onDrop) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_ENTERED, event ->
                highlighted.pseudoClassStateChanged(DROP_TARGET, event.getDragboard().hasFiles()));
        target.addEventHandler(DragEvent.DRAG_EXITED, event -> highlighted.pseudoClassStateChanged(DROP_TARGET, false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            List<Path> files = files(event.getDragboard());
            highlighted.pseudoClassStateChanged(DROP_TARGET, false);
            if (files.isEmpty()) {
                return;
            }
            event.setDropCompleted(true);
            event.consume();
            onDrop.accept(files);
        });
    }
}
