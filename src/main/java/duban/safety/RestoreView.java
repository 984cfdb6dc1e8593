package duban.safety;

import duban.domain.Backup;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** The controller of {@code restore.fxml}: the backups list and the confirming sentence, bound to {@link BackupsViewModel}. */
public final class RestoreView {

    /** On a backup that cannot be read (safety.css greys it). */
    static final String UNREADABLE = "restore-unreadable";

    private final BackupsViewModel viewModel;
    @FXML private ListView<Backup> list;
    @FXML private Label confirmation;

    /** The controller for {@code viewModel}; the FXML loader's controller factory calls it. */
    public RestoreView(BackupsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.backups());
        list.setCellFactory(view -> new BackupCell());
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, backup) -> {
            if (backup != null) {
                viewModel.selectedProperty().set(backup);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, backup) -> list.getSelectionModel().select(backup));
        confirmation.prefWidthProperty().bind(list.widthProperty());
        confirmation.textProperty().bind(viewModel.confirmationProperty());
        list.getSelectionModel().select(viewModel.selectedProperty().get());
    }

    /** One backup: date, size, item count; an unreadable one greyed. */
    private static final class BackupCell extends ListCell<Backup> {
        @Override
        protected void updateItem(Backup backup, boolean empty) {
            super.updateItem(backup, empty);
            getStyleClass().remove(UNREADABLE);
            if (empty || backup == null) {
                setText(null);
            } else {
                setText(BackupsViewModel.describe(backup));
                if (!backup.readable()) {
                    getStyleClass().add(UNREADABLE);
                }
            }
        }
    }
}
