package duban.board;

import duban.domain.Card;

import duban.domain.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * Drags cards between and within columns with plain mouse gestures (press, drag, release) rather
 * than the platform's drag-and-drop: the preview then follows the pointer inside the window on
 * every platform, the insertion line is ours to draw, and the gesture behaves the same under a
 * headless test robot.
 *
 * <p>While dragging, a snapshot of the card follows the pointer, a line shows where it will land,
 * and a column scrolls by itself when the pointer nears its top or bottom edge. Releasing asks the
 * view model to move the card; releasing outside the columns, or Esc, puts it back.
 */
final class CardDragController {

    /** How far the pointer must travel before a press becomes a drag (a click stays a click). */
    static final double DRAG_THRESHOLD = 6;
    /** The band at a column's top and bottom edge in which it scrolls by itself. */
    static final double SCROLL_EDGE = 40;
    /** The fastest auto-scroll, in pixels per frame. */
    static final double MAX_SCROLL_STEP = 18;

    private final BoardViewModel viewModel;
    private final Map<Status, ColumnView> columns;
    private final Pane overlay;
    private final ImageView preview = new ImageView();
    private final Region indicator = new Region();
    private final Timeline autoScroll;

    private Card dragged;
    private Point2D grabOffset = Point2D.ZERO;
    private Point2D pointer = Point2D.ZERO;
    private Status targetStatus;
    private int targetIndex = -1;
    private double scrollStep;
    private ListView<Card> scrollList;

    CardDragController(BoardViewModel viewModel, Map<Status, ColumnView> columns, Pane overlay) {
        this.viewModel = viewModel;
        this.columns = columns;
        this.overlay = overlay;
        preview.setId("drag-preview");
        preview.setOpacity(0.92);
        preview.setRotate(1.5);
        preview.setManaged(false);
        preview.setVisible(false);
        indicator.setId("drop-indicator");
        indicator.getStyleClass().add(BoardStyleClasses.DROP_INDICATOR);
        indicator.setManaged(false);
        indicator.setVisible(false);
        // The drop line stays visible above the preview that follows the pointer.
        overlay.getChildren().addAll(preview, indicator);
        autoScroll = new Timeline(new KeyFrame(Duration.millis(16), event -> scrollStepNow()));
        autoScroll.setCycleCount(Animation.INDEFINITE);
    }

    boolean isDragging() {
        return dragged != null;
    }

    boolean isDragged(Card card) {
        return dragged != null && card != null && dragged.id() == card.id();
    }

    /** The column and insertion index the card would land at now; for tests and the indicator. */
    Status targetStatus() {
        return targetStatus;
    }

    int targetIndex() {
        return targetIndex;
    }

    /** Starts dragging the card shown by {@code cardNode}, grabbed at a scene point. */
    void start(Card card, Node cardNode, double sceneX, double sceneY) {
        if (viewModel.refusedAsReadOnly()) {
            return;
        }
        dragged = card;
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        preview.setImage(cardNode.snapshot(parameters, null));
        Point2D topLeft = cardNode.localToScene(0, 0);
        grabOffset = new Point2D(sceneX - topLeft.getX(), sceneY - topLeft.getY());
        preview.setVisible(true);
        refreshSourceCell(cardNode);
        update(sceneX, sceneY);
    }

    /** Follows the pointer: moves the preview, the insertion line, and scrolls near edges. */
    void update(double sceneX, double sceneY) {
        if (dragged == null) {
            return;
        }
        pointer = new Point2D(sceneX, sceneY);
        Point2D inOverlay = overlay.sceneToLocal(sceneX - grabOffset.getX(), sceneY - grabOffset.getY());
        preview.relocate(inOverlay.getX(), inOverlay.getY());
        locateTarget();
    }

    /** Drops the card where the insertion line is; outside every column the drag is cancelled. */
    void finish(double sceneX, double sceneY) {
        if (dragged == null) {
            return;
        }
        update(sceneX, sceneY);
        Card card = dragged;
        Status status = targetStatus;
        int index = targetIndex;
        end();
        if (status != null && index >= 0) {
            // Leave the mouse handler first: the move may open a dialog (办结销号, 重办).
            Platform.runLater(() -> viewModel.moveCard(card.id(), status, index));
        }
    }

    /** Puts the card back where it was (Esc). */
    void cancel() {
        end();
    }

    private void end() {
        dragged = null;
        targetStatus = null;
        targetIndex = -1;
        autoScroll.stop();
        preview.setVisible(false);
        preview.setImage(null);
        indicator.setVisible(false);
        // Un-fade the carried card where it is shown. Not ListView.refresh(): that rebuilds every
        // cell of all four columns, a frame's worth of work at the moment the card lands.
        for (ColumnView column : columns.values()) {
            for (CardCell cell : cellsOf(column.list())) {
                cell.updateDragState();
            }
        }
    }

