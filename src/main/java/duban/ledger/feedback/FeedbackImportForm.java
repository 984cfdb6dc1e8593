package duban.ledger.feedback;

import duban.domain.feedback.FeedbackLine;
import duban.domain.feedback.FeedbackVerdict;
import duban.i18n.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The controller of {@code feedback-import.fxml}: binds the preview's rows and texts to its view model. */
public final class FeedbackImportForm {

    static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    static final PseudoClass SKIPPED = PseudoClass.getPseudoClass("skipped");
    static final PseudoClass TO_IMPORT = PseudoClass.getPseudoClass("to-import");

    private final FeedbackImportViewModel viewModel;

    @FXML private Label fileName;
    @FXML private ProgressIndicator working;
    @FXML private TableView<FeedbackLine> table;
    @FXML private Label summary;
    @FXML private Label message;

    FeedbackImportForm(FeedbackImportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        fileName.textProperty().bind(viewModel.fileNameProperty());
        working.visibleProperty().bind(viewModel.busyProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        message.textProperty().bind(viewModel.messageProperty());
        table.setItems(viewModel.lines());
        table.getColumns().setAll(java.util.List.of(
                column(Messages.get("feedback.ui.column.row"), 4.5, line -> String.valueOf(line.entry().rowNumber())),
                column(Messages.get("feedback.ui.column.number"), 6, line -> line.entry().itemNumber()),
                column(Messages.get("feedback.ui.column.title"), 16, FeedbackLine::itemTitle),
                column(Messages.get("feedback.ui.column.progress"), 22, line -> line.content().isEmpty()
                        ? String.join(" ", line.entry().progress(), line.entry().completion()).strip()
                        : line.content().replace('\n', ' ')),
                column(Messages.get("feedback.ui.column.closeRequest"), 6, line -> line.entry().closeRequest()),
                column(Messages.get("feedback.ui.column.reporter"), 7, FeedbackLine::reporter),
                verdictColumn()));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(FeedbackLine line, boolean empty) {
                super.updateItem(line, empty);
                FeedbackVerdict verdict = empty || line == null ? null : line.verdict();
                pseudoClassStateChanged(PROBLEM, verdict != null && verdict.isProblem());
                pseudoClassStateChanged(SKIPPED, verdict == FeedbackVerdict.NOT_FILLED
                        || verdict == FeedbackVerdict.ALREADY_IMPORTED);
                pseudoClassStateChanged(TO_IMPORT, verdict == FeedbackVerdict.IMPORT);
            }
        });
    }

    private static TableColumn<FeedbackLine, String> column(String header, double widthEm,
                                                             Function<FeedbackLine, String> text) {
        TableColumn<FeedbackLine, String> column = new TableColumn<>(header);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(widthEm * 13);
        column.setSortable(false);
        return column;
    }

    private static TableColumn<FeedbackLine, String> verdictColumn() {
        TableColumn<FeedbackLine, String> column = column(Messages.get("feedback.ui.column.verdict"), 20, line -> line.requestsClose()
                ? Messages.get("feedback.ui.importAndMove") : line.describe());
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove("feedback-verdict");
                if (!empty) {
                    getStyleClass().add("feedback-verdict");
                }
            }
        });
        return column;
    }
}
