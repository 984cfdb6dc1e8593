package duban.workflow;

import duban.domain.Category;
import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ReportCadence;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 今日待催办: from the board's items, the open ones that are overdue, due soon, or behind their
 * category's reporting cadence, most urgent first (see {@link ReminderDue#URGENCY}). Today is the
 * day of the {@link Deadlines}' clock, so a fixed clock fixes the whole list. No JavaFX.
 */
public final class ReminderQueue {

    private final Deadlines deadlines;
    private final Map<Category, ReportCadence> cadences;

    /**
     * @param cadences the office's reporting cadence per 督办类别; a category not in the map
     *                 uses {@link ReportCadence#defaultFor}
     */
    public ReminderQueue(Deadlines deadlines, Map<Category, ReportCadence> cadences) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        Map<Category, ReportCadence> complete = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            complete.put(category, cadences.getOrDefault(category, ReportCadence.defaultFor(category)));
        }
        this.cadences = Map.copyOf(complete);
    }

    /** With the office defaults for every category. */
    public ReminderQueue(Deadlines deadlines) {
        this(deadlines, Map.of());
    }

    public LocalDate today() {
        return deadlines.today();
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    public ReportCadence cadenceFor(Category category) {
        return cadences.get(category);
    }

    /** The open, not withdrawn items of {@code items} that need chasing today, most urgent first. */
    public List<ReminderDue> due(Collection<Item> items) {
        return items.stream()
                .filter(item -> !item.withdrawn() && !item.status().isClosed())
                .map(this::assess)
                .filter(ReminderDue::isDue)
                .sorted(ReminderDue.URGENCY)
                .toList();
    }

    /** Judges one item as of today, whether or not it is due (the reminder dialog's suggestion). */
    public ReminderDue assess(Item item) {
        DeadlineState state = deadlines.stateOf(item);
        return ReminderDue.of(item, state, deadlines.daysLeft(item), daysBehindReporting(item));
    }

    /**
     * Days since an open item's progress report was due under its category's cadence, counted
     * from its latest report or, with none yet, from its 交办日期; 0 when not behind (and for
     * closed or withdrawn items, which report nothing more).
     */
    public long daysBehindReporting(Item item) {
        return item.category() == null ? 0 : cadenceFor(item.category()).daysBehind(item, today());
    }

    /** Whether an open item is behind its reporting cadence (进展逾期). */
    public boolean isBehindReporting(Item item) {
        return daysBehindReporting(item) > 0;
    }

    /** The date the reporting cadence runs from: the latest 办理进展, else the 交办日期. */
    public static LocalDate reportingSince(Item item) {
        return ReportCadence.reportingSince(item);
    }
}
