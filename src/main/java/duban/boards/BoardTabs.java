package duban.boards;

import duban.domain.boards.SavedBoard;
import duban.i18n.Messages;
import duban.domain.Unit;
import duban.ui.Buttons;
import duban.ui.CjkFonts;
import duban.ui.Fxml;
import duban.ui.OwnedWindows;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * The row of tabs above the board ({@code boards-tabs.fxml}, whose root is this node): 全部事项
 * and each saved board as a toggle, one click to switch; right-click on a board's tab for 重命名…,
 * 修改范围…, 删除… and moving it; 保存为看板… and, while no board is saved, 建立常用看板.
 */
public final class BoardTabs extends HBox {

    /** The node id of a saved board's tab; 全部事项 is {@code board-tab-all}. */
    public static String tabId(SavedBoard board) {
        return "board-tab-" + board.id();
    }

    private final BoardTabsViewModel viewModel;
    private final Supplier<List<Unit>> units;
    private final ToggleGroup group = new ToggleGroup();
    /** Set while the tabs are rebuilt from the view model, so that the group's changes are not choices. */
    private boolean rebuilding;

    @FXML private HBox tabs;
    @FXML private Button usualButton;

    /**
     * @param units the units 修改范围… offers for 只看某单位
     */
    public BoardTabs(BoardTabsViewModel viewModel, Supplier<List<Unit>> units) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.units = Objects.requireNonNull(units, "units");
        Fxml.loadInto(this, "boards-tabs.fxml", Fxml.controller(this));
    }

    @FXML
    private void initialize() {
        usualButton.visibleProperty().bind(viewModel.offerUsualProperty());
        usualButton.managedProperty().bind(usualButton.visibleProperty());
        viewModel.boards().addListener((ListChangeListener<SavedBoard>) change -> rebuild());
        viewModel.chosenProperty().addListener((observable, old, board) -> selectChosen());
        group.selectedToggleProperty().addListener((observable, old, toggle) -> {
            if (rebuilding) {
                return;
            }
            if (toggle == null) {
                // A click on the chosen tab keeps it chosen: a tab bar always shows one board.
                old.setSelected(true);
                return;
            }
            viewModel.choose((SavedBoard) toggle.getUserData());
        });
        rebuild();
    }

    private void rebuild() {
        rebuilding = true;
        try {
            tabs.getChildren().clear();
            group.getToggles().clear();
            ToggleButton all = tab(Messages.get("boards.all"), null);
            all.setId("board-tab-all");
            tabs.getChildren().add(all);
            for (SavedBoard board : viewModel.boards()) {
                ToggleButton tab = tab(board.name(), board);
                tab.setId(tabId(board));
                tab.setContextMenu(menu(board));
                tabs.getChildren().add(tab);
            }
        } finally {
            rebuilding = false;
        }
        selectChosen();
    }

    private ToggleButton tab(String name, SavedBoard board) {
        ToggleButton tab = new ToggleButton(name);
        tab.getStyleClass().add("board-tab");
        tab.setUserData(board);
        tab.setToggleGroup(group);
        tab.setMnemonicParsing(false);
        return tab;
    }

    private void selectChosen() {
        SavedBoard chosen = viewModel.chosenProperty().get();
        rebuilding = true;
        try {
            for (var toggle : group.getToggles()) {
                SavedBoard board = (SavedBoard) toggle.getUserData();
                boolean isChosen = chosen == null ? board == null : board != null && board.id() == chosen.id();
                toggle.setSelected(isChosen);
            }
        } finally {
            rebuilding = false;
        }
    }

    private ContextMenu menu(SavedBoard board) {
        MenuItem rename = item("board-rename", "boards.rename", () -> askName(Messages.get("boards.rename.title"),
                Messages.get("boards.name.header"), board.name()).ifPresent(name -> viewModel.rename(board, name)));
        MenuItem scope = item("board-edit-scope", "boards.editScope", () ->
                new BoardScopeDialog(window(), board, units.get()).showAndWait()
                        .ifPresent(newScope -> viewModel.updateScope(board, newScope)));
        MenuItem delete = item("board-delete", "boards.delete", () -> {
            if (confirmDelete(board)) {
                viewModel.delete(board);
            }
        });
        MenuItem left = item("board-move-left", "boards.moveLeft", () -> viewModel.move(board, -1));
        MenuItem right = item("board-move-right", "boards.moveRight", () -> viewModel.move(board, 1));
        return new ContextMenu(rename, scope, delete, new SeparatorMenuItem(), left, right);
    }

    private static MenuItem item(String id, String textKey, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(textKey));
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    @FXML
    private void saveAs() {
        askName(Messages.get("boards.saveAs.title"), Messages.get("boards.saveAs.header"), "")
                .ifPresent(viewModel::saveAs);
    }

    @FXML
    private void createUsualBoards() {
        viewModel.createUsualBoards();
    }

    private Optional<String> askName(String title, String header, String name) {
        TextInputDialog dialog = new TextInputDialog(name);
        dialog.initOwner(window());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(Messages.get("boards.name.title"));
        dialog.getDialogPane().setId("board-name-dialog");
        dialog.getEditor().setId("board-name");
        CjkFonts.apply(dialog.getDialogPane());
        OwnedWindows.dialog(dialog);
        return dialog.showAndWait().map(String::strip).filter(typed -> !typed.isEmpty());
    }

    private boolean confirmDelete(SavedBoard board) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("boards.delete.content"),
                Buttons.OK, Buttons.CANCEL);
        confirm.initOwner(window());
        confirm.setTitle(Messages.get("boards.delete.title"));
        confirm.setHeaderText(Messages.get("boards.delete.header", board.name()));
        confirm.getDialogPane().setId("board-delete-dialog");
        CjkFonts.apply(confirm.getDialogPane());
        OwnedWindows.dialog(confirm);
        return confirm.showAndWait().filter(Buttons.OK::equals).isPresent();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
