package duban.board;

import duban.domain.Card;

import duban.ui.CjkFonts;
import duban.domain.Status;
import duban.i18n.Messages;
import duban.ui.Buttons;
import duban.ui.OwnedWindows;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The board window's controller for {@code board.fxml}: builds the four columns, binds the header,
 * toolbar and status bar to the {@link BoardViewModel}, and turns drags, keys, menus and buttons
 * into the view model's actions. It holds no state of its own beyond the nodes.
 */
public final class BoardView implements CardActions {

    /** A header count that is zero (逾期 0, 临期 0): shown neutral. */
    private static final javafx.css.PseudoClass ZERO = javafx.css.PseudoClass.getPseudoClass("zero");

    private static final Duration MESSAGE_TIME = Duration.seconds(12);

    /**
     * What the board window hands to other features: the editor and workflow dialogs, the panels
     * beside the columns, and what its buttons and menus open. Every one is required, so that a
     * collaborator the composition root forgets fails to compile instead of doing nothing.
     *
     * @param dialogs       the item editor (新建, 编辑)
     * @param workflow      the 办理进展, 催办 and 延期 dialogs and 今日待催办
     * @param detailsPanel  the details of the selected card, right of the columns
     * @param filterBar     the filter bar above the columns
     * @param focusSearch   what Ctrl+F does (the filter bar's search field)
     * @param openLedger    督办台账 (and Ctrl+L)
     * @param openProjector F5 and 投影: the full-screen projector view for the weekly meeting
     * @param openSettings  设置
     * @param openUnitStats 单位统计
     * @param backupNow     备份 ▸ 立即备份
     * @param openRestore   备份 ▸ 从备份恢复…
     * @param verifyHistory 备份 ▸ 校验台账: checks the history's hash chain and says what it found
     * @param moveToServer  备份 ▸ 迁移到共享数据库…: copies a file's data onto a server
     * @param exportToFile  备份 ▸ 导出为本地文件…: copies the data into a new file
     * @param openStatistics 统计: 办结率 by unit and week by week for a period
     * @param documents     生成督办通知单… on a card, and the 文书 menu (督查通报, 文书设置)
     * @param files         files dropped on a card, attached to its item (issue 17)
     */
    public record Collaborators(ItemDialogs dialogs, CardWorkflow workflow, Node detailsPanel, Node filterBar,
                                Runnable focusSearch, Runnable openLedger, Runnable openProjector,
                                Runnable openSettings, Runnable openUnitStats, Runnable backupNow,
                                Runnable openRestore, Runnable verifyHistory, Runnable moveToServer,
                                Runnable exportToFile, Runnable openStatistics,
                                CardDocuments documents, CardFiles files) {

        /** Without attachments: files dropped on a card are ignored. */
        public Collaborators(ItemDialogs dialogs, CardWorkflow workflow, Node detailsPanel, Node filterBar,
                             Runnable focusSearch, Runnable openLedger, Runnable openProjector,
                             Runnable openSettings, Runnable openUnitStats, Runnable backupNow,
                             Runnable openRestore, Runnable verifyHistory, Runnable moveToServer,
                             Runnable exportToFile, Runnable openStatistics, CardDocuments documents) {
            this(dialogs, workflow, detailsPanel, filterBar, focusSearch, openLedger, openProjector, openSettings,
                    openUnitStats, backupNow, openRestore, verifyHistory, moveToServer, exportToFile, openStatistics,
                    documents, (owner, item, dropped) -> { });
        }
    }

    private final BoardViewModel viewModel;
    private final String fileName;
    private final Collaborators with;
    private final Map<Status, ColumnView> columnViews = new EnumMap<>(Status.class);
    private CardDragController drag;
    private final ColumnSelection selection;
    private CardRecurrence recurrence;
    private final SubItemMarkers subItemMarkers;
    /** 导入任务清单… and 查看示例 (issue 18, first run); until given, they do nothing. */
    private FirstRunActions firstRun;

    @FXML private GridPane columns;
    @FXML private Pane dragOverlay;
    @FXML private SplitPane centerSplit;
    @FXML private StackPane boardStack;
    @FXML private Button importTasksButton;
    @FXML private StackPane filterSlot;
    @FXML private Label fileLabel;
    @FXML private Label completionRate;
    @FXML private Label completionDetail;
    @FXML private Label onTimeRate;
    @FXML private Label onTimeDetail;
    @FXML private Label overdueCount;
    @FXML private Label dueSoonCount;
    @FXML private Label assignedCount;
    @FXML private Label inProgressCount;
    @FXML private Label awaitingCount;
    @FXML private Label closedCount;
    @FXML private javafx.scene.layout.FlowPane toolbar;
    @FXML private Button newItemButton;
    @FXML private Button editButton;
    @FXML private Button withdrawButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private HBox messageBar;
    @FXML private Label messageLabel;
    @FXML private org.controlsfx.control.StatusBar statusBar;

