package duban.store;

import duban.domain.Closing;
import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Positions;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
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

    /** Adds the sample units and items in one transaction, only when the file has no items. */
    public Outcome seedIfEmpty() {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            ItemStore items = new ItemStore(db, clock, operator);
            int existing = items.countAll();
            if (existing > 0) {
                return new Outcome(false, 0, 0, existing);
            }
            Map<String, Unit> units = seedUnits(new UnitStore(db));
            LocalDate today = LocalDate.now(clock);
            Map<Status, Double> lastPosition = new EnumMap<>(Status.class);
            List<String[]> rows = readTsv("demo-items.tsv", true);
            WorkflowStore workflow = new WorkflowStore(db, clock, operator);
            int index = 0;
            for (String[] row : rows) {
                DemoRow demo = DemoRow.parse(row, today);
                ItemDraft draft = new ItemDraft(demo.title, demo.details, demo.source, demo.category,
                        unit(units, demo.leadUnit).id(),
                        demo.assistUnits.stream().map(name -> unit(units, name).id()).toList(),
                        demo.owner, demo.leader, demo.assignedOn, demo.deadline);
                Item created = items.create(draft);
                if (demo.status != Status.ASSIGNED) {
                    double position = Positions.after(lastPosition.get(demo.status));
                    Closing closing = demo.status.isClosed()
                            ? new Closing(demo.closedOn, demo.closingNote) : null;
                    items.move(created.id(), created.version(), demo.status, position, closing, null);
                    lastPosition.put(demo.status, position);
                }
                addWorkflow(items, workflow, created.id(), demo, today, index++);
            }
            return new Outcome(true, units.size(), rows.size(), 0);
        });
    }

    private static final List<String> REPORT_TEXTS = List.of(
            "已召开专题推进会，明确任务分工和时间节点。",
            "已完成前期手续办理，正在组织实施。",
            "已完成总工作量约 60%，预计可按期完成。",
            "已形成初步方案，正在征求相关部门意见。",
            "主体工作已完成，正在整理验收材料。");

    /**
     * What an office's record shows around its items: progress reports on most items under way
     * (some 常规 items left without, so that 进展逾期 shows), reminders on the overdue ones, one
     * extension approved in time, and one item sent back once.
     */
    private static void addWorkflow(ItemStore items, WorkflowStore workflow, long itemId, DemoRow demo, LocalDate today,
                                    int index) {
        boolean open = !demo.status.isClosed();
        if (open && demo.deadline.isBefore(today)) {
            workflow.addReminder(itemId, demo.deadline.minusDays(2).isBefore(demo.assignedOn)
                    ? demo.assignedOn : demo.deadline.minusDays(2), ReminderMethod.PHONE, ReminderLevel.BLUE, null);
            workflow.addReminder(itemId, today.minusDays(index % 2), ReminderMethod.SUPERVISION_NOTICE,
                    ReminderLevel.RED, "已逾期，发红色督办单，请于 3 个工作日内书面说明原因。");
        }
        if (demo.status == Status.ASSIGNED) {
            return;
        }
        boolean leaveWithoutReports = demo.category == Category.ROUTINE && demo.status == Status.IN_PROGRESS
                && index % 3 == 0;
        if (!leaveWithoutReports) {
            LocalDate last = demo.status.isClosed() ? demo.closedOn.minusDays(2) : today.minusDays(1 + index % 6);
            LocalDate first = demo.assignedOn.plusDays(Math.max(1, (last.toEpochDay() - demo.assignedOn.toEpochDay()) / 2));
            if (first.isBefore(last)) {
                workflow.addReport(itemId, first, demo.owner, REPORT_TEXTS.get(index % REPORT_TEXTS.size()));
            }
            if (!last.isBefore(demo.assignedOn)) {
                workflow.addReport(itemId, last, demo.owner, REPORT_TEXTS.get((index + 2) % REPORT_TEXTS.size()));
            }
        }
        Item current = items.find(itemId);
        if (open && demo.category == Category.KEY && !demo.deadline.isBefore(today) && index % 4 == 1) {
            LocalDate approved = today.isAfter(demo.deadline) ? demo.deadline : today.minusDays(1);
            if (!approved.isBefore(demo.assignedOn)) {
                workflow.extend(itemId, current.version(), demo.deadline.plusDays(30),
                        "受征地拆迁进度影响，申请延期 30 天。", "王常务副县长", approved);
                current = items.find(itemId);
            }
        }
        if (demo.status == Status.IN_PROGRESS && index % 7 == 3) {
            Item inFeedback = items.moveBetween(itemId, current.version(), Status.AWAITING_FEEDBACK, null, null,
                    null, null);
            items.sendBack(itemId, inFeedback.version(), null, null, "报送材料缺少验收意见，退回补充。");
        }
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
