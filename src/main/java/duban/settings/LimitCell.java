package duban.settings;

import duban.ui.forms.Forms;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A cell of the 默认办理时限 table: shows the rule in the office's words, red with its message as a
 * tooltip while the text is no rule. Double-click (or F2) edits it in place; every keystroke reaches
 * the {@link LimitEntry}, so 保存 follows the typing; Enter or leaving the cell ends the edit, Esc
 * puts back the text from before it.
 */
final class LimitCell extends TableCell<LimitRow, LimitEntry> {

    /** On a cell whose text is no rule (settings.css). */
    static final PseudoClass INVALID = Forms.INVALID;

    private final TextField editor = new TextField();
    private final Tooltip errorTip = new Tooltip();
    private final ChangeListener<String> errorListener = (observable, before, now) -> showError(now);
    private LimitEntry shown;
    private String textBeforeEdit;

    LimitCell() {
        getStyleClass().add(SettingsStyles.LIMIT_CELL);
        editor.getStyleClass().add(SettingsStyles.LIMIT_EDITOR);
        editor.textProperty().addListener((observable, before, now) -> {
            if (isEditing() && shown != null) {
                shown.setText(now);
            }
        });
        editor.setOnAction(event -> {
            event.consume();
            commitEdit(shown);
        });
        editor.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            // Consumed here: Esc would otherwise also reach the dialog and close it.
            if (key.getCode() == KeyCode.ESCAPE) {
                key.consume();
                if (shown != null) {
                    shown.setText(textBeforeEdit);
                }
                cancelEdit();
            }
        });
        editor.focusedProperty().addListener((observable, was, now) -> {
            if (!now && isEditing()) {
                commitEdit(shown);
            }
        });
    }

    @Override
    protected void updateItem(LimitEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (shown != null) {
            shown.errorProperty().removeListener(errorListener);
            textProperty().unbind();
        }
        shown = empty ? null : entry;
        if (shown == null) {
            setId(null);
            setText(null);
            setGraphic(null);
            showError("");
            return;
        }
        setId("settings-limit-" + entry.source().name() + "-" + entry.category().name());
        textProperty().bind(entry.displayProperty());
        entry.errorProperty().addListener(errorListener);
        showError(entry.getError());
    }

    private void showError(String message) {
        boolean invalid = message != null && !message.isEmpty();
        pseudoClassStateChanged(INVALID, invalid);
        errorTip.setText(invalid ? message : "");
        setTooltip(invalid ? errorTip : null);
    }

    @Override
    public void startEdit() {
        if (shown == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        textBeforeEdit = shown.getText();
        editor.setText(shown.getText());
        setGraphic(editor);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        editor.requestFocus();
        editor.selectAll();
    }

    @Override
    public void commitEdit(LimitEntry entry) {
        super.commitEdit(entry);
        showText();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        showText();
    }

    private void showText() {
        setContentDisplay(ContentDisplay.TEXT_ONLY);
        setGraphic(null);
    }
}
