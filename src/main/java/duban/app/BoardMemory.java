package duban.app;

import duban.boards.BoardTabsViewModel;
import duban.domain.Category;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.boards.SavedBoard;
import duban.filter.FilterViewModel;
import duban.ui.WindowStateFile;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The saved board (看板 tab) and the filter as this user left them on this database (issue 18),
 * kept beside the window's place; taken back when the board opens again. A board or unit that is
 * gone by then is simply not chosen; a value that does not parse is ignored.
 */
final class BoardMemory {

    private final WindowStateFile state;
    private final String prefix;

    private BoardMemory(WindowStateFile state, String database) {
        this.state = state;
        this.prefix = "board." + database + ".";
    }

    /**
     * Chooses the board and sets the filter as remembered for {@code database} (its location), and
     * remembers them again when {@code window} closes.
     */
    static void follow(WindowStateFile state, String database, BoardTabsViewModel tabs, FilterViewModel filters,
                       Window window) {
        BoardMemory memory = new BoardMemory(state, database);
        memory.restore(tabs, filters);
        window.addEventHandler(WindowEvent.WINDOW_HIDING, event -> {
            if (event.getTarget() == window) {
                memory.remember(tabs, filters);
                state.save();
            }
        });
    }

    private void restore(BoardTabsViewModel tabs, FilterViewModel filters) {
        text("filter.text").ifPresent(filters.textProperty()::set);
        text("filter.owner").ifPresent(filters.ownerProperty()::set);
        parsed("filter.source", Source::valueOf).ifPresent(filters.sourceProperty()::set);
        parsed("filter.category", Category::valueOf).ifPresent(filters.categoryProperty()::set);
        filters.overdueOnlyProperty().set(text("filter.overdue").filter("true"::equals).isPresent());
        filters.dueSoonOnlyProperty().set(text("filter.dueSoon").filter("true"::equals).isPresent());
        // The unit and the board are there only once the board (its items, its saved boards) has been read.
        parsed("filter.leadUnit", Long::valueOf).ifPresent(id -> whenPresent(filters.leadUnitOptions(),
                unit -> unit.id() == id, filters.leadUnitProperty()::set));
        parsed("savedBoard", Long::valueOf).ifPresent(id -> whenPresent(tabs.boards(),
                board -> board.id() == id, board -> {
                    if (tabs.chosenProperty().get() == null) {
                        tabs.choose(board);
                    }
                }));
    }

    /** Gives {@code use} the first element of {@code list} that {@code wanted} accepts, once it is there. */
    private static <T> void whenPresent(ObservableList<T> list, java.util.function.Predicate<T> wanted,
                                        java.util.function.Consumer<T> use) {
        Optional<T> now = list.stream().filter(wanted).findFirst();
        if (now.isPresent()) {
            use.accept(now.get());
            return;
        }
        list.addListener(new ListChangeListener<T>() {
            @Override
            public void onChanged(Change<? extends T> change) {
                Optional<T> found = list.stream().filter(wanted).findFirst();
                if (found.isPresent()) {
                    list.removeListener(this);
                    // After the change is through: whoever filled the list sets its own choice last.
                    javafx.application.Platform.runLater(() -> use.accept(found.get()));
                }
            }
        });
    }

    private void remember(BoardTabsViewModel tabs, FilterViewModel filters) {
        SavedBoard chosen = tabs.chosenProperty().get();
        put("savedBoard", chosen == null ? null : Long.toString(chosen.id()));
        String text = filters.textProperty().get();
        put("filter.text", text == null || text.isEmpty() ? null : text);
        put("filter.owner", filters.ownerProperty().get());
        put("filter.source", filters.sourceProperty().get() == null ? null : filters.sourceProperty().get().name());
        put("filter.category", filters.categoryProperty().get() == null ? null
                : filters.categoryProperty().get().name());
        Unit unit = filters.leadUnitProperty().get();
        put("filter.leadUnit", unit == null ? null : Long.toString(unit.id()));
        put("filter.overdue", filters.overdueOnlyProperty().get() ? "true" : null);
        put("filter.dueSoon", filters.dueSoonOnlyProperty().get() ? "true" : null);
    }

    private Optional<String> text(String key) {
        return state.text(prefix + key);
    }

    private <T> Optional<T> parsed(String key, Function<String, T> parse) {
        try {
            return text(key).map(parse);
        } catch (IllegalArgumentException e) { // NumberFormatException too: left as it is
            return Optional.empty();
        }
    }

    private void put(String key, String value) {
        state.putText(prefix + key, value);
    }
}
