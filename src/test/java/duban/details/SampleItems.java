package duban.details;

import duban.domain.Closing;
import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.UnitStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Items with a realistic history, written through the real stores on an SQLite file, for the
 * panel's tests. The store's clock is set before each write, so every event has its own time.
 */
final class SampleItems implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The day the panel is looked at. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    static final String WATER_TITLE = "县城区供水管网改造工程进度督办";
    static final String WATER_DETAILS = "按照县长批示, 年底前完成城区老旧供水管网改造 12.6 公里, "
            + "解决老城区夏季水压不足问题; 每月 25 日前报送工程进度。";
    static final String CLOSING_NOTE = "管网改造主体工程已完工, 已通水验收, 群众反映良好";

    private final SettableClock storeClock = new SettableClock(ZONE);
    private final Database database;
    private final ItemStore store;
    private final Unit housing;
    private final Unit finance;
    private final Unit land;

    SampleItems(Path folder) throws Exception {
        database = Database.open(folder.resolve("details.db"));
        store = new ItemStore(database.dsl(), storeClock);
        UnitStore units = new UnitStore(database.dsl());
        housing = units.add("县住建局", UnitKind.COUNTY_DEPARTMENT);
        finance = units.add("县财政局", UnitKind.COUNTY_DEPARTMENT);
        land = units.add("县自然资源局", UnitKind.COUNTY_DEPARTMENT);
    }

    /** Judges deadlines as of {@link #TODAY}. */
    static Deadlines deadlines() {
        return new Deadlines(Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
    }

    ItemStore store() {
        return store;
    }

    /** Sets the 操作人 in this file's 设置, as the officer does: the writes after it are signed so. */
    void nameOperator(String name) {
        duban.store.OfficeSettingsStore office = new duban.store.OfficeSettingsStore(database.dsl(), storeClock);
        office.save(office.load().withOperatorName(name));
    }

    /** The workflow records of the same file, as of {@link #TODAY}. */
    duban.store.WorkflowStore workflow() {
        return new duban.store.WorkflowStore(database.dsl(),
                Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
    }

    /**
     * Registered on 11-02, edited (deadline, leader, one more assisting unit), moved to 办理中 and
     * 待反馈, then closed on 11-20 before its deadline of 12-15.
     */
    Item closedWaterMainItem() {
        at(2026, 11, 2, 9, 5);
        Item item = store.create(new ItemDraft(WATER_TITLE, WATER_DETAILS, Source.LEADER_INSTRUCTION, Category.KEY,
                housing.id(), List.of(finance.id()), "王建国", null,
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30)));
        at(2026, 11, 5, 14, 20);
        item = store.update(item.id(), item.version(), new ItemDraft(WATER_TITLE, WATER_DETAILS,
                Source.LEADER_INSTRUCTION, Category.KEY, housing.id(), List.of(finance.id(), land.id()), "王建国",
                "李明副县长", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 15)));
        at(2026, 11, 6, 10, 15);
        item = store.move(item.id(), item.version(), Status.IN_PROGRESS, 1024, null, null);
        at(2026, 11, 18, 16, 40);
        item = store.move(item.id(), item.version(), Status.AWAITING_FEEDBACK, 1024, null, "已报送完工报告");
        at(2026, 11, 20, 11, 0);
        return store.move(item.id(), item.version(), Status.CLOSED, 1024,
                new Closing(LocalDate.of(2026, 11, 20), CLOSING_NOTE), null);
    }

    /**
     * Due 11-18, reported on 11-17, sent back (退回重办) with a reason, then moved up its column:
     * on {@link #TODAY} it is in 办理中 and three days overdue.
     */
    Item overdueSentBackItem() {
        at(2026, 11, 1, 8, 30);
        Item item = store.create(new ItemDraft("农贸市场冷链食品抽检全覆盖", "", Source.EXECUTIVE_MEETING,
                Category.URGENT, finance.id(), List.of(), "张丽", null,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 18)));
        at(2026, 11, 3, 9, 0);
        item = store.move(item.id(), item.version(), Status.IN_PROGRESS, 2048, null, null);
        at(2026, 11, 17, 15, 30);
        item = store.move(item.id(), item.version(), Status.AWAITING_FEEDBACK, 1024, null, null);
        at(2026, 11, 19, 10, 5);
        item = store.move(item.id(), item.version(), Status.IN_PROGRESS, 4096, null, "抽检台账不全, 退回重办");
        at(2026, 11, 19, 10, 6);
        return store.move(item.id(), item.version(), Status.IN_PROGRESS, 512, null, null);
    }

    /** A simple item in 交办, for tests that need a second one. */
    Item plainItem(String title) {
        at(2026, 11, 10, 9, 0);
        return store.create(new ItemDraft(title, "", Source.PETITION, Category.ROUTINE, land.id(), List.of(),
                "赵强", null, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 31)));
    }

    /** Sets the store's clock, so the next write is recorded at this local time. */
    void at(int year, int month, int day, int hour, int minute) {
        storeClock.set(LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant());
    }

    @Override
    public void close() {
        database.close();
    }

    /** A clock that stands still at whatever instant the fixture last set. */
    private static final class SettableClock extends Clock {
        private final ZoneId zone;
        private Instant now = Instant.EPOCH;

        SettableClock(ZoneId zone) {
            this.zone = zone;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            SettableClock clock = new SettableClock(other);
            clock.now = now;
            return clock;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
