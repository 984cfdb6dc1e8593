package duban.board;

import duban.domain.Status;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.controlsfx.control.StatusBar;

/**
 * The board window's controller for {@code board.fxml}: builds the four columns and binds the
 * header and status bar to the {@link BoardViewModel}. It holds no state of its own.
 */
public final class BoardView {

    private final BoardViewModel viewModel;
    private final String fileName;
    private final Map<Status, ColumnView> columnViews = new EnumMap<>(Status.class);

    @FXML private GridPane columns;
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
    @FXML private StatusBar statusBar;

    public BoardView(BoardViewModel viewModel, String fileName) {
        this.viewModel = viewModel;
        this.fileName = fileName;
    }

    @FXML
    private void initialize() {
        createColumns();
        bindHeader();
        bindStatusBar();
    }

    private void createColumns() {
        int index = 0;
        for (Status status : Status.values()) {
            ColumnView column = new ColumnView(status, viewModel.cards(status), viewModel.countText(status));
            columnViews.put(status, column);
            columns.add(column, index++, 0);
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
        assignedCount.textProperty().bind(viewModel.countText(Status.ASSIGNED));
        inProgressCount.textProperty().bind(viewModel.countText(Status.IN_PROGRESS));
        awaitingCount.textProperty().bind(viewModel.countText(Status.AWAITING_FEEDBACK));
        closedCount.textProperty().bind(viewModel.countText(Status.CLOSED));
    }

    private void bindStatusBar() {
        statusBar.textProperty().bind(viewModel.noticeProperty());
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        statusBar.getRightItems().add(summary);
    }
}
