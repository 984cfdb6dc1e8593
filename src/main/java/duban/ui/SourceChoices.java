package duban.ui;

import duban.domain.Source;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** The 事项来源 filter of the statistics windows: every source, and first {@code null} for all of them. */
public final class SourceChoices {

    private SourceChoices() {
    }

    /** Fills {@code box} with {@code null} (shown as {@code allSources}, e.g. 全部来源) and every source. */
    public static void setUp(ComboBox<Source> box, String allSources) {
        List<Source> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(Source.values()));
        box.setItems(FXCollections.observableArrayList(choices));
        box.setCellFactory(list -> new SourceCell(allSources));
        box.setButtonCell(new SourceCell(allSources));
        box.setVisibleRowCount(choices.size());
    }

    /** The label of a source, {@code allSources} for {@code null}. */
    private static final class SourceCell extends ListCell<Source> {
        private final String allSources;

        SourceCell(String allSources) {
            this.allSources = allSources;
        }

        @Override
        protected void updateItem(Source item, boolean empty) {
            super.updateItem(item, empty);
            setText(item != null ? item.label() : empty && getListView() != null ? null : allSources);
        }
    }
}