    /** The controller of {@code board.fxml}, made by the loader's controller factory. */
    public BoardView(BoardViewModel viewModel, String fileName, Collaborators collaborators) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.fileName = fileName;
        this.with = Objects.requireNonNull(collaborators, "collaborators");
        this.selection = new ColumnSelection(viewModel, columnViews, this::editSelected);
        this.subItemMarkers = new SubItemMarkers(viewModel.itemsProperty()::get, viewModel::deadlines);
    }

    @FXML
    private void initialize() {
        filterSlot.getChildren().setAll(with.filterBar());
        createColumns();
        placeDetailsPanel();
        boardStack.getChildren().add(FirstRunPanel.create(viewModel, this::newItem, this::importTasks, this::openDemo));
        bindHeader();
        bindToolbar();
        bindMessageBar();
        bindStatusBar();
        selection.bind();
        columns.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    /** The details panel to the right of the columns. */
    private void placeDetailsPanel() {
        centerSplit.getItems().add(with.detailsPanel());
        centerSplit.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(with.detailsPanel(), false);
    }

    private void createColumns() {
        drag = new CardDragController(viewModel, columnViews, dragOverlay);
        int index = 0;
        for (Status status : Status.values()) {
            ColumnView column = new ColumnView(status, viewModel.cards(status), viewModel.columnCountText(status),
                    list -> new CardCell(drag, this));
            columnViews.put(status, column);
            columns.add(column, index++, 0);
            column.list().addEventFilter(KeyEvent.KEY_PRESSED, event -> selection.onColumnKey(status, event));
        }
    }

    private void bindHeader() {
        fileLabel.setText(fileName);
        completionRate.textProperty().bind(viewModel.completionRateText());
        completionDetail.textProperty().bind(viewModel.completionDetailText());
        onTimeRate.textProperty().bind(viewModel.onTimeRateText());
        onTimeDetail.textProperty().bind(viewModel.onTimeDetailText());
        overdueCount.textProperty().bind(viewModel.overdueText());
        dueSoonCount.textProperty().bind(viewModel.dueSoonText());
        // No 逾期 or 临期 item is good news: a zero is shown in the neutral ink, not in the alarm colour.
        for (Label count : List.of(overdueCount, dueSoonCount)) {
            count.textProperty().addListener((observable, old, text) -> markZero(count));
            markZero(count);
        }
        assignedCount.textProperty().bind(viewModel.countText(Status.ASSIGNED));
        inProgressCount.textProperty().bind(viewModel.countText(Status.IN_PROGRESS));
        awaitingCount.textProperty().bind(viewModel.countText(Status.AWAITING_FEEDBACK));
        closedCount.textProperty().bind(viewModel.countText(Status.CLOSED));
    }

    private static void markZero(Label count) {
        count.pseudoClassStateChanged(ZERO, "0".equals(count.getText()));
    }

    private void bindToolbar() {
        javafx.beans.binding.BooleanBinding readOnly = viewModel.readOnlyReasonProperty().isNotNull();
        newItemButton.disableProperty().bind(readOnly);
        importTasksButton.disableProperty().bind(readOnly);
        editButton.disableProperty().bind(viewModel.selectedCardProperty().isNull().or(readOnly));
        withdrawButton.disableProperty().bind(viewModel.selectedCardProperty().isNull().or(readOnly));
        undoButton.disableProperty().bind(viewModel.undoDescriptionProperty().isNull().or(readOnly));
        redoButton.disableProperty().bind(viewModel.redoDescriptionProperty().isNull().or(readOnly));
        showReadOnlyBanner();
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(viewModel.undoDescriptionProperty().map(name -> Messages.get("undo.button", name))
                .orElse(Messages.get("undo.nothing")));
        undoButton.setTooltip(undoTip);
        Tooltip redoTip = new Tooltip();
        redoTip.textProperty().bind(viewModel.redoDescriptionProperty().map(name -> Messages.get("redo.button", name))
                .orElse(Messages.get("redo.nothing")));
        redoButton.setTooltip(redoTip);
    }

    /** 只读模式: a banner over the toolbar that stays, with the reason, while the file cannot be written. */
    private void showReadOnlyBanner() {
        Label banner = new Label();
        banner.setId("read-only-banner");
        banner.getStyleClass().add(BoardStyleClasses.READ_ONLY_BANNER);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        banner.textProperty().bind(viewModel.readOnlyReasonProperty()
                .map(reason -> Messages.get("readOnly.banner", reason)).orElse(""));
        banner.visibleProperty().bind(viewModel.readOnlyReasonProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        if (toolbar.getParent() instanceof javafx.scene.layout.Pane top) {
            top.getChildren().add(top.getChildren().indexOf(toolbar), banner);
        }
    }

    @Override
    public boolean isReadOnly() {
        return viewModel.isReadOnly();
    }

    private void bindMessageBar() {
        messageBar.visibleProperty().bind(viewModel.messageProperty().isNotNull());
        messageBar.managedProperty().bind(messageBar.visibleProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        PauseTransition hide = new PauseTransition(MESSAGE_TIME);
        hide.setOnFinished(event -> viewModel.dismissMessage());
        viewModel.messageProperty().addListener((observable, old, text) -> {
            if (text != null) {
                hide.playFromStart();
            }
        });
    }

    private void bindStatusBar() {
        statusBar.textProperty().bind(viewModel.noticeProperty());
        Label summary = new Label();
        summary.setId("status-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        statusBar.getRightItems().add(summary);
        // Offline from the shared database: shown on the left, in the overdue red, until it answers again.
        Label offline = new Label();
        offline.setId("board-offline");
        offline.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        offline.getStyleClass().add(BoardStyleClasses.OFFLINE);
        offline.textProperty().bind(viewModel.offlineProperty());
        offline.visibleProperty().bind(viewModel.offlineProperty().isNotNull());
        offline.managedProperty().bind(offline.visibleProperty());
        statusBar.getLeftItems().add(offline);
    }

    // ---- keyboard ---------------------------------------------------------------------------

    private void installShortcuts(Scene scene) {
        Map<KeyCombination, Runnable> accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newItem);
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), with.focusSearch());
        accelerators.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), viewModel::undo);
        accelerators.put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), viewModel::redo);
        accelerators.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                viewModel::redo);
        accelerators.put(new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
        accelerators.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::openLedger);
        accelerators.put(new KeyCodeCombination(KeyCode.F5), this::openProjector);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && drag.isDragging()) {
                drag.cancel();
                event.consume();
            }
        });
    }

    // ---- actions ----------------------------------------------------------------------------

    @FXML
    private void newItem() {
        if (viewModel.refusedAsReadOnly()) {
            return;
        }
        with.dialogs().createItem(window()).ifPresent(viewModel::itemCreated);
    }

    /** 导入任务清单… and 查看示例, on the toolbar and the first-run panel (issue 18). */
    public void setFirstRunActions(FirstRunActions actions) {
        this.firstRun = actions;
    }

    @FXML
    private void importTasks() {
        if (firstRun != null && !viewModel.refusedAsReadOnly()) {
            firstRun.importTaskList(window());
        }
    }

    private void openDemo() {
        if (firstRun != null) {
            firstRun.openDemo(window());
        }
    }

    @FXML
    private void editSelected() {
        Card card = viewModel.selectedCardProperty().get();
        if (card != null) {
            edit(card);
        }
    }

    @FXML
    private void withdrawSelected() {
        Card card = viewModel.selectedCardProperty().get();
        if (card != null) {
            withdraw(card);
        }
    }

    @FXML
    private void showWithdrawn() {
        viewModel.loadWithdrawn(withdrawn -> new WithdrawnDialog(window(), withdrawn).choose()
                .ifPresent(viewModel::restoreItem));
    }

    @FXML
    private void openSettings() {
        with.openSettings().run();
    }

    @FXML
    private void openUnitStats() {
        with.openUnitStats().run();
    }

    @FXML
    private void openStatistics() {
        with.openStatistics().run();
    }

    @FXML
    private void backupNow() {
        with.backupNow().run();
    }

    @FXML
    private void verifyHistory() {
        with.verifyHistory().run();
    }

    @FXML
    private void openRestore() {
        with.openRestore().run();
    }

    @FXML
    private void moveToServer() {
        with.moveToServer().run();
    }

    @FXML
    private void exportToFile() {
        with.exportToFile().run();
    }

    @FXML
    private void openProjector() {
        with.openProjector().run();
    }

    @FXML
    private void openLedger() {
        with.openLedger().run();
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void redo() {
        viewModel.redo();
    }

    @FXML
    private void dismissMessage() {
        viewModel.dismissMessage();
    }

    @Override
    public void edit(Card card) {
        if (viewModel.refusedAsReadOnly()) {
            return;
        }
        Optional<duban.domain.Item> saved = with.dialogs().editItem(window(), card.item());
        if (saved.isPresent()) {
            viewModel.itemEdited(card.item(), saved.get());
        } else {
            // Cancelled, perhaps after a save refused because the item changed elsewhere:
            // read the board again so the next edit starts from the item as it now is.
            viewModel.reload();
        }
    }

    @Override
    public void moveTo(Card card, Status to) {
        viewModel.selectedCardProperty().set(card);
        // After the menu has closed: the move may open a dialog.
        Platform.runLater(() -> viewModel.moveCard(card.id(), to, viewModel.cards(to).size()));
    }

    @Override
    public void withdraw(Card card) {
        viewModel.withdrawCard(card.id());
    }

    @Override
    public void report(Card card) {
        if (viewModel.refusedAsReadOnly()) {
            return;
        }
        with.workflow().report(window(), card.item());
    }

    @Override
    public void remind(Card card) {
        if (viewModel.refusedAsReadOnly()) {
            return;
        }
        with.workflow().remind(window(), card.item());
    }

    @Override
    public void extend(Card card) {
        if (viewModel.refusedAsReadOnly()) {
            return;
        }
        with.workflow().extend(window(), card.item());
    }

    @Override
    public void draftNotice(Card card) {
        if (viewModel.refusedAsReadOnly()) {
            return;
        }
        with.documents().draftNotices(window(), List.of(card.item()));
    }

    @Override
    public void attachFiles(Card card, List<java.nio.file.Path> files) {
        if (viewModel.refusedAsReadOnly()) {
            return;
        }
        viewModel.selectedCardProperty().set(card);
        with.files().attach(window(), card.item(), files);
    }

    /** 定期督办 from the card menu (issue 17); without it the entries do nothing. */
    public void setRecurrence(CardRecurrence recurrence) {
        this.recurrence = recurrence;
    }

    @Override
    public void makeRecurring(Card card) {
        if (recurrence != null && !viewModel.refusedAsReadOnly()) {
            recurrence.makeRecurring(window(), card.item());
        }
    }

    @Override
    public void endSeries(Card card) {
        if (recurrence != null && !viewModel.refusedAsReadOnly()) {
            recurrence.endSeries(window(), card.item());
        }
    }

    @Override
    public void split(Card card) {
        if (viewModel.refusedAsReadOnly()) {
            return;
        }
        with.dialogs().splitItem(window(), card.item()).ifPresent(created -> {
            viewModel.subItemsCreated(card.item(), created); // the new cards, and the parent's 子事项 0/N
            viewModel.showMessage(Messages.get("board.split.done", created.size()));
        });
    }

    @Override
    public List<Card.Marker> markersOf(Card card) {
        return subItemMarkers.markersOf(card);
    }

    @Override
    public void showSubItems(Card card) {
        SubItemList.show(window(), card, viewModel.subItemCards(card.id()), viewModel::selectItem);
    }

    @FXML
    private void draftPendingNotices() {
        if (viewModel.refusedAsReadOnly()) {
            return;
        }
        with.documents().draftPendingNotices(window());
    }

    @FXML
    private void openBulletin() {
        with.documents().openBulletin(window());
    }

    @FXML
    private void openDocumentSettings() {
        with.documents().openSettings(window());
    }

    @FXML
    private void showRemindersDue() {
        with.workflow().showRemindersDue(window());
    }

    @FXML
    private void showShortcuts() {
        Alert help = new Alert(Alert.AlertType.INFORMATION, "", Buttons.CLOSE);
        help.initOwner(window());
        help.setTitle(Messages.get("shortcuts.title"));
        help.setHeaderText(Messages.get("shortcuts.header"));
        GridPane table = new GridPane();
        table.setId("shortcuts-table");
        table.setHgap(18);
        table.setVgap(6);
        int row = 0;
        for (String key : List.of("shortcuts.select", "shortcuts.moveColumn", "shortcuts.moveWithin",
                "shortcuts.open", "shortcuts.newItem", "shortcuts.search", "shortcuts.undo", "shortcuts.redo",
                "shortcuts.ledger", "shortcuts.projector", "shortcuts.help", "shortcuts.cancelDrag", "shortcuts.context")) {
            String[] parts = Messages.get(key).split("\\|", 2);
            Label keys = new Label(parts[0]);
            keys.getStyleClass().add(BoardStyleClasses.SHORTCUT_KEYS);
            keys.setStyle("-fx-font-weight: bold;");
            table.addRow(row++, keys, new Label(parts[1]));
        }
        help.getDialogPane().setContent(table);
        CjkFonts.apply(help.getDialogPane());
        OwnedWindows.dialog(help);
        help.show();
    }

    private Window window() {
        return columns.getScene() == null ? null : columns.getScene().getWindow();
    }

    /** For tests: the drag controller's current target. */
    CardDragController dragController() {
        return drag;
    }
}
