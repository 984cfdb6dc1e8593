package duban.testing;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemActivity;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Builds {@link Item}s in memory for tests: a fluent builder whose starting point is a plain open
 * item, so that a test names only the fields it is about. Items from a store come from the store.
 */
public final class TestItems {

    /** The day the builder's default dates are counted from: 2026-11-21, a Saturday. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    /** Four units of a county, with their ids and sort orders. */
    public static final Unit FINANCE = new Unit(1, "县财政局", UnitKind.COUNTY_DEPARTMENT, 10);
    public static final Unit HOUSING = new Unit(2, "县住房和城乡建设局", UnitKind.COUNTY_DEPARTMENT, 20);
    public static final Unit WATER = new Unit(3, "县水利局", UnitKind.COUNTY_DEPARTMENT, 30);
    public static final Unit TOWN = new Unit(4, "城关镇", UnitKind.TOWNSHIP, 5);

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 10, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private TestItems() {
    }

    /**
     * An open item 进行中 in {@link #WATER}, assigned 40 days before {@link #TODAY} and due 30 days
     * after it, at position {@code id × 1024}, version 1; change what the test is about.
     */
    public static Builder item(long id, String title) {
        return new Builder(id, title);
    }

    /** Item 1, assigned 30 days before {@code deadline}: for tests about deadlines only. */
    public static Builder dueOn(LocalDate deadline) {
        return item(1, "测试事项").assignedOn(deadline.minusDays(30)).deadline(deadline);
    }

    /** An open item in {@code status} due on {@code deadline}. */
    public static Item open(Status status, LocalDate deadline) {
        return dueOn(deadline).status(status).build();
    }

    /** A closed item due on {@code deadline}, closed on {@code closedOn}. */
    public static Item closed(LocalDate deadline, LocalDate closedOn) {
        return dueOn(deadline).closed(closedOn).build();
    }

    /** A builder starting from {@code item}'s fields. */
    public static Builder from(Item item) {
        return new Builder(item.id(), item.title()).details(item.details()).status(item.status())
                .position(item.position()).source(item.source()).category(item.category()).lead(item.leadUnit())
                .assist(item.assistUnits()).owner(item.owner()).leader(item.leader()).assignedOn(item.assignedOn())
                .deadline(item.deadline()).closedOn(item.closedOn()).closingNote(item.closingNote())
                .withdrawn(item.withdrawn(), item.withdrawnReason()).stamps(item.createdAt(), item.updatedAt())
                .version(item.version()).deadlines(item.workingDeadline(), item.assessedDeadline())
                .returns(item.returnCount()).activity(item.activity());
    }

    /** The item under construction; every setter returns the builder. */
    public static final class Builder {
        private final long id;
        private String title;
        private String details = "";
        private Status status = Status.IN_PROGRESS;
        private double position;
        private Source source = Source.LEADER_INSTRUCTION;
        private Category category = Category.ROUTINE;
        private Unit leadUnit = WATER;
        private List<Unit> assistUnits = List.of();
        private String owner = "张伟";
        private String leader;
        private LocalDate assignedOn = TODAY.minusDays(40);
        private LocalDate deadline = TODAY.plusDays(30);
        private LocalDate closedOn;
        private String closingNote;
        private boolean closingNoteSet;
        private boolean withdrawn;
        private String withdrawnReason;
        private OffsetDateTime createdAt = CREATED;
        private OffsetDateTime updatedAt = CREATED;
        private int version = 1;
        private LocalDate workingDeadline;
        private LocalDate assessedDeadline;
        private int returnCount;
        private ItemActivity activity = ItemActivity.NONE;

        private Builder(long id, String title) {
            this.id = id;
            this.title = title;
            this.position = id * 1024.0;
        }

        public Builder title(String value) { title = value; return this; }
        public Builder details(String value) { details = value; return this; }
        public Builder status(Status value) { status = value; return this; }
        public Builder position(double value) { position = value; return this; }
        public Builder source(Source value) { source = value; return this; }
        public Builder category(Category value) { category = value; return this; }
        public Builder lead(Unit value) { leadUnit = value; return this; }
        public Builder assist(Unit... values) { assistUnits = List.of(values); return this; }
        public Builder assist(List<Unit> values) { assistUnits = values; return this; }
        public Builder owner(String value) { owner = value; return this; }
        public Builder leader(String value) { leader = value; return this; }
        public Builder assignedOn(LocalDate value) { assignedOn = value; return this; }
        public Builder deadline(LocalDate value) { deadline = value; return this; }
        public Builder version(int value) { version = value; return this; }
        public Builder returns(int value) { returnCount = value; return this; }
        public Builder activity(ItemActivity value) { activity = value; return this; }

        /** 办结销号 on {@code on}, with the note 已办结 unless the test sets another. */
        public Builder closed(LocalDate on) {
            status = Status.CLOSED;
            closedOn = on;
            return this;
        }

        /** The closing date alone, the status left as it is (null: not closed). */
        public Builder closedOn(LocalDate on) { closedOn = on; return this; }

        /** The closing note; without this a closed item's note is 已办结. */
        public Builder closingNote(String value) {
            closingNote = value;
            closingNoteSet = true;
            return this;
        }

        /** 撤销 with the reason 重复登记. */
        public Builder withdrawn() { return withdrawn(true, "重复登记"); }

        public Builder withdrawn(boolean value, String reason) {
            withdrawn = value;
            withdrawnReason = value ? reason : null;
            return this;
        }

        /** Created and last changed at {@code at}. */
        public Builder stamp(OffsetDateTime at) { return stamps(at, at); }

        public Builder stamps(OffsetDateTime created, OffsetDateTime updated) {
            createdAt = created;
            updatedAt = updated;
            return this;
        }

        /** As the store keeps an extended item: the newest deadline and the one assessed. */
        public Builder deadlines(LocalDate working, LocalDate assessed) {
            workingDeadline = working;
            assessedDeadline = assessed;
            return this;
        }

        public Item build() {
            String note = closingNoteSet ? closingNote : closedOn == null ? null : "已办结";
            return new Item(id, title, details, status, position, source, category, leadUnit, assistUnits, owner,
                    leader, assignedOn, deadline, closedOn, note, withdrawn, withdrawnReason, createdAt, updatedAt,
                    version, workingDeadline, assessedDeadline, returnCount, activity);
        }
    }
}
