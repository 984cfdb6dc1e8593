package duban.board;

import duban.domain.BoardStats;
import duban.domain.Card;
import duban.domain.Item;
import duban.domain.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The four columns' cards, what the filter shows of them, the selected card, and the figures
 * of both (whole board and filtered). It changes only on the FX thread, as the board view model
 * tells it; it knows nothing of the store.
 */
final class BoardColumns {

    /** Judges an item into a card (deadline state, reporting cadence) as the settings say now. */
    private final Function<Item, Card> judge;
    private final Map<Status, ObservableList<Card>> columns = new EnumMap<>(Status.class);
    private final Map<Status, FilteredList<Card>> visibleColumns = new EnumMap<>(Status.class);
    /** Held, not made per call: an unmodifiable view only weakly listens to its list. */
    private final Map<Status, ObservableList<Card>> readOnlyColumns = new EnumMap<>(Status.class);
    private final ObjectProperty<Predicate<Card>> cardFilter = new SimpleObjectProperty<>(this, "cardFilter");
    /** The chosen saved board's items (null: 全部事项); the figures, the items and the filter all stay inside it. */
    private final ObjectProperty<Predicate<Item>> boardScope = new SimpleObjectProperty<>(this, "boardScope");
    private final ObjectProperty<Card> selectedCard = new SimpleObjectProperty<>(this, "selectedCard");
    private final ReadOnlyObjectWrapper<BoardStats> stats = new ReadOnlyObjectWrapper<>(this, "stats", BoardStats.EMPTY);
    private final ReadOnlyObjectWrapper<List<Item>> items = new ReadOnlyObjectWrapper<>(this, "items", List.of());
    private final ReadOnlyObjectWrapper<BoardStats> filteredStats = new ReadOnlyObjectWrapper<>(this, "filteredStats", BoardStats.EMPTY);

    /**
     * Every item as the store last gave it (a read, or its answer to a write), without the
     * gestures shown before the store answered: what the board falls back to when a write failed
     * and the board cannot be read again (the server is away).
     */
    private final Map<Long, Item> confirmed = new java.util.HashMap<>();
    /** While a card is taken off one column and put into another (see {@link #isPlacing}). */
    private boolean placing;

    BoardColumns(Function<Item, Card> judge) {
        this.judge = judge;
        for (Status status : Status.values()) {
            ObservableList<Card> cards = FXCollections.observableArrayList();
            columns.put(status, cards);
            readOnlyColumns.put(status, FXCollections.unmodifiableObservableList(cards));
            FilteredList<Card> visible = new FilteredList<>(cards);
            visible.predicateProperty().bind(Bindings.createObjectBinding(this::shownPredicate, cardFilter, boardScope));
            visibleColumns.put(status, visible);
        }
        // A new filter changes what is shown, not the board: only the filtered figures change.
        cardFilter.addListener((observable, old, filter) -> filteredStats.set(statsOf(shownCards())));
        // Another saved board: its figures and items replace the last one's.
        boardScope.addListener((observable, old, scope) -> updateStats());
    }

    /** The cards shown: inside the chosen board, and through the filter bar's filter (both, when set). */
    private Predicate<Card> shownPredicate() {
        Predicate<Item> scope = boardScope.get();
        Predicate<Card> filter = cardFilter.get();
        if (scope == null) {
            return filter;
        }
        return filter == null ? card -> scope.test(card.item()) : card -> scope.test(card.item()) && filter.test(card);
    }

