package duban.store;

import duban.domain.ItemDraft;
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
                ItemDraft draft = new ItemDraft(demo.title(), demo.details(), demo.source(), demo.category(),
                        unit(units, demo.leadUnit()).id(),
                        demo.assistUnits().stream().map(name -> unit(units, name).id()).toList(),
                        demo.owner(), demo.leader(), demo.assignedOn(), demo.deadline());
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
}
