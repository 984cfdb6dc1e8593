package duban.editor;

import duban.domain.Item;
import duban.i18n.Messages;
import duban.store.ItemStore;
import java.time.Clock;
import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 办结销号: asks 办结情况 and 办结日期 before an item is closed. The result is the
 * {@link ItemStore.Closing} to move the item with; 取消 gives none. It writes nothing itself.
 */
public final class ClosingDialog extends Dialog<ItemStore.Closing> {

    /** 确定. */
    public static final ButtonType OK = new ButtonType(Messages.get("editor.ok"), ButtonBar.ButtonData.OK_DONE);

    private final ClosingViewModel viewModel;

    public ClosingDialog(Window owner, Item item, Clock clock) {
        this.viewModel = new ClosingViewModel(item, clock);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(viewModel.windowTitle());

        TextArea note = new TextArea();
        note.setId("closing-note");
        note.setWrapText(true);
        note.setPromptText(Messages.get("closing.prompt.note"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        Label noteError = errorLabel("closing-note-error");
        FormStyles.showMessage(note, noteError, viewModel.noteErrorProperty());

        DatePicker date = new DatePicker();
        date.setId("closing-date");
        date.setMaxWidth(Double.MAX_VALUE);
        DatePickers.bind(date, viewModel.closedOn());
        Label dateError = errorLabel("closing-date-error");
        FormStyles.showMessage(date, dateError, viewModel.dateErrorProperty());

        Label heading = heading(Messages.get("closing.heading"));
        Label itemTitle = subject(Messages.get("closing.subject", item.title(), DateText.format(item.deadline())));
        itemTitle.setId("closing-item");

        GridPane form = new GridPane();
        form.getStyleClass().add("closing-form");
        form.getColumnConstraints().setAll(labelColumn(), fieldColumn());
        form.add(heading, 0, 0, 2, 1);
        form.add(itemTitle, 0, 1, 2, 1);
        form.add(requiredLabel(Messages.get("closing.field.note")), 0, 2);
        form.add(cell(note, noteError), 1, 2);
        form.add(requiredLabel(Messages.get("closing.field.date")), 0, 3);
        form.add(cell(date, dateError), 1, 3);

        DialogPane pane = getDialogPane();
        pane.setId("closing-dialog");
        pane.setContent(form);
        pane.getButtonTypes().setAll(OK, EditorDialog.CANCEL);
        FormStyles.apply(pane);
        Button ok = (Button) pane.lookupButton(OK);
        ok.setId("closing-ok");
        ok.disableProperty().bind(viewModel.validProperty().not());
        pane.lookupButton(EditorDialog.CANCEL).setId("closing-cancel");

        setResultConverter(button -> button == OK && viewModel.isValid() ? viewModel.toClosing() : null);
        setOnShown(event -> Platform.runLater(note::requestFocus));
    }

    public ClosingViewModel viewModel() {
        return viewModel;
    }

    /** The form's red title line, across the whole form. */
    static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("form-heading");
        heading.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHalignment(heading, HPos.LEFT);
        return heading;
    }

    /** What the form is about (the item), under the heading, across the whole form. */
    static Label subject(String text) {
        Label subject = new Label(text);
        subject.getStyleClass().add("form-subject");
        subject.setWrapText(true);
        subject.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHalignment(subject, HPos.LEFT);
        return subject;
    }

    static Label errorLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(FormStyles.FIELD_ERROR);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A right-aligned field label with the red * of a required field. */
    static Label requiredLabel(String text) {
        Label mark = new Label("*");
        mark.getStyleClass().add("required-mark");
        Label label = new Label(text, mark);
        label.getStyleClass().add("field-label");
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setHalignment(label, HPos.RIGHT);
        return label;
    }

    static VBox cell(Node field, Label message) {
        VBox cell = new VBox(field, message);
        cell.getStyleClass().add("field-cell");
        return cell;
    }

    static ColumnConstraints labelColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHalignment(HPos.RIGHT);
        column.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return column;
    }

    static ColumnConstraints fieldColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }
}
