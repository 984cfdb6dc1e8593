package duban.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Free-text search over an item's texts, shared by the board's filter bar and the saved boards:
 * every word must occur in 督办事项, details, 责任人, 责任领导, 牵头单位 or a 协办单位.
 */
public final class ItemSearch {

    private ItemSearch() {
    }

    /** The words of {@code text}, folded; none when it is blank. */
    public static List<String> words(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stripped.split("\\p{javaWhitespace}+")).map(ItemSearch::fold).toList();
    }

    /** Whether every one of {@code words} (as {@link #words} gives them) occurs in the item's texts. */
    public static boolean containsAll(Item item, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String haystack = Haystacks.of(item);
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each item's searchable texts, folded and joined once (by a separator no word holds), kept
     * while the board shows that very item object: typing a word then searches 10,000 cards without
     * lower-casing and splitting their texts again on every keystroke.
     */
    private static final class Haystacks {
        private static final int LIMIT = 100_000;
        private static final Map<Long, Folded> CACHE = new ConcurrentHashMap<>();

        private record Folded(Item item, String text) {
        }

        static String of(Item item) {
            Folded folded = CACHE.get(item.id());
            if (folded != null && folded.item() == item) {
                return folded.text();
            }
            if (CACHE.size() > LIMIT) {
                CACHE.clear();
            }
            String text = String.join("\u0000", searchableTexts(item));
            CACHE.put(item.id(), new Folded(item, text));
            return text;
        }
    }

    /** The texts a word may occur in, folded: 督办事项, details, 责任人, 责任领导, 牵头单位, 协办单位. */
    private static List<String> searchableTexts(Item item) {
        List<String> texts = new ArrayList<>();
        texts.add(fold(item.title()));
        texts.add(fold(item.details()));
        texts.add(fold(item.owner()));
        texts.add(fold(item.leader()));
        texts.add(fold(item.leadUnit().name()));
        for (Unit unit : item.assistUnits()) {
            texts.add(fold(unit.name()));
        }
        return texts;
    }

    /**
     * Lower-cases Latin letters so that "GDP" finds "gdp"; Chinese has no case and passes
     * unchanged, so a Chinese word is a plain substring search. Locale.ROOT keeps the Turkish i away.
     */
    private static String fold(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
