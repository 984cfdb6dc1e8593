import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.store.Database;
import duban.store.DemoData;
import duban.store.ItemStore;
import duban.store.UnitStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * What every fixture writer shares: the clock, the item work that every schema version offers
 * (version 1's units, items, edits, moves, closing, withdrawals, a restore) and the final VACUUM.
 * Compiled against the classes of the release that writes the fixture, so it uses only what
 * version 1 already had.
 */
final class FixtureSupport {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private FixtureSupport() {
    }

    /** What a writer does on the open file after the demo data, with the release's classes. */
    interface Work {
        void on(Database database, Clock clock) throws Exception;
    }

    /**
     * Writes the file {@code args[0]} afresh with a clock starting at {@code args[1]}: the release's
     * demo data, then {@code work}; the release closes the file, then it is vacuumed.
     */
    static void write(String[] args, Work work) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        Files.deleteIfExists(file);
        Clock clock = new SteppingClock(Instant.parse(args[1]), ZONE);
        try (Database database = Database.open(file)) {
            if (!new DemoData(database.dsl(), clock).seedIfEmpty().seeded()) {
                throw new IllegalStateException("the demo data was not written");
            }
            work.on(database, clock);
            ItemStore items = new ItemStore(database.dsl(), clock);
            System.out.println("items: " + items.countAll() + ", on the board: " + items.loadBoard().size());
        }
        vacuum(file);
    }

    /** Every reading of the clock moves it on by a few seconds, so no two events share a time. */
    static final class SteppingClock extends Clock {
        private final ZoneId zone;
        private Instant now;

        SteppingClock(Instant start, ZoneId zone) {
            this.now = start;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new SteppingClock(now, other);
        }

        @Override
        public synchronized Instant instant() {
            Instant read = now;
            now = now.plus(Duration.ofMillis(7_313));
            return read;
        }
    }

    /** The item work of version 1, on the demo data; returns the item with the awkward text. */
    static Item itemWork(ItemStore items, UnitStore units, Clock clock) throws Exception {
        LocalDate today = LocalDate.now(clock);
        Unit newUnit = units.add("县数据资源局", UnitKind.COUNTY_DEPARTMENT);
        Unit town = units.all().stream().filter(u -> u.kind() == UnitKind.TOWNSHIP).findFirst().orElseThrow();
        Item odd = createAwkward(items, newUnit, town, today);

        Item assigned = first(items.loadBoard(), Status.ASSIGNED, 0);
        Item edited = items.update(assigned.id(), assigned.version(), new ItemDraft(assigned.title() + " (调整)",
                assigned.details() + " 补充要求: 每周报送进度。", assigned.source(), Category.KEY,
                assigned.leadUnit().id(), List.of(newUnit.id()), assigned.owner(), "张县长",
                assigned.assignedOn(), assigned.deadline().plusDays(10)));
        items.moveBetween(edited.id(), edited.version(), Status.IN_PROGRESS, null,
                first(items.loadBoard(), Status.IN_PROGRESS, 0).id(), null, "开始办理");

        Item feedback = first(items.loadBoard(), Status.AWAITING_FEEDBACK, 0);
        close(items, feedback, today.minusDays(1), "已完成整改, 经核查验收合格。");

        Item inProgress = first(items.loadBoard(), Status.IN_PROGRESS, 2);
        items.moveBetween(inProgress.id(), inProgress.version(), Status.AWAITING_FEEDBACK, null, null, null, null);

        Item mistaken = first(items.loadBoard(), Status.ASSIGNED, 1);
        items.withdraw(mistaken.id(), mistaken.version(), "重复交办, 与第 3 号事项合并办理。");

        Item current = items.find(odd.id());
        Item gone = items.withdraw(current.id(), current.version(), "误撤销");
        Item back = items.restore(gone.id(), gone.version(), "撤销有误, 恢复督办。");
        Item moved = items.moveBetween(back.id(), back.version(), Status.IN_PROGRESS, null, null, null, null);

        items.rebalance(Status.IN_PROGRESS);
        return moved;
    }

    /**
     * Closes {@code item} into 办结销号. The closing's type moved from {@code ItemStore.Closing}
     * (schema versions 1 to 3) to {@code duban.domain.Closing} (version 4), so it is looked up by
     * name: one writer serves every release.
     */
    private static void close(ItemStore items, Item item, LocalDate closedOn, String note) throws Exception {
        Class<?> closingType;
        try {
            closingType = Class.forName("duban.domain.Closing");
        } catch (ClassNotFoundException older) {
            closingType = Class.forName("duban.store.ItemStore$Closing");
        }
        Object closing = closingType.getConstructor(LocalDate.class, String.class).newInstance(closedOn, note);
        ItemStore.class.getMethod("moveBetween", long.class, int.class, Status.class, Long.class, Long.class,
                        closingType, String.class)
                .invoke(items, item.id(), item.version(), Status.CLOSED, null, null, closing, null);
    }

    /**
     * Text that a careless migration or export would mangle: quotes, commas, a newline, an emoji, a
     * CJK extension B character, a leading '='. A release that refuses a 责任人 starting with '='
     * (spreadsheet injection) gets a plain one; the older files keep theirs.
     */
    private static Item createAwkward(ItemStore items, Unit lead, Unit assist, LocalDate today) {
        String title = "\"智慧城市\", 一期验收 🚩 𠀀";
        String details = "第一行\n第二行, 含 '引号' 与 =1+1";
        try {
            return items.create(new ItemDraft(title, details, Source.OTHER, Category.URGENT, lead.id(),
                    List.of(assist.id()), "=李四", "王副县长", today.minusDays(3), today.plusDays(12)));
        } catch (IllegalArgumentException refused) {
            return items.create(new ItemDraft(title, details, Source.OTHER, Category.URGENT, lead.id(),
                    List.of(assist.id()), "李四", "王副县长", today.minusDays(3), today.plusDays(12)));
        }
    }

    /** The {@code index}-th card of {@code column}, top first. */
    static Item first(List<Item> board, Status column, int index) {
        return board.stream().filter(item -> item.status() == column)
                .sorted(Comparator.comparingDouble(Item::position)).skip(index).findFirst().orElseThrow();
    }

    /** Makes the file as small as its content (the fixture is committed); the rows stay as written. */
    private static void vacuum(Path file) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.execute("VACUUM");
        }
    }
}
