package duban.settings;

import duban.domain.calendar.DefaultLimits;
import duban.domain.Category;
import duban.domain.Source;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One row of the 默认办理时限 table: a 事项来源 and its rule for each 督办类别. */
public final class LimitRow {

    private final Source source;
    private final Map<Category, LimitEntry> entries;

    LimitRow(Source source, DefaultLimits limits) {
        this.source = source;
        Map<Category, LimitEntry> byCategory = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            byCategory.put(category, new LimitEntry(source, category, limits.ruleFor(source, category)));
        }
        this.entries = Collections.unmodifiableMap(byCategory);
    }

    public Source source() {
        return source;
    }

    /** The cell of {@code category}. */
    public LimitEntry entry(Category category) {
        return entries.get(category);
    }

    /** The cells in 督办类别 order. */
    public List<LimitEntry> entries() {
        return List.copyOf(entries.values());
    }
}
