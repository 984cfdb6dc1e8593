package duban.units;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemActivity;
import duban.domain.ReminderLevel;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.testing.TestItems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The fixed data set the 单位统计 tests compute by hand: 15 items of 4 units, today 2026-11-21,
 * 临期 within 3 days. Each item says in its comment what it is for the figures.
 */
final class FixedBoard {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Deadlines DEADLINES = new Deadlines(Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
    private static final OffsetDateTime STAMP = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    static final Unit FINANCE = new Unit(1, "县财政局", UnitKind.COUNTY_DEPARTMENT, 10);
    static final Unit WATER = new Unit(2, "县水利局", UnitKind.COUNTY_DEPARTMENT, 20);
    static final Unit TOWN = new Unit(3, "城关镇", UnitKind.TOWNSHIP, 30);
    static final Unit LABOUR = new Unit(4, "县人力资源和社会保障局", UnitKind.COUNTY_DEPARTMENT, 40);

    private FixedBoard() {
    }

    static List<Item> items() {
        return List.of(
                // 县财政局
                // 1: closed on time (03-28 ≤ 04-01), 1 reminder.
                item(1, "预算执行情况核查", FINANCE, Source.LEADER_INSTRUCTION, "2026-03-02", "2026-04-01")
                        .closed("2026-03-28").reminders(1).build(),
                // 2: closed late (06-20 > 06-10), 2 reminders.
                item(2, "政府债务风险排查", FINANCE, Source.EXECUTIVE_MEETING, "2026-05-10", "2026-06-10")
                        .closed("2026-06-20").reminders(2).build(),
                // 3: open, deadline 11-10 passed: 逾期; 3 reminders.
                item(3, "惠民资金发放核查", FINANCE, Source.LEADER_INSTRUCTION, "2026-10-08", "2026-11-10")
                        .status(Status.IN_PROGRESS).reminders(3).build(),
                // 4: open, due 12-31: normal. 县水利局 assists.
                item(4, "国有资产清查", FINANCE, Source.WORK_REPORT, "2026-09-01", "2026-12-31")
                        .status(Status.ASSIGNED).assist(WATER).build(),

                // 县水利局
                // 5: extended in time (approved 06-25, before 07-01) to 07-31, closed 07-20: on time.
                item(5, "防汛物资储备检查", WATER, Source.LEADER_INSTRUCTION, "2026-06-01", "2026-07-01")
                        .extended("2026-07-31", "2026-07-31", 1).closed("2026-07-20").build(),
                // 6: extended late (approved 08-05, after 08-01) to 09-01: assessed against 08-01;
                //    closed 08-20: late although within the new deadline. 1 reminder.
                item(6, "河道采砂专项整治", WATER, Source.HIGHER_LEVEL, "2026-07-01", "2026-08-01")
                        .extended("2026-09-01", "2026-08-01", 1).closed("2026-08-20").reminders(1).build(),
                // 7: open, due 11-23 (2 days): 临期. 县财政局 and 城关镇 assist. 1 reminder.
                item(7, "群众反映饮水问题", WATER, Source.PETITION, "2026-10-20", "2026-11-23")
                        .status(Status.AWAITING_FEEDBACK).assist(FINANCE, TOWN).reminders(1).build(),
                // 8: withdrawn: never counts, nor its 2 reminders.
                item(8, "重复登记的水库巡查", WATER, Source.EXECUTIVE_MEETING, "2026-04-15", "2026-05-15")
                        .status(Status.IN_PROGRESS).withdrawn().reminders(2).build(),

                // 城关镇
                // 9: closed on time (03-05 ≤ 03-10).
                item(9, "农贸市场环境整治", TOWN, Source.LEADER_INSTRUCTION, "2026-02-10", "2026-03-10")
                        .closed("2026-03-05").build(),
                // 10: extended twice in time (11-01 → 11-10 → 11-20), open: the working deadline 11-20
                //     has passed: 逾期. 2 extensions, 2 reminders.
                item(10, "老街立面改造", TOWN, Source.OTHER, "2026-08-15", "2026-11-01")
                        .extended("2026-11-20", "2026-11-20", 2).status(Status.IN_PROGRESS).reminders(2).build(),
                // 11: open, due 2027-01-31: normal. 县人社局 assists.
                item(11, "背街小巷路灯安装", TOWN, Source.WORK_REPORT, "2026-09-10", "2027-01-31")
                        .status(Status.IN_PROGRESS).assist(LABOUR).build(),

                // 县人力资源和社会保障局
                // 12: closed on time (04-10 ≤ 04-15).
                item(12, "关于加强技能培训的提案", LABOUR, Source.CPPCC_PROPOSAL, "2026-01-15", "2026-04-15")
                        .closed("2026-04-10").build(),
                // 13: closed late (06-01 > 05-20), 1 reminder.
                item(13, "关于稳定就业的建议", LABOUR, Source.NPC_SUGGESTION, "2026-02-20", "2026-05-20")
                        .closed("2026-06-01").reminders(1).build(),
                // 14: open, deadline 11-15 passed: 逾期; 1 reminder.
                item(14, "农民工工资支付检查", LABOUR, Source.LEADER_INSTRUCTION, "2026-11-01", "2026-11-15")
                        .status(Status.IN_PROGRESS).reminders(1).build(),
                // 15: open, due 11-24 (3 days, the threshold itself): 临期.
                item(15, "群众反映社保转移问题", LABOUR, Source.PETITION, "2026-11-18", "2026-11-24")
                        .status(Status.ASSIGNED).build());
    }

    static Builder item(long id, String title, Unit lead, Source source, String assignedOn, String deadline) {
        return new Builder(id, title, lead, source, LocalDate.parse(assignedOn), LocalDate.parse(deadline));
    }

    /** Builds an item with the record constructor, as the store would return it. */
    static final class Builder {
        private final long id;
        private final String title;
        private final Unit lead;
        private final Source source;
        private final LocalDate assignedOn;
        private final LocalDate deadline;
        private Status status = Status.IN_PROGRESS;
        private List<Unit> assist = List.of();
        private LocalDate closedOn;
        private boolean withdrawn;
        private LocalDate workingDeadline;
        private LocalDate assessedDeadline;
        private int extensions;
        private int reminders;

        private Builder(long id, String title, Unit lead, Source source, LocalDate assignedOn, LocalDate deadline) {
            this.id = id;
            this.title = title;
            this.lead = lead;
            this.source = source;
            this.assignedOn = assignedOn;
            this.deadline = deadline;
        }

        Builder status(Status value) { status = value; return this; }
        Builder assist(Unit... units) { assist = List.of(units); return this; }
        Builder withdrawn() { withdrawn = true; return this; }
        Builder reminders(int count) { reminders = count; return this; }

        Builder closed(String on) {
            status = Status.CLOSED;
            closedOn = LocalDate.parse(on);
            return this;
        }

        /** As the store keeps it: the newest deadline, the one assessed (see Extension.assessedDeadline), the count. */
        Builder extended(String working, String assessed, int count) {
            workingDeadline = LocalDate.parse(working);
            assessedDeadline = LocalDate.parse(assessed);
            extensions = count;
            return this;
        }

        Item build() {
            ItemActivity activity = new ItemActivity(0, null, reminders,
                    reminders == 0 ? null : ReminderLevel.BLUE, extensions);
            return TestItems.item(id, title).status(status).source(source).lead(lead).assist(assist)
                    .assignedOn(assignedOn).deadline(deadline).closedOn(closedOn).withdrawn(withdrawn, "重复登记")
                    .stamp(STAMP).deadlines(workingDeadline, assessedDeadline).activity(activity).build();
        }
    }
}
