package duban.board;

import duban.domain.Card;

import java.util.List;

import duban.domain.Status;
import duban.i18n.Messages;
import duban.ui.Icons;
import duban.ui.StyleClasses;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A cell of a virtualized column: one reused {@link CardView} for whichever card it shows. It
 * turns a press-and-drag on its card into a card drag, and offers the card's context menu.
 */
final class CardCell extends ListCell<Card> {

    private static final PseudoClass DRAG_SOURCE = PseudoClass.getPseudoClass("drag-source");

    private final CardView view = new CardView();
    private final CardDragController drag;
    private final CardActions actions;
    private final ContextMenu menu;
    private Point2D pressedAt;

    CardCell(CardDragController drag, CardActions actions) {
        this.drag = drag;
        this.actions = actions;
        getStyleClass().add(StyleClasses.CARD_CELL);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // Let the column's width, not the card's unwrapped text, decide the cell's width,
        // so titles wrap instead of pushing out a horizontal scroll bar.
        setPrefWidth(0);
        view.maxWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 2));
        // The card stays managed while the cell is empty: a cell whose graphic only turned managed
        // when it got an item kept the empty cell's height in the list (the new cards after a split
        // or a reload were drawn as thin empty strips).
        view.setVisible(false);
        setGraphic(view);
        menu = createContextMenu();
        initListeners();
        // Issue 17: files dropped from the file manager are attached to the card's item.
        duban.ui.FileDrops.accept(this, view, files -> {
            Card card = getItem();
            if (card != null && !isEmpty()) {
                javafx.application.Platform.runLater(() -> actions.attachFiles(card, files));
            }
        });
    }

    private void initListeners() {
        addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            pressedAt = event.getButton() == MouseButton.PRIMARY && !isEmpty()
                    ? new Point2D(event.getSceneX(), event.getSceneY()) : null;
        });
        addEventFilter(MouseEvent.MOUSE_DRAGGED, event -> {
            if (pressedAt == null || getItem() == null) {
                return;
            }
            if (!drag.isDragging()) {
                if (pressedAt.distance(event.getSceneX(), event.getSceneY()) < CardDragController.DRAG_THRESHOLD) {
                    return;
                }
                drag.start(getItem(), view, pressedAt.getX(), pressedAt.getY());
            }
            drag.update(event.getSceneX(), event.getSceneY());
            event.consume(); // no drag-selection in the list while a card is carried
        });
        addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            pressedAt = null;
            if (drag.isDragging()) {
                drag.finish(event.getSceneX(), event.getSceneY());
                event.consume();
            }
        });
    }

    @Override
    protected void updateItem(Card card, boolean empty) {
        super.updateItem(card, empty);
        setText(null);
        // The card node stays the cell's graphic, hidden while the cell is empty: taken out and
        // put back, it would leave and re-enter the scene and be styled anew each time the
        // list reuses the cell.
        if (empty || card == null) {
            view.setVisible(false);
            view.clear();
            setContextMenu(null);
        } else {
            view.show(card, actions.markersOf(card));
            view.setVisible(true);
            setContextMenu(menu);
        }
        updateDragState();
    }

    /** Fades the card that is being carried, wherever its cell is. */
    void updateDragState() {
        view.pseudoClassStateChanged(DRAG_SOURCE, drag.isDragged(getItem()));
    }

    /** One menu per cell, acting on whichever card the cell shows when it is opened. */
    private ContextMenu createContextMenu() {
        MenuItem edit = new MenuItem(Messages.get("menu.edit"), Icons.icon(Icons.EDIT));
        edit.setId("menu-edit");
        edit.setOnAction(event -> actions.edit(getItem()));

        Menu moveTo = new Menu(Messages.get("menu.moveTo"));
        moveTo.setId("menu-move-to");
        for (Status status : Status.values()) {
            MenuItem target = new MenuItem(status.label());
            target.setId("menu-move-" + status.name());
            target.setUserData(status);
            target.setOnAction(event -> actions.moveTo(getItem(), status));
            moveTo.getItems().add(target);
        }

        MenuItem report = new MenuItem(Messages.get("menu.report"));
        report.setId("menu-report");
        report.setOnAction(event -> actions.report(getItem()));
        MenuItem remind = new MenuItem(Messages.get("menu.remind"));
        remind.setId("menu-remind");
        remind.setOnAction(event -> actions.remind(getItem()));
        MenuItem extend = new MenuItem(Messages.get("menu.extend"));
        extend.setId("menu-extend");
        extend.setOnAction(event -> actions.extend(getItem()));

        MenuItem notice = new MenuItem(Messages.get("menu.notice"));
        notice.setId("menu-notice");
        notice.setOnAction(event -> actions.draftNotice(getItem()));

        // 事项分解 (issue 17)
        MenuItem split = new MenuItem(Messages.get("menu.split"));
        split.setId("menu-split");
        split.setOnAction(event -> actions.split(getItem()));
        MenuItem subItems = new MenuItem(Messages.get("menu.subItems"));
        subItems.setId("menu-sub-items");
        subItems.setOnAction(event -> actions.showSubItems(getItem()));

        MenuItem withdraw = new MenuItem(Messages.get("menu.withdraw"), Icons.icon(Icons.WITHDRAW));
        withdraw.setId("menu-withdraw");
        withdraw.setOnAction(event -> actions.withdraw(getItem()));

        ContextMenu contextMenu = new ContextMenu(edit, moveTo, new SeparatorMenuItem(), report, remind, extend,
                notice, new SeparatorMenuItem(), split, subItems, new SeparatorMenuItem(), withdraw);
        // 定期督办 (issue 17): its entries after the workflow's.
        CardRecurrenceMenu recurring = new CardRecurrenceMenu(actions, this::getItem);
        contextMenu.getItems().addAll(contextMenu.getItems().indexOf(notice) + 1, recurring.entries());
        contextMenu.setOnShowing(event -> {
            moveTo.getItems().forEach(item ->
                    item.setDisable(getItem() == null || item.getUserData() == getItem().item().status()));
            // The workflow records belong to items still being worked on.
            boolean closed = getItem() == null || getItem().item().status().isClosed();
            remind.setDisable(closed);
            extend.setDisable(closed);
            notice.setDisable(closed);
            SubItemMenus.offer(split, subItems, getItem());
            // 只读模式: nothing on the menu may change the file.
            if (actions.isReadOnly()) {
                for (MenuItem entry : List.of(edit, moveTo, report, remind, extend, notice, split, withdraw)) {
                    entry.setDisable(true);
                }
            }
            recurring.update(actions.isReadOnly());
        });
        return contextMenu;
    }
}
