package duban.settings;

import duban.domain.office.OfficeSettings;

import duban.i18n.Messages;
import duban.ui.CjkFonts;
import duban.ui.Fxml;
import duban.ui.OwnedWindows;
import java.io.File;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * 设置 ({@code settings.fxml}): the office's settings in one window. 保存 is disabled while a setting is invalid; it closes
 * the dialog with the new {@link OfficeSettings} as result, which the caller saves
 * ({@code OfficeSettingsStore.save} in store/). 取消 gives no result. The dialog itself writes nothing.
 */
public final class SettingsDialog extends Dialog<OfficeSettings> {

    /** 保存. */
    public static final ButtonType SAVE = new ButtonType(Messages.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
    /** 取消. */
    public static final ButtonType CANCEL = new ButtonType(Messages.get("settings.cancel"),
            ButtonBar.ButtonData.CANCEL_CLOSE);

    private final SettingsViewModel viewModel;

    /** The settings dialog over {@code owner}, with a file chooser for 导入日历文件…. */
    public SettingsDialog(Window owner, OfficeSettings current) {
        this(owner, current, SettingsDialog::chooseCalendarFile);
    }

    /**
     * The settings dialog with the given way to pick a calendar file (tests pass one that returns a
     * prepared file).
     *
     * @param calendarChooser given the dialog's window, the chosen file, or {@code null} when cancelled
     */
    public SettingsDialog(Window owner, OfficeSettings current, Function<Window, File> calendarChooser) {
        this(owner, current, duban.domain.attachments.AttachmentSettings.defaults(), calendarChooser);
    }

    /** The settings dialog with the office's attachment rules too (read them after 保存 from {@link #viewModel()}). */
    public SettingsDialog(Window owner, OfficeSettings current, duban.domain.attachments.AttachmentSettings attachments) {
        this(owner, current, attachments, SettingsDialog::chooseCalendarFile);
    }

    /** The settings dialog with the attachment rules and the given way to pick a calendar file. */
    public SettingsDialog(Window owner, OfficeSettings current, duban.domain.attachments.AttachmentSettings attachments,
                          Function<Window, File> calendarChooser) {
        Objects.requireNonNull(calendarChooser, "calendarChooser");
        this.viewModel = new SettingsViewModel(current, attachments);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("settings.windowTitle"));
        setResizable(true);

        FXMLLoader loaded = Fxml.load("settings.fxml",
                type -> new SettingsView(viewModel, () -> getDialogPane().getScene().getWindow(), calendarChooser));
        SettingsView view = loaded.getController();
        DialogPane pane = loaded.getRoot();
        setDialogPane(pane);
        pane.getButtonTypes().setAll(SAVE, CANCEL);
        CjkFonts.apply(pane);
        OwnedWindows.dialog(this);

        Button save = (Button) pane.lookupButton(SAVE);
        save.setId("settings-save");
        save.disableProperty().bind(viewModel.validProperty().not());
        pane.lookupButton(CANCEL).setId("settings-cancel");
        setResultConverter(button -> button == SAVE && viewModel.isValid() ? viewModel.toSettings() : null);
        // 文字与颜色 is shown as it is chosen; 保存 keeps it, 取消 and closing put it back.
        setOnHidden(event -> view.reading().finish(getResult() != null));
        setOnShown(event -> Platform.runLater(view.firstField()::requestFocus));
        // A message under the table or the calendar adds lines: grow the window so that the
        // buttons stay in view.
        ChangeListener<String> growForMessage = (observable, before, now) -> Platform.runLater(() -> {
            if (isShowing()) {
                pane.getScene().getWindow().sizeToScene();
            }
        });
        viewModel.limitsErrorProperty().addListener(growForMessage);
        viewModel.calendarMessageProperty().addListener(growForMessage);
        viewModel.calendarErrorProperty().addListener(growForMessage);
    }

    /** The state behind the form. */
    public SettingsViewModel viewModel() {
        return viewModel;
    }

    private static File chooseCalendarFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("settings.calendar.chooserTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("settings.calendar.chooserText"), "*.txt"),
                new FileChooser.ExtensionFilter(Messages.get("settings.calendar.chooserAll"), "*.*"));
        return chooser.showOpenDialog(owner);
    }
}
