package duban.store;

import duban.domain.Category;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Fills an empty database with a realistic county office's items ({@code --demo}), dated relative
 * to today so that some are overdue, some due soon, some closed on time and some late.
 * The content is in {@code demo-units.tsv} and {@code demo-items.tsv} beside this class.
 */
public final class DemoData {

    /** What seeding did. */
    public record Outcome(boolean seeded, int units, int items, int existingItems) {
    }

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    /** Over {@code dsl}; {@code clock} dates the sample, its connection's {@link OperatorSource} signs it. */
    public DemoData(DSLContext dsl, Clock clock) {
        this(dsl, clock, OperatorSource.of(dsl));
    }

    /** Over {@code dsl}; {@code clock} dates the sample, {@code operator} signs its events (操作人). */
    public DemoData(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = java.util.Objects.requireNonNull(operator, "operator");
    }

    /**
     * Adds the sample units and items in one transaction, only when the file has no items. Each
     * item's history is written as it happened, its events stamped on their days ({@link DemoHistory}
     * over a {@link DemoClock}), never later than now: the hash chain is the store's own.
     */
    public Outcome seedIfEmpty() {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            int existing = new ItemStore(db, clock, operator).countAll();
            if (existing > 0) {
                return new Outcome(false, 0, 0, existing);
            }
            Map<String, Unit> units = seedUnits(new UnitStore(db));
            LocalDate today = LocalDate.now(clock);
            DemoClock past = new DemoClock(clock);
            DemoHistory history = new DemoHistory(new ItemStore(db, past, operator),
                    new WorkflowStore(db, past, operator), past, today);
            List<String[]> rows = readTsv("demo-items.tsv", true);
            int index = 0;
            for (String[] row : rows) {
                DemoRow demo = DemoRow.parse(row, today);
                ItemDraft draft = new ItemDraft(demo.title, demo.details, demo.source, demo.category,
                        unit(units, demo.leadUnit).id(),
                        demo.assistUnits.stream().map(name -> unit(units, name).id()).toList(),
                        demo.owner, demo.leader, demo.assignedOn, demo.deadline);
                history.write(draft, demo, index++);
            }
            return new Outcome(true, units.size(), rows.size(), 0);
        });
    }

    private static Map<String, Unit> seedUnits(UnitStore store) {
        Map<String, Unit> byName = new HashMap<>();
        store.all().forEach(unit -> byName.put(unit.name(), unit));
        for (String[] row : readTsv("demo-units.tsv", false)) {
            String name = row[0];
            if (!byName.containsKey(name)) {
                byName.put(name, store.add(name, UnitKind.valueOf(row[1])));
            }
        }
        return byName;
    }

    private static Unit unit(Map<String, Unit> units, String name) {
        Unit unit = units.get(name);
        if (unit == null) {
            throw new IllegalStateException("demo data names an unknown unit: " + name);
        }
        return unit;
    }

    private static List<String[]> readTsv(String resource, boolean hasHeader) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            boolean header = hasHeader;
            while ((line = reader.readLine()) != null) {
                if (header) {
                    header = false;
                } else if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One line of demo-items.tsv, with its day offsets turned into dates. An item tied to a season
     * (春节前, 夏收期间, 主汛期前) names in its {@code anchor} column the day of the year it was assigned
     * on (01-08): it is assigned on the latest such day that leaves its whole course, as long as
     * its offsets make it, at least two weeks in the past.
     */
    record DemoRow(String title, String details, Source source, Category category, String leadUnit,
                   List<String> assistUnits, String owner, String leader, Status status,
                   LocalDate assignedOn, LocalDate deadline, LocalDate closedOn, String closingNote) {

        /** How far in the past a seasonal item's course ends at the latest. */
        private static final int SEASONAL_MARGIN_DAYS = 14;

        static DemoRow parse(String[] c, LocalDate today) {
            if (c.length != 14) {
                throw new IllegalStateException("demo item needs 14 columns: " + String.join(" | ", c));
            }
            List<String> assists = c[5].isBlank() ? List.of() : Arrays.asList(c[5].split("、"));
            Status status = Status.valueOf(c[8]);
            long daysAgo = Long.parseLong(c[9]);
            long deadlineAfter = daysAgo + Long.parseLong(c[10]);
            long closedAfter = status.isClosed() ? daysAgo + Long.parseLong(c[11]) : 0;
            if (!c[13].isBlank()) {
                LocalDate assignedOn = seasonal(MonthDay.parse("--" + c[13]), Math.max(deadlineAfter, closedAfter),
                        today);
                return new DemoRow(c[0], c[1], Source.valueOf(c[2]), Category.valueOf(c[3]), c[4], assists,
                        c[6], c[7].isBlank() ? null : c[7], status, assignedOn, assignedOn.plusDays(deadlineAfter),
                        status.isClosed() ? assignedOn.plusDays(closedAfter) : null,
                        status.isClosed() ? c[12] : null);
            }
            return new DemoRow(c[0], c[1], Source.valueOf(c[2]), Category.valueOf(c[3]), c[4], assists,
                    c[6], c[7].isBlank() ? null : c[7], status, workingDay(today, daysAgo),
                    today.plusDays(deadlineAfter - daysAgo),
                    status.isClosed() ? today.plusDays(closedAfter - daysAgo) : null,
                    status.isClosed() ? c[12] : null);
        }

        /** {@code daysAgo} days before today, or the Friday before when that is a weekend (offices assign on working days). */
        private static LocalDate workingDay(LocalDate today, long daysAgo) {
            LocalDate day = today.minusDays(daysAgo);
            if (daysAgo == 0) {
                return day;   // the officer is at work today, whatever the day
            }
            return switch (day.getDayOfWeek()) {
                case SATURDAY -> day.minusDays(1);
                case SUNDAY -> day.minusDays(2);
                default -> day;
            };
        }

        /** The latest {@code day} of a year whose course of {@code length} days ends two weeks before today. */
        private static LocalDate seasonal(MonthDay day, long length, LocalDate today) {
            LocalDate assigned = day.atYear(today.getYear());
            while (assigned.plusDays(length + SEASONAL_MARGIN_DAYS).isAfter(today)) {
                assigned = day.atYear(assigned.getYear() - 1);
            }
            return assigned;
        }
    }
}
