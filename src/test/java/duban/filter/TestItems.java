package duban.filter;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Items and units for the filter tests, built in memory: the filter never needs a store. */
final class TestItems {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 10, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    static final Unit FINANCE = new Unit(1, "县财政局", UnitKind.COUNTY_DEPARTMENT, 10);
    static final Unit HOUSING = new Unit(2, "县住房和城乡建设局", UnitKind.COUNTY_DEPARTMENT, 20);
    static final Unit WATER = new Unit(3, "县水利局", UnitKind.COUNTY_DEPARTMENT, 30);
    static final Unit TOWN = new Unit(4, "城关镇", UnitKind.TOWNSHIP, 5);

    private TestItems() {
    }

    /** A fluent builder with a plain open item as its starting point. */
    static Builder item(long id, String title) {
        return new Builder(id, title);
    }

    static final class Builder {
        private final long id;
        private final String title;
        private String details = "";
        private Status status = Status.IN_PROGRESS;
        private Source source = Source.LEADER_INSTRUCTION;
        private Category category = Category.ROUTINE;
        private Unit leadUnit = WATER;
        private List<Unit> assistUnits = List.of();
        private String owner = "张伟";
        private String leader;
        private LocalDate deadline = TODAY.plusDays(30);
        private LocalDate closedOn;
        private boolean withdrawn;

        private Builder(long id, String title) {
            this.id = id;
            this.title = title;
        }

        Builder details(String value) { details = value; return this; }
        Builder source(Source value) { source = value; return this; }
        Builder category(Category value) { category = value; return this; }
        Builder lead(Unit value) { leadUnit = value; return this; }
        Builder assist(Unit... values) { assistUnits = List.of(values); return this; }
        Builder owner(String value) { owner = value; return this; }
        Builder leader(String value) { leader = value; return this; }
        Builder deadline(LocalDate value) { deadline = value; return this; }
        Builder withdrawn() { withdrawn = true; return this; }

        Builder closed(LocalDate on) {
            status = Status.CLOSED;
            closedOn = on;
            return this;
        }

        Item build() {
            return new Item(id, title, details, status, id * 1024.0, source, category, leadUnit, assistUnits,
                    owner, leader, TODAY.minusDays(40), deadline, closedOn, closedOn == null ? null : "已办结",
                    withdrawn, withdrawn ? "重复登记" : null, CREATED, CREATED, 1);
        }
    }
}
