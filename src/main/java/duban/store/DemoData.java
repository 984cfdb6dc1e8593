package duban.store;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Positions;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    public DemoData(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Adds the sample units and items in one transaction, only when the file has no items. */
    public Outcome seedIfEmpty() {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            ItemStore items = new ItemStore(db, clock);
            int existing = items.countAll();
            if (existing > 0) {
                return new Outcome(false, 0, 0, existing);
            }
            Map<String, Unit> units = seedUnits(new UnitStore(db));
            LocalDate today = LocalDate.now(clock);
            Map<Status, Double> lastPosition = new EnumMap<>(Status.class);
            List<String[]> rows = readTsv("demo-items.tsv", true);
            for (String[] row : rows) {
                DemoRow demo = DemoRow.parse(row, today);
                ItemDraft draft = new ItemDraft(demo.title, demo.details, demo.source, demo.category,
                        unit(units, demo.leadUnit).id(),
                        demo.assistUnits.stream().map(name -> unit(units, name).id()).toList(),
                        demo.owner, demo.leader, demo.assignedOn, demo.deadline);
                Item created = items.create(draft);
                if (demo.status != Status.ASSIGNED) {
                    double position = Positions.after(lastPosition.get(demo.status));
                    ItemStore.Closing closing = demo.status.isClosed()
                            ? new ItemStore.Closing(demo.closedOn, demo.closingNote) : null;
                    items.move(created.id(), created.version(), demo.status, position, closing, null);
                    lastPosition.put(demo.status, position);
                }
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

    /** One line of demo-items.tsv, with its day offsets turned into dates. */
    private record DemoRow(String title, String details, Source source, Category category, String leadUnit,
                           List<String> assistUnits, String owner, String leader, Status status,
                           LocalDate assignedOn, LocalDate deadline, LocalDate closedOn, String closingNote) {

        static DemoRow parse(String[] c, LocalDate today) {
            if (c.length != 13) {
                throw new IllegalStateException("demo item needs 13 columns: " + String.join(" | ", c));
            }
            List<String> assists = c[5].isBlank() ? List.of() : Arrays.asList(c[5].split("、"));
            Status status = Status.valueOf(c[8]);
            return new DemoRow(c[0], c[1], Source.valueOf(c[2]), Category.valueOf(c[3]), c[4], assists,
                    c[6], c[7].isBlank() ? null : c[7], status,
                    today.minusDays(Long.parseLong(c[9])),
                    today.plusDays(Long.parseLong(c[10])),
                    status.isClosed() ? today.plusDays(Long.parseLong(c[11])) : null,
                    status.isClosed() ? c[12] : null);
        }
    }
}
