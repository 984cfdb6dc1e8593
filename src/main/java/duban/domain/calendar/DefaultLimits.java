package duban.domain.calendar;



import duban.domain.Category;
import duban.domain.Source;
import duban.i18n.Messages;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 默认办理时限: the deadline rule a new item gets from its 事项来源 and 督办类别, which the officer
 * may change on the item. One rule for every source and category; the office configures its own,
 * stored as text ({@link #toText()}, one line per pair: {@code LEADER_INSTRUCTION URGENT 5 CALENDAR_DAYS}).
 *
 * <p>The {@linkplain #standard() standard table}, from the common practice in {@code domain.md}:
 * <table>
 * <caption>默认办理时限</caption>
 * <tr><th>事项来源</th><th>重点督办</th><th>常规</th><th>急件</th></tr>
 * <tr><td>领导批示</td><td>30 天</td><td>15 天</td><td>5 天</td></tr>
 * <tr><td>常务会议决定</td><td>30 个工作日</td><td>30 个工作日</td><td>5 天</td></tr>
 * <tr><td>政府工作报告</td><td>当年年底</td><td>当年年底</td><td>5 天</td></tr>
 * <tr><td>上级交办</td><td>15 个工作日</td><td>15 个工作日</td><td>5 天</td></tr>
 * <tr><td>人大建议</td><td>3 个月</td><td>3 个月</td><td>5 天</td></tr>
 * <tr><td>政协提案</td><td>3 个月</td><td>3 个月</td><td>5 天</td></tr>
 * <tr><td>信访</td><td>60 天</td><td>60 天</td><td>5 天</td></tr>
 * <tr><td>其他</td><td>30 天</td><td>15 天</td><td>5 天</td></tr>
 * </table>
 * A leader's 重点 instruction is the "complex" case (30 days), 常规 the "normal" one (15 days). The
 * executive meeting, NPC/CPPCC and petition limits are the source's own limit whatever the category.
 * 政府工作报告 tasks are annual targets, due by the end of the year they are assigned in. 急件 is
 * "急事马上督办": at most 5 days from any source (the top of the usual 1–5 days).
 *
 * @param rules the rule for every (source, category) pair; a missing pair is refused
 */
public record DefaultLimits(Map<Key, DeadlineRule> rules) {

    /** A (事项来源, 督办类别) pair. */
    public record Key(Source source, Category category) {
        public Key {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(category, "category");
        }
    }

    private static final int FIELDS_PER_LINE = 4;

    public DefaultLimits {
        Map<Key, DeadlineRule> ordered = new LinkedHashMap<>();
        // Enum order, so that toText() is stable and a settings table lists sources as the board does.
        for (Source source : Source.values()) {
            for (Category category : Category.values()) {
                Key key = new Key(source, category);
                DeadlineRule rule = rules.get(key);
                if (rule == null) {
                    throw new IllegalArgumentException("no default limit for " + source + " " + category);
                }
                ordered.put(key, rule);
            }
        }
        rules = Collections.unmodifiableMap(ordered);
    }

    /** The standard table (see the class comment for the reasons). */
    public static DefaultLimits standard() {
        Map<Source, DeadlineRule> keyAndRoutine = new EnumMap<>(Source.class);
        keyAndRoutine.put(Source.EXECUTIVE_MEETING, DeadlineRule.workingDays(30));
        keyAndRoutine.put(Source.WORK_REPORT, DeadlineRule.endOfYear());
        keyAndRoutine.put(Source.HIGHER_LEVEL, DeadlineRule.workingDays(15));
        keyAndRoutine.put(Source.NPC_SUGGESTION, DeadlineRule.months(3));
        keyAndRoutine.put(Source.CPPCC_PROPOSAL, DeadlineRule.months(3));
        keyAndRoutine.put(Source.PETITION, DeadlineRule.calendarDays(60));

        Map<Key, DeadlineRule> rules = new LinkedHashMap<>();
        for (Source source : Source.values()) {
            DeadlineRule sourceLimit = keyAndRoutine.get(source);
            rules.put(new Key(source, Category.KEY), sourceLimit != null ? sourceLimit : DeadlineRule.calendarDays(30));
            rules.put(new Key(source, Category.ROUTINE), sourceLimit != null ? sourceLimit : DeadlineRule.calendarDays(15));
            rules.put(new Key(source, Category.URGENT), DeadlineRule.calendarDays(5));
        }
        return new DefaultLimits(rules);
    }

    /** The default rule for a new item of this source and category. */
    public DeadlineRule ruleFor(Source source, Category category) {
        return rules.get(new Key(source, category));
    }

    /** A copy with one rule changed, as a settings table edits it. */
    public DefaultLimits withRule(Source source, Category category, DeadlineRule rule) {
        Objects.requireNonNull(rule, "rule");
        Map<Key, DeadlineRule> changed = new LinkedHashMap<>(rules);
        changed.put(new Key(source, category), rule);
        return new DefaultLimits(changed);
    }

    /**
     * The table as text, one line per pair in enum order: {@code SOURCE CATEGORY AMOUNT UNIT}, such as
     * {@code LEADER_INSTRUCTION URGENT 5 CALENDAR_DAYS} or {@code WORK_REPORT KEY 0 END_OF_YEAR}.
     */
    public String toText() {
        StringBuilder text = new StringBuilder("# 事项来源 督办类别 数量 单位\n");
        rules.forEach((key, rule) -> text.append(key.source().name()).append(' ')
                .append(key.category().name()).append(' ')
                .append(rule.amount()).append(' ')
                .append(rule.unit().name()).append('\n'));
        return text.toString();
    }

    /**
     * Reads {@link #toText()}'s form. Lines starting with # and blank lines are ignored. A pair the
     * text does not mention keeps its {@linkplain #standard() standard} rule, so a table saved before a
     * new source or category existed still loads.
     *
     * @throws LineFormatException with the line number and a Chinese message for a line that cannot
     *                             be read or that repeats a pair
     */
    public static DefaultLimits fromText(String text) throws LineFormatException {
        Map<Key, DeadlineRule> rules = new LinkedHashMap<>(standard().rules());
        Map<Key, Integer> seenOnLine = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            int lineNumber = index + 1;
            String line = lines[index].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            String number = String.valueOf(lineNumber);
            if (fields.length != FIELDS_PER_LINE) {
                throw new LineFormatException(lineNumber, Messages.get("calendar.limits.error.fields", number));
            }
            Source source = enumValue(Source.class, fields[0]);
            if (source == null) {
                throw new LineFormatException(lineNumber,
                        Messages.get("calendar.limits.error.source", number, fields[0]));
            }
            Category category = enumValue(Category.class, fields[1]);
            if (category == null) {
                throw new LineFormatException(lineNumber,
                        Messages.get("calendar.limits.error.category", number, fields[1]));
            }
            DeadlineUnit unit = enumValue(DeadlineUnit.class, fields[3]);
            if (unit == null) {
                throw new LineFormatException(lineNumber, Messages.get("calendar.limits.error.unit", number, fields[3]));
            }
            DeadlineRule rule;
            try {
                rule = new DeadlineRule(Integer.parseInt(fields[2]), unit);
            } catch (IllegalArgumentException notARule) { // also NumberFormatException
                throw new LineFormatException(lineNumber,
                        Messages.get("calendar.limits.error.amount", number, fields[2], fields[3]));
            }
            Key key = new Key(source, category);
            Integer earlier = seenOnLine.putIfAbsent(key, lineNumber);
            if (earlier != null) {
                throw new LineFormatException(lineNumber, Messages.get("calendar.limits.error.repeated",
                        number, fields[0], fields[1], String.valueOf(earlier)));
            }
            rules.put(key, rule);
        }
        return new DefaultLimits(rules);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
