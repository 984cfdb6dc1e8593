package duban.store;

import duban.domain.Category;
import duban.domain.Closing;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.domain.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * One sample item's life as an office's record shows it ({@link DemoData}), written in the order
 * it happened with each event stamped on its day through the store's own API: registered on its
 * 交办日期, signed for a day or three later, progress reports, reminders on the overdue ones, one
 * extension approved in time, one return (退回重办), the report of completion and the crossing off
 * on its 办结日期. Some 常规 items under way are left without reports, so that 进展逾期 shows.
 */
final class DemoHistory {

    private static final List<String> REPORT_TEXTS = List.of(
            "已召开专题推进会，明确任务分工和时间节点。",
            "已完成前期手续办理，正在组织实施。",
            "已完成总工作量约 60%，预计可按期完成。",
            "已形成初步方案，正在征求相关部门意见。",
            "主体工作已完成，正在整理验收材料。");

    /** One thing that happened to the item: its day, the minute of that day, and what is written. */
    private record Step(LocalDate day, int minute, LongConsumer write) {
    }

    private final ItemStore items;
    private final WorkflowStore workflow;
    private final DemoClock clock;
    private final LocalDate today;

    DemoHistory(ItemStore items, WorkflowStore workflow, DemoClock clock, LocalDate today) {
        this.items = items;
        this.workflow = workflow;
        this.clock = clock;
        this.today = today;
    }

    /** Registers the item on its 交办日期 and writes what happened to it since, oldest first. */
    void write(ItemDraft draft, DemoRow demo, int index) {
        clock.startItem(demo.assignedOn(), 9 * 60 + (index * 13) % 90);
        long itemId = items.create(draft).id();
        List<Step> steps = steps(demo, index);
        steps.sort(Comparator.comparing(Step::day).thenComparing(Step::minute));
        for (Step step : steps) {
            clock.set(step.day(), step.minute());
            step.write().accept(itemId);
        }
    }

    private List<Step> steps(DemoRow demo, int index) {
        List<Step> steps = new ArrayList<>();
        boolean open = !demo.status().isClosed();
        if (open && demo.deadline().isBefore(today)) {
            LocalDate nearDeadline = demo.deadline().minusDays(2);
            LocalDate blueOn = nearDeadline.isBefore(demo.assignedOn()) ? demo.assignedOn() : nearDeadline;
            steps.add(new Step(blueOn, 9 * 60 + 40, id -> workflow.addReminder(id, blueOn, ReminderMethod.PHONE,
                    ReminderLevel.BLUE, null)));
            LocalDate redOn = latest(blueOn, today.minusDays(index % 2));
            steps.add(new Step(redOn, 14 * 60 + 30, id -> workflow.addReminder(id, redOn,
                    ReminderMethod.SUPERVISION_NOTICE, ReminderLevel.RED,
                    "已逾期，发红色督办单，请于 3 个工作日内书面说明原因。")));
        }
        if (demo.status() == Status.ASSIGNED) {
            return steps;
        }
        // Signed for a day or three after 交办, and before it is reported done.
        LocalDate end = demo.status().isClosed() ? demo.closedOn() : today;
        LocalDate signedOn = earliest(demo.assignedOn().plusDays(1 + index % 3), end);
        steps.add(new Step(signedOn, 10 * 60, id -> moveTo(id, Status.IN_PROGRESS, null)));

        LocalDate lastReport = null;
        boolean leaveWithoutReports = demo.category() == Category.ROUTINE && demo.status() == Status.IN_PROGRESS
                && index % 3 == 0;
        if (!leaveWithoutReports) {
            LocalDate last = latest(signedOn, demo.status().isClosed() ? demo.closedOn().minusDays(2)
                    : today.minusDays(1 + index % 6));
            LocalDate first = signedOn.plusDays(Math.max(1, (last.toEpochDay() - signedOn.toEpochDay()) / 2));
            if (first.isBefore(last)) {
                steps.add(report(first, demo, REPORT_TEXTS.get(index % REPORT_TEXTS.size())));
            }
            steps.add(report(last, demo, REPORT_TEXTS.get((index + 2) % REPORT_TEXTS.size())));
            lastReport = last;
        }
        if (open && demo.category() == Category.KEY && !demo.deadline().isBefore(today) && index % 4 == 1) {
            LocalDate approved = latest(signedOn, today.minusDays(1));
            steps.add(new Step(approved, 15 * 60 + 30, id -> workflow.extend(id, items.find(id).version(),
                    demo.deadline().plusDays(30), "受征地拆迁进度影响，申请延期 30 天。", "王常务副县长", approved)));
        }
        if (demo.status() == Status.IN_PROGRESS && index % 7 == 3) {
            LocalDate reportedDone = latest(signedOn, today.minusDays(8));
            steps.add(new Step(reportedDone, 15 * 60, id -> moveTo(id, Status.AWAITING_FEEDBACK, null)));
            steps.add(new Step(earliest(reportedDone.plusDays(2), today), 15 * 60 + 20, id -> items.sendBack(id,
                    items.find(id).version(), null, null, "报送材料缺少验收意见，退回补充。")));
        }
        if (demo.status() == Status.AWAITING_FEEDBACK || demo.status().isClosed()) {
            LocalDate reportedDone = demo.status().isClosed() ? latest(signedOn, demo.closedOn().minusDays(1))
                    : lastReport != null ? lastReport : latest(signedOn, today.minusDays(2));
            steps.add(new Step(reportedDone, 15 * 60 + 10, id -> moveTo(id, Status.AWAITING_FEEDBACK, null)));
        }
        if (demo.status().isClosed()) {
            steps.add(new Step(demo.closedOn(), 16 * 60 + 30, id -> moveTo(id, Status.CLOSED,
                    new Closing(demo.closedOn(), demo.closingNote()))));
        }
        return steps;
    }

    private Step report(LocalDate day, DemoRow demo, String text) {
        return new Step(day, 11 * 60, id -> workflow.addReport(id, day, demo.owner(), text));
    }

    /** Moves the item to the bottom of {@code to}, as a drop on the board does. */
    private void moveTo(long itemId, Status to, Closing closing) {
        Item current = items.find(itemId);
        items.moveBetween(itemId, current.version(), to, null, null, closing, null);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
