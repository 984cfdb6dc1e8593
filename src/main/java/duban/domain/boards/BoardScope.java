package duban.domain.boards;

import duban.domain.Category;
import duban.domain.EventChanges;
import duban.domain.Item;
import duban.domain.ItemSearch;
import duban.domain.Source;
import duban.domain.Unit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which items a saved board shows: any of its 事项来源, any of its 牵头单位, any of its 督办类别,
 * the words of a text, only one unit's items (as 牵头单位 or 协办单位), only recurring (定期) or only
 * decomposed (分解: parents and sub-items) items. An unset criterion (an empty set, blank text,
 * {@code null} unit, a false flag) lets every item through; the set ones must all hold. Withdrawn
 * items are never shown. Stored as readable JSON ({@link #toText()}, {@link #parse(String)}).
 *
 * @param sources     the 事项来源 kept; empty keeps all
 * @param leadUnitIds the 牵头单位 kept (ids); empty keeps all
 * @param categories  the 督办类别 kept; empty keeps all
 * @param text        words that must each occur in the item's texts; never {@code null}
 * @param unitId      the unit whose items (lead or assisting) are kept, or {@code null} for all
 * @param recurringOnly  keep only items of a 定期督办 series
 * @param decomposedOnly keep only items of a 事项分解 (parents and their sub-items)
 */
public record BoardScope(Set<Source> sources, Set<Long> leadUnitIds, Set<Category> categories, String text,
                         Long unitId, boolean recurringOnly, boolean decomposedOnly) {

    /** The scope of 全部事项: every item on the board. */
    public static final BoardScope ALL = new BoardScope(Set.of(), Set.of(), Set.of(), "", null, false, false);

    public BoardScope {
        sources = sources == null || sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
        leadUnitIds = leadUnitIds == null ? Set.of() : Set.copyOf(leadUnitIds);
        categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        text = text == null ? "" : text.strip();
    }

    /** The items of these sources, e.g. 建议提案 = 人大建议 and 政协提案. */
    public static BoardScope ofSources(Source... sources) {
        return ALL.withSources(Set.of(sources));
    }

    /** Whether nothing is set, so that every item matches. */
    public boolean isAll() {
        return equals(ALL);
    }

    /** Whether {@code item} belongs on the board (withdrawn items never do: they are off the board). */
    public boolean matches(Item item) {
        return !item.withdrawn() && covers(item);
    }

    /**
     * Whether {@code item} falls within the scope, withdrawn or not: the 督办台账 lists a board's
     * withdrawn items too (counted apart).
     */
    public boolean covers(Item item) {
        if (!sources.isEmpty() && !sources.contains(item.source())) {
            return false;
        }
        if (!categories.isEmpty() && !categories.contains(item.category())) {
            return false;
        }
        if (!leadUnitIds.isEmpty() && !leadUnitIds.contains(item.leadUnit().id())) {
            return false;
        }
        if (unitId != null && !involves(item, unitId)) {
            return false;
        }
        if (recurringOnly && !item.links().isRecurring()) {
            return false;
        }
        if (decomposedOnly && !item.links().isParent() && !item.links().isChild()) {
            return false;
        }
        return ItemSearch.containsAll(item, ItemSearch.words(text));
    }

    private static boolean involves(Item item, long unitId) {
        if (item.leadUnit().id() == unitId) {
            return true;
        }
        for (Unit unit : item.assistUnits()) {
            if (unit.id() == unitId) {
                return true;
            }
        }
        return false;
    }

    /**
     * This scope narrowed by {@code other} (a board's scope and the filter bar's criteria): a set
     * criterion of {@code other} replaces this one's (the filter picks within the board), texts add
     * up, {@code other}'s unit wins, and flags set in either stay set.
     */
    public BoardScope and(BoardScope other) {
        return new BoardScope(
                other.sources.isEmpty() ? sources : other.sources,
                other.leadUnitIds.isEmpty() ? leadUnitIds : other.leadUnitIds,
                other.categories.isEmpty() ? categories : other.categories,
                (text + " " + other.text).strip(),
                other.unitId != null ? other.unitId : unitId,
                recurringOnly || other.recurringOnly,
                decomposedOnly || other.decomposedOnly);
    }

    /** The one source a new item on this board gets by default, when the board keeps exactly one. */
    public java.util.Optional<Source> singleSource() {
        return sources.size() == 1 ? java.util.Optional.of(sources.iterator().next()) : java.util.Optional.empty();
    }

    public BoardScope withSources(Collection<Source> newSources) {
        return new BoardScope(Set.copyOf(newSources), leadUnitIds, categories, text, unitId, recurringOnly,
                decomposedOnly);
    }

    public BoardScope withLeadUnitIds(Collection<Long> newLeadUnitIds) {
        return new BoardScope(sources, Set.copyOf(newLeadUnitIds), categories, text, unitId, recurringOnly,
                decomposedOnly);
    }

    public BoardScope withCategories(Collection<Category> newCategories) {
        return new BoardScope(sources, leadUnitIds, Set.copyOf(newCategories), text, unitId, recurringOnly,
                decomposedOnly);
    }

    public BoardScope withText(String newText) {
        return new BoardScope(sources, leadUnitIds, categories, newText, unitId, recurringOnly, decomposedOnly);
    }

    /** Only {@code newUnitId}'s items (lead or assisting); {@code null} for every unit's. */
    public BoardScope withUnitId(Long newUnitId) {
        return new BoardScope(sources, leadUnitIds, categories, text, newUnitId, recurringOnly, decomposedOnly);
    }

    public BoardScope withRecurringOnly(boolean only) {
        return new BoardScope(sources, leadUnitIds, categories, text, unitId, only, decomposedOnly);
    }

    public BoardScope withDecomposedOnly(boolean only) {
        return new BoardScope(sources, leadUnitIds, categories, text, unitId, recurringOnly, only);
    }

    // ---- text form --------------------------------------------------------------------------

    /**
     * The scope as JSON, set criteria only, in a fixed order (sets sorted), e.g.
     * {@code {"sources":["NPC_SUGGESTION","CPPCC_PROPOSAL"]}}; {@code {}} for {@link #ALL}.
     */
    public String toText() {
        List<String> fields = new ArrayList<>();
        if (!sources.isEmpty()) {
            fields.add("\"sources\":" + names(EnumSet.copyOf(sources)));
        }
        if (!leadUnitIds.isEmpty()) {
            fields.add("\"leadUnits\":" + new TreeSet<>(leadUnitIds).toString().replace(" ", ""));
        }
        if (!categories.isEmpty()) {
            fields.add("\"categories\":" + names(EnumSet.copyOf(categories)));
        }
        if (!text.isEmpty()) {
            fields.add("\"text\":" + quote(text));
        }
        if (unitId != null) {
            fields.add("\"unit\":" + unitId);
        }
        if (recurringOnly) {
            fields.add("\"recurring\":true");
        }
        if (decomposedOnly) {
            fields.add("\"decomposed\":true");
        }
        return "{" + String.join(",", fields) + "}";
    }

    /** {@code value} as a JSON string literal (the scope's JSON is read by {@link EventChanges#parse}). */
    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String names(Collection<? extends Enum<?>> values) {
        List<String> quoted = new ArrayList<>();
        for (Enum<?> value : values) {
            quoted.add(quote(value.name()));
        }
        return "[" + String.join(",", quoted) + "]";
    }

    /**
     * The scope {@link #toText()} wrote. Keys it does not know are skipped, and so are source or
     * category names it does not know (a board saved by a later version shows more, not nothing).
     *
     * @throws IllegalArgumentException when {@code text} is not such JSON
     */
    public static BoardScope parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no scope");
        }
        Map<String, Object> fields = EventChanges.parse(text);
        return new BoardScope(
                enums(fields.get("sources"), Source.class),
                ids(fields.get("leadUnits")),
                enums(fields.get("categories"), Category.class),
                fields.get("text") instanceof String words ? words : "",
                fields.get("unit") instanceof Long unit ? unit : null,
                Boolean.TRUE.equals(fields.get("recurring")),
                Boolean.TRUE.equals(fields.get("decomposed")));
    }

    private static <E extends Enum<E>> Set<E> enums(Object value, Class<E> type) {
        Set<E> found = EnumSet.noneOf(type);
        if (value instanceof List<?> names) {
            for (Object name : names) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(name)) {
                        found.add(constant);
                    }
                }
            }
        }
        return found;
    }

    private static Set<Long> ids(Object value) {
        Set<Long> found = new TreeSet<>();
        if (value instanceof List<?> numbers) {
            for (Object number : numbers) {
                if (number instanceof Long id) {
                    found.add(id);
                }
            }
        }
        return found;
    }
}
