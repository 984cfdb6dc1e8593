package duban.workflow;

import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemActivity;
import duban.domain.ReminderLevel;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.testing.TestItems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Items for the workflow tests, built by hand with only what a test cares about, and a clock
 * fixed on Saturday 2026-11-21 in the afternoon.
 */
final class WorkflowItems {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Clock CLOCK = clockOn(TODAY);
    static final Unit WATER = new Unit(1, "县水利局", UnitKind.COUNTY_DEPARTMENT, 1);
    private static final OffsetDateTime STAMP = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private WorkflowItems() {
    }

    static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(16, 45).atZone(ZONE).toInstant(), ZONE);
    }

    static Deadlines deadlines() {
        return new Deadlines(CLOCK);
    }

    /** An item under construction: in 办理中, 常规, assigned 2026-11-02, due 2026-11-30, never reported or chased. */
    static Builder item(long id, String title) {
        return new Builder(id, title);
    }

    /** A builder with withers, so each test states only what matters to it. */
    static final class Builder {
        private final long id;
        private final String title;
        private Status status = Status.IN_PROGRESS;
        private Category category = Category.ROUTINE;
        private Unit unit = WATER;
        private String owner = "张建华";
        private String leader;
        private LocalDate assignedOn = LocalDate.of(2026, 11, 2);
        private LocalDate deadline = LocalDate.of(2026, 11, 30);
        private LocalDate workingDeadline;
        private LocalDate assessedDeadline;
        private LocalDate closedOn;
        private boolean withdrawn;
        private int reportCount;
        private LocalDate lastReportOn;
        private int reminderCount;
        private ReminderLevel lastLevel;
        private int extensionCount;

        private Builder(long id, String title) {
            this.id = id;
            this.title = title;
        }

        Builder status(Status value) {
            status = value;
            return this;
        }

        Builder category(Category value) {
            category = value;
            return this;
        }

        Builder unit(String name) {
            unit = new Unit(id + 100, name, UnitKind.COUNTY_DEPARTMENT, (int) id);
            return this;
        }

        Builder owner(String value) {
            owner = value;
            return this;
        }

        Builder leader(String value) {
            leader = value;
            return this;
        }

        Builder assignedOn(LocalDate value) {
            assignedOn = value;
            return this;
        }

        Builder deadline(LocalDate value) {
            deadline = value;
            return this;
        }

        /** Extended to {@code working}; assessed against {@code assessed} (null: the original). */
        Builder extendedTo(LocalDate working, LocalDate assessed) {
            workingDeadline = working;
            assessedDeadline = assessed;
            extensionCount++;
            return this;
        }

        Builder closedOn(LocalDate value) {
            status = Status.CLOSED;
            closedOn = value;
            return this;
        }

        Builder withdrawn() {
            withdrawn = true;
            return this;
        }

        Builder lastReportOn(LocalDate value) {
            reportCount = Math.max(1, reportCount);
            lastReportOn = value;
            return this;
        }

        Builder reminded(int count, ReminderLevel last) {
            reminderCount = count;
            lastLevel = last;
            return this;
        }

        Item build() {
            return TestItems.item(id, title).status(status).category(category).lead(unit).owner(owner).leader(leader)
                    .assignedOn(assignedOn).deadline(deadline).closedOn(closedOn).withdrawn(withdrawn, "误登")
                    .stamp(STAMP).version(4).deadlines(workingDeadline, assessedDeadline)
                    .activity(new ItemActivity(reportCount, lastReportOn, reminderCount, lastLevel, extensionCount))
                    .build();
        }
    }
}
