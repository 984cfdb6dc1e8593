package duban.board;

import duban.domain.Status;
import duban.ui.Fxml;
import java.util.Arrays;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/**
 * The calm welcome over an empty board ({@code first-run.fxml}): 新建督办事项, 导入任务清单… and
 * 查看示例. It shows only once the board has been read and holds no item at all (a filter or a
 * saved board that shows none does not count), and is gone as soon as an item exists.
 */
final class FirstRunPanel {

    private final BoardViewModel viewModel;
    private final Runnable newItem;
    private final Runnable importTasks;
    private final Runnable openDemo;

    @FXML private VBox firstRun;
    @FXML private Button newItemButton;
    @FXML private Button importButton;

    private FirstRunPanel(BoardViewModel viewModel, Runnable newItem, Runnable importTasks, Runnable openDemo) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.newItem = newItem;
        this.importTasks = importTasks;
        this.openDemo = openDemo;
    }

    /** Loads the panel over {@code viewModel}'s board; the three actions run on a click. */
    static Node create(BoardViewModel viewModel, Runnable newItem, Runnable importTasks, Runnable openDemo) {
        return Fxml.root("first-run.fxml",
                Fxml.controller(new FirstRunPanel(viewModel, newItem, importTasks, openDemo)));
    }

    @FXML
    private void initialize() {
        BooleanBinding empty = emptyBoard(viewModel);
        firstRun.visibleProperty().bind(empty);
        firstRun.managedProperty().bind(empty);
        BooleanBinding readOnly = viewModel.readOnlyReasonProperty().isNotNull();
        newItemButton.disableProperty().bind(readOnly);
        importButton.disableProperty().bind(readOnly);
    }

    /** True while the board, read at least once, has no item in any column (whatever the filter shows). */
    static BooleanBinding emptyBoard(BoardViewModel viewModel) {
        Observable[] columns = Arrays.stream(Status.values()).map(viewModel::allCards).toArray(Observable[]::new);
        Observable[] dependencies = Arrays.copyOf(columns, columns.length + 1);
        dependencies[columns.length] = viewModel.readProperty();
        return Bindings.createBooleanBinding(() -> viewModel.readProperty().get()
                && Arrays.stream(Status.values()).allMatch(status -> viewModel.allCards(status).isEmpty()),
                dependencies);
    }

    @FXML
    private void newItem() {
        newItem.run();
    }

    @FXML
    private void importTasks() {
        importTasks.run();
    }

    @FXML
    private void openDemo() {
        openDemo.run();
    }
}
