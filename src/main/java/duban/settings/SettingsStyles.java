package duban.settings;

/** The style-class names the settings controller and cells set (settings.css draws them); the form's are in settings.fxml. */
final class SettingsStyles {

    static final String LIMIT_SOURCE_COLUMN = "limit-source-column";
    static final String LIMIT_CELL = "limit-cell";
    static final String LIMIT_EDITOR = "limit-editor";
    static final String NUMBER = "settings-number";
    static final String MUTED = "settings-muted";
    static final String FIELD_LABEL = "settings-field-label";

    private SettingsStyles() {
    }
}
