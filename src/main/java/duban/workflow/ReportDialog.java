package duban.workflow;

import duban.ui.Buttons;
import duban.domain.Item;
import duban.i18n.Messages;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * 办理进展: records a dated progress report on an item. The result is the {@link ReportInput}
 * for {@code WorkflowStore.addReport}; 取消 gives none. It writes nothing itself.
 */
public final class ReportDialog extends Dialog<ReportInput> {

    /** 保存. */
    public static final ButtonType SAVE = Buttons.SAVE;

    private final ReportViewModel viewModel;

    /** @param owner the board's window, or {@code null} */
    public ReportDialog(Window owner, Item item, Clock clock) {
        this.viewModel = new ReportViewModel(item, clock);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(viewModel.windowTitle());

        DatePicker date = new DatePicker();
        date.setId("report-date");
        WorkflowForm.bindDate(date, viewModel.reportedOn());
        Label dateError = WorkflowForm.messageLabel("report-date-error");
        WorkflowForm.showMessage(date, dateError, viewModel.dateErrorProperty());

        TextField reporter = new TextField();
        reporter.setId("report-reporter");
        reporter.textProperty().bindBidirectional(viewModel.reporterProperty());
        Label reporterError = WorkflowForm.messageLabel("report-reporter-error");
        WorkflowForm.showMessage(reporter, reporterError, viewModel.reporterErrorProperty());

        TextArea content = new TextArea();
        content.setId("report-content");
        content.setWrapText(true);
        content.setPromptText(Messages.get("report.prompt.content"));
        content.textProperty().bindBidirectional(viewModel.contentProperty());
        Label contentError = WorkflowForm.messageLabel("report-content-error");
        WorkflowForm.showMessage(content, contentError, viewModel.contentErrorProperty());

        Label subject = WorkflowForm.subject(viewModel.subject());
        subject.setId("report-item");

        GridPane form = WorkflowForm.grid("report-form");
        form.add(WorkflowForm.heading(Messages.get("report.heading")), 0, 0, 2, 1);
        form.add(subject, 0, 1, 2, 1);
        form.add(WorkflowForm.requiredLabel(Messages.get("report.field.date")), 0, 2);
        form.add(WorkflowForm.cell(date, dateError), 1, 2);
        form.add(WorkflowForm.requiredLabel(Messages.get("report.field.reporter")), 0, 3);
        form.add(WorkflowForm.cell(reporter, reporterError), 1, 3);
        form.add(WorkflowForm.requiredLabel(Messages.get("report.field.content")), 0, 4);
        form.add(WorkflowForm.cell(content, contentError), 1, 4);

        DialogPane pane = getDialogPane();
        pane.setId("report-dialog");
        pane.setContent(form);
        pane.getButtonTypes().setAll(SAVE, Buttons.CANCEL);
        WorkflowForm.apply(pane);
        Button ok = (Button) pane.lookupButton(SAVE);
        ok.setId("report-ok");
        ok.disableProperty().bind(viewModel.validProperty().not());
        pane.lookupButton(Buttons.CANCEL).setId("report-cancel");

        setResultConverter(button -> button == SAVE && viewModel.isValid() ? viewModel.toInput() : null);
        setOnShown(event -> Platform.runLater(content::requestFocus));
    }

    public ReportViewModel viewModel() {
        return viewModel;
    }
}
