package duban.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Builds {@link Item}s for tests with only the fields a test cares about. */
public final class TestItems {

    static final Unit UNIT = new Unit(1, "县水利局", UnitKind.COUNTY_DEPARTMENT, 1);
    private static final OffsetDateTime STAMP = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private TestItems() {
    }

    public static Item open(Status status, LocalDate deadline) {
        return item(status, deadline, null, false);
    }

    static Item closed(LocalDate deadline, LocalDate closedOn) {
        return item(Status.CLOSED, deadline, closedOn, false);
    }

    static Item item(Status status, LocalDate deadline, LocalDate closedOn, boolean withdrawn) {
        return new Item(1, "测试事项", "", status, Positions.STEP, Source.OTHER, Category.ROUTINE, UNIT, List.of(),
                "张三", null, deadline.minusDays(30), deadline, closedOn,
                closedOn == null ? null : "已办结", withdrawn, withdrawn ? "误登" : null, STAMP, STAMP, 1);
    }
}
