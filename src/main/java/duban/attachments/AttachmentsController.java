package duban.attachments;

import duban.domain.attachments.Attachment;
import duban.i18n.Messages;
import duban.ui.Children;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The controller of {@code attachments.fxml}: one row per attachment (kind, name, size, who,
 * when), a click selects it; the buttons act on the selected one through {@link AttachmentActions}.
 */
public final class AttachmentsController {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AttachmentsViewModel viewModel;
    private final AttachmentActions actions;

    @FXML private Label heading;
    @FXML private Label empty;
    @FXML private VBox rows;
    @FXML private StackPane previewBox;
    @FXML private ImageView preview;
    @FXML private Label previewText;
    @FXML private Button addButton;
    @FXML private Button openButton;
    @FXML private Button saveButton;
    @FXML private Button removeButton;
    @FXML private Label message;
    @FXML private TitledPane removedPane;
    @FXML private VBox removedRows;

    /** Made by the FXML loader's controller factory. */
    public AttachmentsController(AttachmentsViewModel viewModel, AttachmentActions actions) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.actions = Objects.requireNonNull(actions, "actions");
    }

    @FXML
    private void initialize() {
        for (Node node : List.of(empty, previewBox, message, removedPane, preview, previewText)) {
            node.managedProperty().bind(node.visibleProperty());
        }
        preview.setFitWidth(AttachmentsViewModel.PREVIEW_WIDTH);
        preview.setFitHeight(AttachmentsViewModel.PREVIEW_HEIGHT);
        initListeners();
    }

    private void initListeners() {
        viewModel.current().addListener((ListChangeListener<Attachment>) change -> showRows());
        viewModel.removed().addListener((ListChangeListener<Attachment>) change -> showRemoved());
        viewModel.selectedProperty().addListener((observable, before, after) -> showSelection());
        showRows();
        showRemoved();

        preview.imageProperty().bind(viewModel.previewProperty());
        preview.visibleProperty().bind(viewModel.previewProperty().isNotNull());
        previewText.textProperty().bind(viewModel.previewTextProperty());
        previewText.visibleProperty().bind(viewModel.previewTextProperty().isNotEmpty());
        previewBox.visibleProperty().bind(viewModel.selectedProperty().isNotNull());

        addButton.disableProperty().bind(viewModel.itemProperty().isNull());
        for (Button button : List.of(openButton, saveButton, removeButton)) {
            button.disableProperty().bind(viewModel.selectedProperty().isNull());
        }
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        viewModel.failedProperty().addListener((observable, before, after) -> message.pseudoClassStateChanged(FAILED, after));
    }

    private void showRows() {
        int count = viewModel.current().size();
        heading.setText(count == 0 ? Messages.get("attachments.heading")
                : Messages.get("attachments.headingCount", count));
        empty.setVisible(count == 0);
        Children.replace(rows.getChildren(), viewModel.current().stream().map(this::row).toList());
        showSelection();
    }

    private void showRemoved() {
        removedPane.setVisible(!viewModel.removed().isEmpty());
        removedPane.setText(Messages.get("attachments.removedHeading", viewModel.removed().size()));
        Children.replace(removedRows.getChildren(), viewModel.removed().stream().map(this::removedRow).toList());
    }

    private Node row(Attachment attachment) {
        Label kind = new Label(attachment.kind().label());
        kind.getStyleClass().add("attachment-kind");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label(attachment.fileName());
        name.getStyleClass().add("attachment-name");
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox top = new HBox(6, kind, name);
        top.getStyleClass().add("attachment-top");
        Label meta = new Label(meta(attachment));
        meta.getStyleClass().add("attachment-meta");
        VBox row = new VBox(2, top, meta);
        row.setId("attachment-" + attachment.id());
        row.getStyleClass().add("attachment-row");
        row.setUserData(attachment);
        row.setOnMouseClicked(event -> {
            viewModel.select(attachment);
            if (event.getClickCount() == 2) {
                actions.open(attachment);
            }
        });
        return row;
    }

    private Node removedRow(Attachment attachment) {
        Label name = new Label(attachment.kind().label() + "  " + attachment.fileName());
        name.getStyleClass().add("attachment-removed-name");
        Label reason = new Label(Messages.get("attachments.removedReason",
                attachment.removedAt() == null ? "" : WHEN.format(attachment.removedAt()), attachment.removedReason()));
        reason.getStyleClass().add("attachment-meta");
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        VBox row = new VBox(2, name, reason);
        row.setId("attachment-removed-" + attachment.id());
        row.getStyleClass().add("attachment-row");
        return row;
    }

    private static String meta(Attachment attachment) {
        String who = attachment.operator() == null || attachment.operator().isBlank()
                ? Messages.get("details.value.dash") : attachment.operator();
        String when = attachment.addedAt() == null ? "" : WHEN.format(attachment.addedAt());
        return Messages.get("attachments.meta", AttachmentFiles.sizeText(attachment.size()), who, when);
    }

    private void showSelection() {
        Attachment chosen = viewModel.selectedProperty().get();
        for (Node node : rows.getChildren()) {
            node.pseudoClassStateChanged(SELECTED, chosen != null && node.getUserData() instanceof Attachment shown
                    && shown.id() == chosen.id());
        }
    }

    @FXML
    private void add() {
        if (viewModel.itemProperty().get() != null) {
            actions.addFromChooser(window(), viewModel.itemProperty().get());
        }
    }

    @FXML
    private void openSelected() {
        Attachment chosen = viewModel.selectedProperty().get();
        if (chosen != null) {
            actions.open(chosen);
        }
    }

    @FXML
    private void saveSelected() {
        Attachment chosen = viewModel.selectedProperty().get();
        if (chosen != null) {
            actions.saveAs(window(), chosen);
        }
    }

    @FXML
    private void removeSelected() {
        Attachment chosen = viewModel.selectedProperty().get();
        if (chosen != null) {
            actions.remove(window(), chosen);
        }
    }

    private Window window() {
        return rows.getScene() == null ? null : rows.getScene().getWindow();
    }
}