    private void refreshSourceCell(Node cardNode) {
        Node node = cardNode;
        while (node != null && !(node instanceof CardCell)) {
            node = node.getParent();
        }
        if (node instanceof CardCell cell) {
            cell.updateDragState();
        }
    }

    /** Finds the column under the pointer and the index in front of which the card would land. */
    private void locateTarget() {
        targetStatus = null;
        targetIndex = -1;
        scrollStep = 0;
        for (Map.Entry<Status, ColumnView> entry : columns.entrySet()) {
            ColumnView column = entry.getValue();
            Bounds bounds = column.localToScene(column.getBoundsInLocal());
            if (bounds.contains(pointer)) {
                targetStatus = entry.getKey();
                ListView<Card> list = column.list();
                targetIndex = insertionIndex(list);
                showIndicator(list);
                scrollNearEdge(list);
                break;
            }
        }
        if (targetStatus == null) {
            indicator.setVisible(false);
        }
        if (scrollStep != 0) {
            autoScroll.play();
        } else {
            autoScroll.stop();
        }
    }

    /** The index in front of which the card lands: before the first shown card whose middle is below the pointer. */
    private int insertionIndex(ListView<Card> list) {
        List<CardCell> cells = shownCells(list);
        if (cells.isEmpty()) {
            return list.getItems().size();
        }
        for (CardCell cell : cells) {
            Bounds bounds = cell.localToScene(cell.getBoundsInLocal());
            if (pointer.getY() < bounds.getMinY() + bounds.getHeight() / 2) {
                return cell.getIndex();
            }
        }
        return cells.get(cells.size() - 1).getIndex() + 1;
    }

    private void showIndicator(ListView<Card> list) {
        Bounds listBounds = list.localToScene(list.getBoundsInLocal());
        List<CardCell> cells = shownCells(list);
        double y;
        if (cells.isEmpty()) {
            y = listBounds.getMinY() + 6;
        } else {
            CardCell at = cells.stream().filter(cell -> cell.getIndex() == targetIndex).findFirst().orElse(null);
            if (at != null) {
                y = at.localToScene(at.getBoundsInLocal()).getMinY();
            } else {
                CardCell last = cells.get(cells.size() - 1);
                y = last.localToScene(last.getBoundsInLocal()).getMaxY();
            }
        }
        y = Math.max(listBounds.getMinY() + 2, Math.min(y, listBounds.getMaxY() - 2));
        Point2D start = overlay.sceneToLocal(listBounds.getMinX() + 8, y);
        double width = Math.max(20, listBounds.getWidth() - 30);
        indicator.resizeRelocate(start.getX(), start.getY() - 2, width, 4);
        indicator.setVisible(true);
    }

    private void scrollNearEdge(ListView<Card> list) {
        Bounds bounds = list.localToScene(list.getBoundsInLocal());
        double fromTop = pointer.getY() - bounds.getMinY();
        double fromBottom = bounds.getMaxY() - pointer.getY();
        if (fromTop < SCROLL_EDGE) {
            scrollStep = -MAX_SCROLL_STEP * (SCROLL_EDGE - Math.max(0, fromTop)) / SCROLL_EDGE;
        } else if (fromBottom < SCROLL_EDGE) {
            scrollStep = MAX_SCROLL_STEP * (SCROLL_EDGE - Math.max(0, fromBottom)) / SCROLL_EDGE;
        }
        scrollList = list;
    }

    private void scrollStepNow() {
        if (dragged == null || scrollStep == 0 || scrollList == null) {
            autoScroll.stop();
            return;
        }
        if (scrollList.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollPixels(scrollStep);
        }
        locateTarget();
    }

    /**
     * The card cells of a list: the children of its flow's sheet, found in a few steps, where
     * looking up {@code .card-cell} went through every node of every card of the list.
     */
    private static List<CardCell> cellsOf(ListView<Card> list) {
        List<CardCell> cells = new ArrayList<>();
        if (list.lookup(".sheet") instanceof Parent sheet) {
            for (Node node : sheet.getChildrenUnmodifiable()) {
                if (node instanceof CardCell cell) {
                    cells.add(cell);
                }
            }
        }
        return cells;
    }

    /** The cells now showing cards, top to bottom (not the spare ones the list keeps hidden). */
    private static List<CardCell> shownCells(ListView<Card> list) {
        List<CardCell> cells = new ArrayList<>();
        for (CardCell cell : cellsOf(list)) {
            if (!cell.isEmpty() && cell.getIndex() >= 0
                    && cell.getIndex() < list.getItems().size() && cell.isVisible()
                    && cell.getParent() != null && cell.getParent().isVisible()) {
                cells.add(cell);
            }
        }
        cells.sort(Comparator.comparingInt(CardCell::getIndex));
        return cells;
    }
}