    /** Shows {@code all} in place of every card, in the store's order; the selection follows its item. */
    void showAll(List<Item> all) {
        Map<Status, List<Card>> byStatus = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            byStatus.put(status, new ArrayList<>());
        }
        // The store returns items by column and position: keep that order.
        for (Item item : all) {
            byStatus.get(item.status()).add(judge.apply(item));
        }
        confirmed.clear();
        all.forEach(this::confirm);
        Long selectedId = selectedCard.get() == null ? null : selectedCard.get().id();
        byStatus.forEach((status, cards) -> columns.get(status).setAll(cards));
        updateStats();
        selectedCard.set(selectedId == null ? null : findCard(selectedId).orElse(null));
    }

    /** Judges every card afresh (the settings changed). */
    void rejudge() {
        for (ObservableList<Card> cards : columns.values()) {
            cards.replaceAll(card -> judge.apply(card.item()));
        }
        updateStats();
    }

    /**
     * Shows the items as the store last gave them, taking back what was shown before a write the
     * store then refused or could not make.
     */
    void showConfirmed() {
        showAll(confirmed.values().stream().sorted(java.util.Comparator.comparing(Item::status)
                .thenComparingDouble(Item::position).thenComparingLong(Item::id)).toList());
    }

    private void confirm(Item item) {
        if (item.withdrawn()) {
            confirmed.remove(item.id());
        } else {
            confirmed.put(item.id(), item);
        }
    }

    /** Shows a saved item in place of its card (or removes it when withdrawn). */
    void show(Item saved) {
        confirm(saved);
        for (ObservableList<Card> cards : columns.values()) {
            int index = indexOf(cards, saved.id());
            if (index >= 0) {
                if (saved.withdrawn() || cards != columns.get(saved.status())) {
                    cards.remove(index);
                } else {
                    Card card = judge.apply(saved);
                    cards.set(index, card);
                    if (selectedCard.get() != null && selectedCard.get().id() == saved.id()) {
                        selectedCard.set(card);
                    }
                    updateStats();
                    return;
                }
            }
        }
        if (!saved.withdrawn()) {
            columns.get(saved.status()).add(judge.apply(saved));
        }
        updateStats();
    }

    /** Puts {@code item}'s card into its column between two neighbours (by id), as the drop showed it. */
    void place(Item item, Long previousId, Long nextId) {
        Card card = judge.apply(item);
        boolean wasSelected = selectedCard.get() != null && selectedCard.get().id() == card.id();
        placing = true;
        try {
            // Found first, then removed by index: removeIf walks each column of thousands through
            // the observable list's change machinery, the columns' filtered lists and their cells.
            for (ObservableList<Card> cards : columns.values()) {
                int shownAt = indexOf(cards, card.id());
                if (shownAt >= 0) {
                    cards.remove(shownAt);
                }
            }
            ObservableList<Card> target = columns.get(card.item().status());
            int index;
            if (previousId != null && indexOf(target, previousId) >= 0) {
                index = indexOf(target, previousId) + 1;
            } else if (nextId != null && indexOf(target, nextId) >= 0) {
                index = indexOf(target, nextId);
            } else {
                index = previousId == null ? 0 : target.size();
            }
            target.add(index, card);
        } finally {
            placing = false;
        }
        updateStats();
        if (wasSelected) {
            selectedCard.set(card);
        }
    }

    /**
     * Whether a card is being placed: its column list, losing the selected card, selects a
     * neighbour by itself, which is no choice of the user's. The selection stays with the card.
     */
    boolean isPlacing() {
        return placing;
    }

    /** Takes an item's card off its column (a withdrawal shown before the store answers). */
    void remove(Item item) {
        columns.get(item.status()).removeIf(card -> card.id() == item.id());
        updateStats();
    }

    /** Selects the card of {@code itemId}, or nothing when the board does not show it. */
    void select(long itemId) {
        selectedCard.set(findCard(itemId).orElse(null));
    }

    Optional<Card> findCard(long itemId) {
        for (ObservableList<Card> cards : columns.values()) {
            for (Card card : cards) {
                if (card.id() == itemId) {
                    return Optional.of(card);
                }
            }
        }
        return Optional.empty();
    }

    /** The visible cards of one column, top to bottom (the filter applied). */
    ObservableList<Card> cards(Status status) {
        return visibleColumns.get(status);
    }

    /** Every card of one column, whether the filter shows it or not. */
    ObservableList<Card> allCards(Status status) {
        return readOnlyColumns.get(status);
    }

    ObjectProperty<Card> selectedCardProperty() {
        return selectedCard;
    }

    ObjectProperty<Predicate<Card>> cardFilterProperty() {
        return cardFilter;
    }

    ObjectProperty<Predicate<Item>> boardScopeProperty() {
        return boardScope;
    }

    ReadOnlyObjectProperty<BoardStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<BoardStats> filteredStatsProperty() {
        return filteredStats.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<Item>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    /** A column's badge: its card count, or "shown/all" while the filter hides some (all: the chosen board's). */
    ObservableValue<String> columnCountText(Status status) {
        ObservableList<Card> shown = visibleColumns.get(status);
        ObservableList<Card> all = columns.get(status);
        return Bindings.createStringBinding(() -> {
            // With a saved board chosen, "all" is the board's cards in this column.
            Predicate<Item> scope = boardScope.get();
            long inBoard = scope == null ? all.size() : all.stream().filter(card -> scope.test(card.item())).count();
            return shown.size() == inBoard ? Integer.toString(shown.size()) : shown.size() + "/" + inBoard;
        }, shown, all, boardScope);
    }

    private void updateStats() {
        List<Card> all = new ArrayList<>();
        Predicate<Item> scope = boardScope.get();
        for (ObservableList<Card> cards : columns.values()) {
            for (Card card : cards) {
                if (scope == null || scope.test(card.item())) {
                    all.add(card);
                }
            }
        }
        items.set(all.stream().map(Card::item).toList());
        stats.set(statsOf(all));
        filteredStats.set(cardFilter.get() == null ? stats.get() : statsOf(shownCards()));
    }

    /** The cards the columns show, as the filter leaves them (the columns' own filtered lists). */
    private List<Card> shownCards() {
        List<Card> shown = new ArrayList<>();
        for (FilteredList<Card> cards : visibleColumns.values()) {
            shown.addAll(cards);
        }
        return shown;
    }

    /** The figures of cards, by the deadline state each card was judged with. */
    private static BoardStats statsOf(List<Card> cards) {
        return BoardStats.of(cards, Card::item, Card::deadlineState);
    }

    static int indexOf(List<Card> cards, long itemId) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id() == itemId) {
                return i;
            }
        }
        return -1;
    }
}
