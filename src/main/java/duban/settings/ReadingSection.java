package duban.settings;

import duban.i18n.Messages;
import duban.ui.ErrorDialogs;
import duban.ui.Fxml;
import duban.ui.ReadableLook;
import duban.ui.ReadingPreferences;
import duban.ui.ScreenFit;
import duban.ui.TextSize;
import java.io.IOException;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * 设置's 文字与颜色 section ({@code settings-reading.fxml}): the text size (100 %, 125 %, 150 %) and
 * 高对比度. A choice shows at once in every window; 保存 keeps it for this user on this PC (not in
 * the office's data), 取消 puts back what was there ({@link #finish}).
 */
public final class ReadingSection extends VBox {

    private final ReadingPreferences before = ReadableLook.current();
    @FXML private ToggleGroup textSizes;
    @FXML private RadioButton size100;
    @FXML private RadioButton size125;
    @FXML private RadioButton size150;
    @FXML private CheckBox highContrast;

    /** The section showing the preferences in force; settings.fxml makes it. */
    public ReadingSection() {
        Fxml.loadInto(this, "settings-reading.fxml", type -> this);
    }

    @FXML
    private void initialize() {
        size100.setUserData(TextSize.PERCENT_100);
        size125.setUserData(TextSize.PERCENT_125);
        size150.setUserData(TextSize.PERCENT_150);
        for (Toggle toggle : textSizes.getToggles()) {
            ((RadioButton) toggle).setText(((TextSize) toggle.getUserData()).label());
            toggle.setSelected(toggle.getUserData() == before.textSize());
        }
        highContrast.setSelected(before.highContrast());
        textSizes.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                old.setSelected(true);   // one size is always chosen
            } else {
                show(chosen());
            }
        });
        highContrast.selectedProperty().addListener((observable, old, now) -> show(chosen()));
    }

    /** Shows {@code preferences} in every window; this dialog takes the size its larger text needs, within the screen. */
    private void show(ReadingPreferences preferences) {
        ReadableLook.apply(preferences);
        if (getScene() != null && getScene().getWindow() != null) {
            ScreenFit.sizeToSceneWithinScreen(getScene().getWindow());
        }
    }

    /** The preferences as the section shows them. */
    public ReadingPreferences chosen() {
        Toggle selected = textSizes.getSelectedToggle();
        TextSize size = selected == null ? before.textSize() : (TextSize) selected.getUserData();
        return new ReadingPreferences(size, highContrast.isSelected());
    }

    /**
     * The dialog closed: saved, the choice is kept for the next start; cancelled, the windows go
     * back to the preferences the dialog opened with.
     */
    public void finish(boolean saved) {
        if (!saved) {
            show(before);
            return;
        }
        ReadingPreferences chosen = chosen();
        if (chosen.equals(before)) {
            return;
        }
        try {
            ReadableLook.keep(chosen);
        } catch (IOException e) {
            ErrorDialogs.error(getScene() == null ? null : getScene().getWindow(),
                    Messages.get("settings.reading.saveFailedTitle"), Messages.get("settings.reading.saveFailed"),
                    Messages.get("settings.reading.saveFailedDetail")).show();
        }
    }
}
