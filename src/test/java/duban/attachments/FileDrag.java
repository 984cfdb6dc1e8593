package duban.attachments;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Files dragged in from the file manager, for tests. A platform drag from outside the window
 * cannot be started by the robot, and Monocle's headless platform delivers no drag-and-drop
 * gesture at all (DRAG_DETECTED never fires there). So the test builds a real {@link Dragboard}
 * the way the Scene does for a drag that enters from outside (over a toolkit clipboard, through
 * JavaFX's own DragboardHelper), puts the files on it, and fires the events the Scene would fire
 * at the node under the pointer: the application's real handlers run on them unchanged.
 * Call on the FX thread.
 */
public final class FileDrag {

    private final Dragboard dragboard;

    private FileDrag(Dragboard dragboard) {
        this.dragboard = dragboard;
    }

    /**
     * A dragboard over the toolkit's local clipboard that, like the platform's for a drag from
     * outside, offers COPY (the local clipboard alone refuses to say which modes it offers).
     */
    private static Dragboard dragboard() {
        TKClipboard local = Toolkit.getToolkit().createLocalClipboard();
        TKClipboard offered = (TKClipboard) Proxy.newProxyInstance(FileDrag.class.getClassLoader(),
                new Class<?>[] {TKClipboard.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTransferModes")) {
                        return Set.of(TransferMode.COPY);
                    }
                    try {
                        return method.invoke(local, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return DragboardHelper.createDragboard(offered);
    }

    /** A drag carrying {@code files}, as the file manager starts it. */
    public static FileDrag carrying(List<Path> files) {
        Dragboard dragboard = dragboard();
        ClipboardContent content = new ClipboardContent();
        content.putFiles(files.stream().map(Path::toFile).toList());
        dragboard.setContent(content);
        return new FileDrag(dragboard);
    }

    /** A drag carrying only text (not files), such as a selection dragged from a browser. */
    static FileDrag carryingText(String text) {
        Dragboard dragboard = dragboard();
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        dragboard.setContent(content);
        return new FileDrag(dragboard);
    }

    /** The pointer enters {@code entered} (the node with the drop handlers) and hovers over {@code under}. */
    public boolean hover(Node entered, Node under) {
        Event.fireEvent(entered, event(DragEvent.DRAG_ENTERED, entered));
        DragEvent over = event(DragEvent.DRAG_OVER, under);
        Event.fireEvent(under, over);
        return over.isAccepted();
    }

    /** Releases over {@code under}, then the pointer leaves {@code entered}; whether the drop was taken. */
    public boolean drop(Node entered, Node under) {
        DragEvent dropped = event(DragEvent.DRAG_DROPPED, under);
        Event.fireEvent(under, dropped);
        Event.fireEvent(entered, event(DragEvent.DRAG_EXITED, entered));
        return dropped.isDropCompleted();
    }

    private DragEvent event(javafx.event.EventType<DragEvent> type, Node at) {
        Bounds screen = at.localToScreen(at.getBoundsInLocal());
        Bounds scene = at.localToScene(at.getBoundsInLocal());
        return new DragEvent(null, at, type, dragboard, scene.getCenterX(), scene.getCenterY(), screen.getCenterX(),
                screen.getCenterY(), TransferMode.COPY, null, null, null);
    }
}
