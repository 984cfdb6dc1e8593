package duban.details;

import duban.domain.DeadlineState;
import duban.i18n.Messages;
import duban.ui.Children;
import duban.ui.StyleClasses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The controller of {@code details.fxml}, the details side panel: binds its nodes to the
 * {@link DetailsViewModel} and builds what varies (the field rows, the history lines). The
 * status line is coloured by deadline state and always says it in words too.
 */
public final class DetailsController {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass WITHDRAWN = PseudoClass.getPseudoClass("withdrawn");

    private final DetailsViewModel viewModel;

    @FXML
    private Label placeholder;
    @FXML
    private ScrollPane scroll;
    @FXML
    private Label title;
    @FXML
    private Label status;
    @FXML
    private GridPane fieldGrid;
    @FXML
    private Label historyMessage;
    @FXML
    private VBox historyBox;
    @FXML
    private VBox sections;
    @FXML
    private Label treeHeading;
    @FXML
    private VBox treeBox;
    /** The value label of each shown field, by key, in row order. */
    private final Map<String, Label> valueLabels = new LinkedHashMap<>();
    /** The line shown for each history entry (an event's entry is equal as long as it reads the same). */
    private Map<HistoryEntry, HistoryEntryView> historyLines = new HashMap<>();

    /** Made by the FXML loader's controller factory, with the panel's view model. */
    public DetailsController(DetailsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        offerCopy(title);
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        scroll.managedProperty().bind(scroll.visibleProperty());
        historyMessage.managedProperty().bind(historyMessage.visibleProperty());
        ItemTreeLines.bind(viewModel, treeHeading, treeBox);
        initListeners();
    }

    /** Places sections of other features (附件, 定期督办) between the fields and the history; each shows and hides itself. */
    void addSections(javafx.scene.Node... added) {
        sections.getChildren().addAll(added);
    }

    private void initListeners() {
        placeholder.visibleProperty().bind(viewModel.itemProperty().isNull());
        scroll.visibleProperty().bind(viewModel.itemProperty().isNotNull());
        // A newly selected item starts at the top, not where the previous one was scrolled to.
        viewModel.itemProperty().addListener((observable, before, after) -> {
            if (before == null || after == null || before.id() != after.id()) {
                scroll.setVvalue(0);
            }
        });

        title.textProperty().bind(viewModel.titleProperty());
        status.textProperty().bind(viewModel.statusTextProperty());
        viewModel.deadlineStateProperty().addListener((observable, before, after) -> showDeadlineState());
        viewModel.withdrawnProperty().addListener((observable, before, after) -> showDeadlineState());
        showDeadlineState();

        viewModel.fields().addListener((ListChangeListener<DetailField>) change -> showFields());
        showFields();

        historyMessage.textProperty().bind(viewModel.historyMessageProperty());
        historyMessage.visibleProperty().bind(viewModel.historyMessageProperty().isNotEmpty());
        viewModel.historyFailedProperty().addListener(
                (observable, before, after) -> historyMessage.pseudoClassStateChanged(FAILED, after));
        viewModel.history().addListener((ListChangeListener<HistoryEntry>) change -> showHistory());
        // A read that ends with no history (none yet, or it failed) takes away the lines kept for it.
        viewModel.loadingHistoryProperty().addListener((observable, was, loading) -> showHistory());
        showHistory();
    }

    private void showDeadlineState() {
        DeadlineState state = viewModel.deadlineStateProperty().get();
        status.pseudoClassStateChanged(StyleClasses.OVERDUE, state == DeadlineState.OVERDUE);
        status.pseudoClassStateChanged(StyleClasses.DUE_SOON, state == DeadlineState.DUE_SOON);
        status.pseudoClassStateChanged(StyleClasses.CLOSED, state != null && state.isClosed());
        status.pseudoClassStateChanged(StyleClasses.CLOSED_LATE, state == DeadlineState.CLOSED_LATE);
        status.pseudoClassStateChanged(WITHDRAWN, viewModel.withdrawnProperty().get());
    }

    private void showFields() {
        if (showsFieldsOf(viewModel.fields())) {
            // The same rows (a move, an edit of one field): only the values change, in place.
            for (DetailField field : viewModel.fields()) {
                valueLabels.get(field.key()).setText(field.value());
            }
            return;
        }
        fieldGrid.getChildren().clear();
        valueLabels.clear();
        int row = 0;
        for (DetailField field : viewModel.fields()) {
            Label name = new Label(field.label());
            name.getStyleClass().add(DetailsStyleClasses.FIELD_NAME);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(field.value());
            value.setId("details-field-" + field.key());
            value.getStyleClass().add(DetailsStyleClasses.FIELD_VALUE);
            value.setWrapText(true);
            value.setMinHeight(Region.USE_PREF_SIZE);
            value.setMaxWidth(Double.MAX_VALUE);
            offerCopy(value);
            GridPane.setValignment(name, VPos.TOP);
            GridPane.setValignment(value, VPos.TOP);
            fieldGrid.addRow(row++, name, value);
            valueLabels.put(field.key(), value);
        }
    }

    private boolean showsFieldsOf(List<DetailField> fields) {
        return valueLabels.size() == fields.size()
                && fields.stream().map(DetailField::key).toList().equals(List.copyOf(valueLabels.keySet()));
    }

    /**
     * Shows the history, keeping the line of every event already shown: after a move only the
     * new event's line is made and inserted at the top, not the item's whole history again. The
     * lines of events no longer shown (another card chosen) show the new events in place, in their
     * order, so the box's children stay the same nodes; a line is made only when there are more
     * events than lines, and only the lines left over leave the box. While another card's history
     * is read, the old lines are hidden rather than taken out.
     */
    private void showHistory() {
        List<HistoryEntry> entries = viewModel.history();
        boolean awaited = entries.isEmpty() && viewModel.loadingHistoryProperty().get();
        // Another card's history is being read: the lines stay, hidden, to show it when it comes.
        historyBox.setVisible(!awaited);
        if (awaited) {
            return;
        }
        Map<HistoryEntry, HistoryEntryView> next = new HashMap<>();
        for (HistoryEntry entry : entries) {
            HistoryEntryView line = historyLines.get(entry);
            if (line != null) {
                next.put(entry, line);
            }
        }
        Deque<HistoryEntryView> free = new ArrayDeque<>();
        for (Node child : historyBox.getChildren()) {
            if (child instanceof HistoryEntryView line && next.get(line.entry()) != line) {
                free.add(line);
            }
        }
        List<HistoryEntryView> lines = new ArrayList<>(entries.size());
        for (HistoryEntry entry : entries) {
            HistoryEntryView line = next.get(entry);
            if (line == null) {
                line = free.poll();
                if (line == null) {
                    line = new HistoryEntryView(entry);
                } else {
                    line.show(entry);
                }
                next.put(entry, line);
            }
            lines.add(line);
        }
        historyLines = next;
        Children.replace(historyBox.getChildren(), lines);
    }

    /** Labels cannot be selected, so each value offers 复制 on right click, for pasting into documents. */
    private static void offerCopy(Label label) {
        MenuItem copy = new MenuItem(Messages.get("details.copy"));
        copy.setId("details-copy");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(label.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        label.setContextMenu(new ContextMenu(copy));
    }
}
