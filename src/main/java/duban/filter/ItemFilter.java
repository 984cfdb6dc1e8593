package duban.filter;

import duban.domain.Category;
import duban.domain.DeadlineState;
import duban.domain.Item;
import duban.domain.ItemSearch;
import duban.domain.Source;
import duban.domain.boards.BoardScope;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the user is looking for on the board: free text, 牵头单位, 责任人, 事项来源, 督办类别 and
 * deadline states. Every criterion that is set must hold; an unset one (empty text, {@code null},
 * an empty set) lets every item through.
 *
 * @param text        words that must each occur in the item's texts; trimmed, never {@code null}
 * @param leadUnitId  the 牵头单位 to keep, or {@code null} for all
 * @param owner       the 责任人 to keep, or {@code null} for all
 * @param source      the 事项来源 to keep, or {@code null} for all
 * @param category    the 督办类别 to keep, or {@code null} for all
 * @param states      the deadline states to keep (逾期, 临期 …); empty keeps all
 */
public record ItemFilter(
        String text,
        Long leadUnitId,
        String owner,
        Source source,
        Category category,
        Set<DeadlineState> states) {

    /** The filter that keeps every item on the board. */
    public static final ItemFilter NONE = new ItemFilter("", null, null, null, null, Set.of());

    public ItemFilter {
        text = text == null ? "" : text.strip();
        owner = owner == null || owner.isBlank() ? null : owner.strip();
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    }

    /** Whether nothing is set, so that every item on the board matches. */
    public boolean isEmpty() {
        return text.isEmpty() && leadUnitId == null && owner == null && source == null && category == null
                && states.isEmpty();
    }

    /**
     * Whether {@code item}, standing at {@code state} against its deadline today, passes the
     * filter. Withdrawn items never do: they are off the board.
     */
    public boolean matches(Item item, DeadlineState state) {
        if (item.withdrawn()) {
            return false;
        }
        if (leadUnitId != null && item.leadUnit().id() != leadUnitId) {
            return false;
        }
        if (owner != null && !owner.equals(item.owner() == null ? null : item.owner().strip())) {
            return false;
        }
        if (source != null && item.source() != source) {
            return false;
        }
        if (category != null && item.category() != category) {
            return false;
        }
        if (!states.isEmpty() && !states.contains(state)) {
            return false;
        }
        return matchesText(item);
    }

    /**
     * The criteria a saved board can keep (保存为看板): text, 牵头单位, 事项来源 and 督办类别. 责任人 and
     * the 逾期/临期 toggles are a look of the moment, not a ledger, and stay out.
     */
    public BoardScope toBoardScope() {
        return new BoardScope(source == null ? Set.of() : Set.of(source),
                leadUnitId == null ? Set.of() : Set.of(leadUnitId),
                category == null ? Set.of() : Set.of(category), text, null, false, false);
    }

    /** The words of the free text, lower-cased; none when the text is empty. */
    public List<String> words() {
        return ItemSearch.words(text);
    }

    private boolean matchesText(Item item) {
        return ItemSearch.containsAll(item, cachedWords());
    }

    /** The words of the last text asked about: one keystroke matches every card with the same words. */
    private List<String> cachedWords() {
        Words last = Words.LAST.get();
        if (last != null && last.text().equals(text)) {
            return last.words();
        }
        List<String> words = words();
        Words.LAST.set(new Words(text, words));
        return words;
    }

    private record Words(String text, List<String> words) {
        private static final java.util.concurrent.atomic.AtomicReference<Words> LAST =
                new java.util.concurrent.atomic.AtomicReference<>();
    }

    /** This filter with another free text. */
    public ItemFilter withText(String newText) {
        return new ItemFilter(newText, leadUnitId, owner, source, category, states);
    }

    /** This filter with another 牵头单位 ({@code null} for all). */
    public ItemFilter withLeadUnitId(Long newLeadUnitId) {
        return new ItemFilter(text, newLeadUnitId, owner, source, category, states);
    }

    /** This filter with another 责任人 ({@code null} for all). */
    public ItemFilter withOwner(String newOwner) {
        return new ItemFilter(text, leadUnitId, newOwner, source, category, states);
    }

    /** This filter with another 事项来源 ({@code null} for all). */
    public ItemFilter withSource(Source newSource) {
        return new ItemFilter(text, leadUnitId, owner, newSource, category, states);
    }

    /** This filter with another 督办类别 ({@code null} for all). */
    public ItemFilter withCategory(Category newCategory) {
        return new ItemFilter(text, leadUnitId, owner, source, newCategory, states);
    }

    /** This filter keeping only items in {@code newStates} (none: all states). */
    public ItemFilter withStates(Set<DeadlineState> newStates) {
        return new ItemFilter(text, leadUnitId, owner, source, category, newStates);
    }
}
