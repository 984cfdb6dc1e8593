package duban.ui.print;

import duban.ui.BackgroundJob;
import duban.ui.CjkFonts;
import duban.ui.OwnedWindows;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What every print preview shares (the ledger's and 打印看板's): a printed page lying on a grey desk,
 * scaled so that the whole page is in view; the message shown on the desk while there is no page;
 * and the keys (Ctrl+P prints, PageUp / PageDown turn the pages, Esc closes). The style classes are
 * in {@code print-preview.css}.
 */
public final class PreviewSheets {

    /** The desk behind the pages. */
    public static final String DESK = "preview-desk";
    /** A page on the desk (it casts a shadow). */
    public static final String SHEET = "preview-sheet";
    /** The message on the desk while the pages are being laid out, or cannot be. */
    public static final String WAITING = "preview-waiting";

    private static final double EM = 14;

    private PreviewSheets() {
    }

    /**
     * {@code sheet}, a page of {@code width} × {@code height} points drawn at 1 unit a point, on the
     * desk and scaled so that the whole page fits the space shown, with a margin of desk around it.
     */
    public static StackPane onDesk(Node sheet, double width, double height) {
        sheet.getStyleClass().add(SHEET);
        Scale scale = new Scale();
        sheet.getTransforms().add(scale);
        StackPane holder = desk(new Group(sheet));
        DoubleBinding fit = Bindings.createDoubleBinding(() -> Math.max(0.1,
                Math.min((holder.getWidth() - 2 * EM) / width, (holder.getHeight() - 2 * EM) / height)),
                holder.widthProperty(), holder.heightProperty());
        scale.xProperty().bind(fit);
        scale.yProperty().bind(fit);
        return holder;
    }

    /** The desk with {@code text} on it instead of a page. */
    public static StackPane waiting(String text) {
        Label waiting = new Label(text);
        waiting.setWrapText(true);
        waiting.getStyleClass().add(WAITING);
        return desk(waiting);
    }

    private static StackPane desk(Node onIt) {
        StackPane desk = new StackPane(onIt);
        desk.getStyleClass().add(DESK);
        return desk;
    }

    /**
     * A scene of {@code preview} with the theme's stylesheet, the CJK font and the preview's keys
     * ({@link #installKeys}).
     */
    public static Scene scene(Parent preview, double width, double height, Pagination pages, Runnable print,
                              Runnable close) {
        CjkFonts.apply(preview);
        Scene scene = new Scene(preview, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(PreviewSheets.class.getResource("/theme.css")).toExternalForm());
        installKeys(scene, pages, print, close);
        return scene;
    }

    /**
     * Shows {@code scene} in a preview window over {@code owner} titled {@code title}, no smaller than
     * 760 × 520; closing it cancels {@code job} (the layout or printing still running). Returns it.
     */
    public static Stage showWindow(Window owner, String title, Scene scene, BackgroundJob job) {
        Stage stage = OwnedWindows.newWindow(owner, title, 760, 520);
        stage.setScene(scene);
        stage.setOnHidden(event -> job.cancel());
        stage.show();
        return stage;
    }

    /** The preview's keys on {@code scene}: Ctrl+P {@code print}, Esc {@code close}, PageUp / PageDown turn {@code pages}. */
    public static void installKeys(Scene scene, Pagination pages, Runnable print, Runnable close) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN), () -> turn(pages, 1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP), () -> turn(pages, -1));
    }

    private static void turn(Pagination pages, int by) {
        int next = pages.getCurrentPageIndex() + by;
        if (next >= 0 && next < pages.getPageCount()) {
            pages.setCurrentPageIndex(next);
        }
    }
}
