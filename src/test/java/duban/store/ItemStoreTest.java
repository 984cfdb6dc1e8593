package duban.store;

import duban.domain.Closing;
import duban.domain.ItemNotFoundException;

import duban.domain.ConcurrentChangeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import duban.domain.Category;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ItemEvent;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.testing.MovableClock;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jooq.exception.DataAccessException;
import org.jooq.tools.json.JSONParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ItemStore} and {@link UnitStore} on a real SQLite file (and, through {@link ItemStoreOnServerTest}, on a
 * PostgreSQL server): round trips, history, optimistic locking, atomicity.
 */
class ItemStoreTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final String ISO_TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}([+-]\\d\\d:\\d\\d|Z)";
    /** A time with sub-millisecond digits, which the store must cut to milliseconds. */
    private static final ZonedDateTime START = ZonedDateTime.of(2026, 11, 21, 10, 15, 30, 123_456_789, SHANGHAI);

    @TempDir
    Path dir;

    MovableClock clock;
    Database db;
    ItemStore store;
    Unit water;
    private Unit town;
    private Unit finance;
    private Unit power;

    @BeforeEach
    void open() throws Exception {
        clock = new MovableClock(START.toInstant(), SHANGHAI);
        db = where().open(dir, "items");
        store = new ItemStore(db.dsl(), clock);
        UnitStore units = new UnitStore(db.dsl());
        water = units.add("县水利局", UnitKind.COUNTY_DEPARTMENT);
        town = units.add("青石镇", UnitKind.TOWNSHIP);
        finance = units.add("县财政局", UnitKind.COUNTY_DEPARTMENT);
        power = units.add("县供电公司", UnitKind.OTHER);
    }

    @AfterEach
    void close() {
        TestDatabase.discard(db);
    }

    /** Where the database lives: a file here, the server in {@link ItemStoreOnServerTest}. */
    TestDatabase where() {
        return TestDatabase.FILE;
    }

    // ---- create and read ------------------------------------------------------------------

    @Test
    void createThenFindRoundTripsEveryField() {
        ItemDraft draft = new ItemDraft("  青石镇供水主管爆管抢修  ", "  约1200户停水, 7日内恢复。 ", Source.LEADER_INSTRUCTION,
                Category.URGENT, water.id(), List.of(town.id(), finance.id()), " 周建平 ", "   ",
                TODAY.minusDays(3), TODAY.plusDays(4));

        Item created = store.create(draft);
        Item found = store.find(created.id());

        assertThat(found).isEqualTo(created);
        assertThat(found.id()).isPositive();
        assertThat(found.title()).isEqualTo("青石镇供水主管爆管抢修");
        assertThat(found.details()).isEqualTo("约1200户停水, 7日内恢复。");
        assertThat(found.source()).isEqualTo(Source.LEADER_INSTRUCTION);
        assertThat(found.category()).isEqualTo(Category.URGENT);
        assertThat(found.leadUnit()).isEqualTo(water);
        assertThat(found.assistUnits()).containsExactlyInAnyOrder(town, finance);
        assertThat(found.owner()).isEqualTo("周建平");
        assertThat(found.leader()).as("a blank leader is stored as null").isNull();
        assertThat(found.leaderName()).isEmpty();
        assertThat(found.assignedOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(found.deadline()).isEqualTo(TODAY.plusDays(4));
        assertThat(found.closedOn()).isNull();
        assertThat(found.closingNote()).isNull();
        assertThat(found.withdrawn()).isFalse();
        assertThat(found.withdrawnReason()).isNull();
        assertThat(found.status()).isEqualTo(Status.ASSIGNED);
        assertThat(found.version()).isEqualTo(1);
        OffsetDateTime expected = START.toOffsetDateTime().truncatedTo(ChronoUnit.MILLIS);
        assertThat(found.createdAt()).isEqualTo(expected);
        assertThat(found.updatedAt()).isEqualTo(found.createdAt());
    }

    @Test
    void aLeaderIsStoredTrimmed() {
        Item item = store.create(draft("事项", water, List.of()).withLeader("  刘副县长 "));
        assertThat(store.find(item.id()).leader()).isEqualTo("刘副县长");
        assertThat(store.find(item.id()).leaderName()).contains("刘副县长");
    }

    @Test
    void aSecondItemGoesBelowTheFirstInAssigned() {
        Item first = store.create(draft("第一件", water, List.of()).build());
        Item second = store.create(draft("第二件", town, List.of()).build());

        assertThat(second.status()).isEqualTo(Status.ASSIGNED);
        assertThat(second.position()).isGreaterThan(first.position());
        assertThat(store.loadBoard()).extracting(Item::title).containsExactly("第一件", "第二件");
    }

    @Test
    void findOfAMissingItemFails() {
        assertThatThrownBy(() -> store.find(42)).isInstanceOf(ItemNotFoundException.class).hasMessageContaining("42");
    }

    @Test
    void theMissingItemMessageShowsThePlainId() {
        assertThatThrownBy(() -> store.find(4242)).isInstanceOf(ItemNotFoundException.class)
                .hasMessage("编号为 4242 的督办事项不存在。");
    }

    @Test
    void datesAndTimestampsAreStoredAsIsoText() throws Exception {
        Item item = store.create(draft("事项", water, List.of()).dates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
        clock.advance(Duration.ofSeconds(61));
        store.move(item.id(), 1, Status.CLOSED, 1024, new Closing(LocalDate.of(2026, 12, 5), "已办结"), null);

        db.onConnection(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(
                         "SELECT deadline, assigned_on, closed_on, created_at, updated_at FROM item")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("2026-12-31");
                assertThat(row.getString(2)).isEqualTo("2026-11-01");
                assertThat(row.getString(3)).isEqualTo("2026-12-05");
                assertThat(row.getString(4)).matches(ISO_TIMESTAMP).isEqualTo("2026-11-21T10:15:30.123+08:00");
                assertThat(row.getString(5)).matches(ISO_TIMESTAMP).isEqualTo("2026-11-21T10:16:31.123+08:00");
                assertThat(row.next()).isFalse();
            }
            return null;
        });
        if (!db.onServer()) {
            // SQLite stores any value in any column: the dates must have gone in as text. (A server's
            // columns are VARCHAR by the schema, which PostgresSchemaTest checks.)
            assertThat(db.dsl().fetchOne("SELECT typeof(deadline), typeof(created_at) FROM item").intoList())
                    .containsExactly("text", "text");
        }
    }

    // ---- update -------------------------------------------------------------------------------

    @Test
    void updateWithTheRightVersionChangesFieldsAndBumpsTheVersion() {
        Item before = store.create(draft("旧标题", water, List.of(town.id())).withLeader("刘副县长"));
        clock.advance(Duration.ofMinutes(5));

        Item after = store.update(before.id(), 1, ItemDraftBuilder.from(before).title("新标题")
                .assistUnits(List.of(town.id(), finance.id())).deadline(before.deadline().plusDays(10)).build());

        assertThat(after.version()).isEqualTo(2);
        assertThat(after.title()).isEqualTo("新标题");
        assertThat(after.deadline()).isEqualTo(before.deadline().plusDays(10));
        assertThat(after.assistUnits()).containsExactlyInAnyOrder(town, finance);
        assertThat(after.leader()).isEqualTo("刘副县长");
        assertThat(after.owner()).isEqualTo(before.owner());
        assertThat(after.assignedOn()).isEqualTo(before.assignedOn());
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.position()).isEqualTo(before.position());
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        assertThat(after.updatedAt()).isEqualTo(before.updatedAt().plusMinutes(5));
        assertThat(store.find(before.id())).isEqualTo(after);
    }

    @Test
    void updateCanClearTheLeaderAndChangeEveryOtherField() {
        Item before = store.create(draft("事项", water, List.of(town.id())).withLeader("刘副县长"));

        ItemDraft edited = new ItemDraft("新事项", " 补充说明 ", Source.PETITION, Category.KEY,
                finance.id(), List.of(power.id()), "孙丽娟", "  ", TODAY.minusDays(5), TODAY.plusDays(50));
        Item after = store.update(before.id(), before.version(), edited);

        assertThat(after.title()).isEqualTo("新事项");
        assertThat(after.leader()).as("a blank leader clears it").isNull();
        assertThat(after.leadUnit()).isEqualTo(finance);
        assertThat(after.assistUnits()).containsExactly(power);
        assertThat(after.details()).isEqualTo("补充说明");
        assertThat(after.source()).isEqualTo(Source.PETITION);
        assertThat(after.category()).isEqualTo(Category.KEY);
        assertThat(after.owner()).isEqualTo("孙丽娟");
        assertThat(after.assignedOn()).isEqualTo(TODAY.minusDays(5));
        assertThat(after.deadline()).isEqualTo(TODAY.plusDays(50));
        assertThat(store.find(before.id())).isEqualTo(after);
    }

    @Test
    void anUpdateWithoutChangesWritesNoEventAndKeepsTheVersion() {
        Item before = store.create(draft("事项", water, List.of(town.id(), finance.id())).withLeader("刘副县长"));
        int events = eventCount();
        clock.advance(Duration.ofMinutes(5));

        // the same fields, with extra spaces and the assist units in another order
        ItemDraft same = new ItemDraft("  " + before.title() + " ", before.details(), before.source(), before.category(),
                water.id(), List.of(finance.id(), town.id()), before.owner() + " ", " 刘副县长",
                before.assignedOn(), before.deadline());
        Item after = store.update(before.id(), 1, same);

        assertThat(after.version()).isEqualTo(1);
        assertThat(store.find(before.id())).isEqualTo(before);
        assertThat(store.find(before.id()).updatedAt()).isEqualTo(before.updatedAt());
        assertThat(eventCount()).isEqualTo(events);
    }

    // ---- optimistic locking ---------------------------------------------------------------

    @Test
    void anUpdateWithAStaleVersionIsRefusedAndKeepsTheOtherChange() {
        Item read = store.create(draft("原标题", water, List.of()).build());
        Item otherWindow = store.update(read.id(), read.version(), ItemDraftBuilder.from(read).title("别处改的").build());
        Map<String, Object> row = itemRow(read.id());
        int events = eventCount();

        ConcurrentChangeException e = catchThrowableOfType(ConcurrentChangeException.class,
                () -> store.update(read.id(), read.version(), ItemDraftBuilder.from(read).title("我改的").build()));

        assertThat(e).isNotNull();
        assertThat(e.itemId()).isEqualTo(read.id());
        assertThat(e.userMessage()).contains("别处改的");
        assertThat(store.find(read.id())).isEqualTo(otherWindow);
        assertThat(store.find(read.id()).title()).isEqualTo("别处改的");
        assertThat(itemRow(read.id())).isEqualTo(row);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aMoveWithAStaleVersionIsRefusedAndKeepsTheOtherChange() {
        Item read = store.create(draft("事项", water, List.of()).build());
        Item otherWindow = store.move(read.id(), read.version(), Status.IN_PROGRESS, 1024, null, null);
        Map<String, Object> row = itemRow(read.id());
        int events = eventCount();

        assertThatThrownBy(() -> store.move(read.id(), read.version(), Status.AWAITING_FEEDBACK, 2048, null, null))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> store.update(read.id(), read.version(), ItemDraftBuilder.from(read).title("改").build()))
                .isInstanceOf(ConcurrentChangeException.class);

        Item now = store.find(read.id());
        assertThat(now).isEqualTo(otherWindow);
        assertThat(now.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(now.version()).isEqualTo(2);
        assertThat(itemRow(read.id())).isEqualTo(row);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aVersionFromTheFutureIsAlsoRefused() {
        Item read = store.create(draft("事项", water, List.of()).build());
        assertThatThrownBy(() -> store.move(read.id(), read.version() + 1, Status.IN_PROGRESS, 1024, null, null))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(store.find(read.id())).isEqualTo(read);
    }

    // ---- atomicity ------------------------------------------------------------------------

    @Test
    void closingWithoutNoteOrDateFailsAndChangesNothing() {
        Item item = store.create(draft("事项", water, List.of()).build());
        Map<String, Object> row = itemRow(item.id());
        int events = eventCount();

        assertThatThrownBy(() -> store.move(item.id(), 1, Status.CLOSED, 1024, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("办结情况");
        assertThatThrownBy(() -> store.move(item.id(), 1, Status.CLOSED, 1024, new Closing(TODAY, "  "), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("办结情况");
        assertThatThrownBy(() -> store.move(item.id(), 1, Status.CLOSED, 1024, new Closing(null, "已办结"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("办结日期");

        assertThat(itemRow(item.id())).isEqualTo(row);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void anAssistUnitThatIsTheLeadUnitIsRefusedAndChangesNothing() {
        Item item = store.create(draft("事项", water, List.of(town.id())).build());
        Map<String, Object> row = itemRow(item.id());
        int events = eventCount();

        assertThatThrownBy(() -> store.update(item.id(), 1,
                ItemDraftBuilder.from(item).title("新标题").assistUnits(List.of(town.id(), water.id())).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("协办单位");
        assertThatThrownBy(() -> store.create(draft("另一件", water, List.of(water.id())).build()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(itemRow(item.id())).isEqualTo(row);
        assertThat(store.find(item.id()).assistUnits()).containsExactly(town);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(store.countAll()).isEqualTo(1);
    }

    @Test
    void aFailureAfterTheItemUpdateRollsBackTheUpdate() {
        Item item = store.create(draft("原标题", water, List.of(town.id())).build());
        Map<String, Object> row = itemRow(item.id());
        int events = eventCount();

        // the item row is updated first; the unknown assist unit then breaks the foreign key
        assertThatThrownBy(() -> store.update(item.id(), 1,
                ItemDraftBuilder.from(item).title("新标题").assistUnits(List.of(9999L)).build()))
                .isInstanceOf(DataAccessException.class);

        assertThat(itemRow(item.id())).isEqualTo(row);
        assertThat(store.find(item.id()).assistUnits()).containsExactly(town);
        assertThat(eventCount()).isEqualTo(events);
    }

    // ---- moves ----------------------------------------------------------------------------

    @Test
    void aMoveRunsItsStatementsKeptPreparedAndABackupRightAfterOneStillWorks() throws Exception {
        List<Item> items = new ArrayList<>();
        for (String title : List.of("甲事项", "乙事项", "丙事项")) {
            items.add(store.create(new ItemDraft(title, "", Source.LEADER_INSTRUCTION, Category.ROUTINE, water.id(),
                    List.of(), "周建平", null, TODAY, TODAY.plusDays(10))));
        }
        Item first = store.moveBetween(items.get(0).id(), 1, Status.IN_PROGRESS, null, null, null, null);
        Item second = store.moveBetween(items.get(1).id(), 1, Status.IN_PROGRESS, first.id(), null, null, null);
        List<String> rendered = new ArrayList<>();
        List<String> executed = new ArrayList<>();
        org.jooq.DSLContext watched = db.dsl().configuration().derive(new org.jooq.impl.DefaultExecuteListenerProvider(
                new org.jooq.ExecuteListener() {
                    @Override
                    public void renderEnd(org.jooq.ExecuteContext ctx) {
                        rendered.add(ctx.sql());
                    }

                    @Override
                    public void executeStart(org.jooq.ExecuteContext ctx) {
                        executed.add(ctx.sql());
                    }
                })).dsl();

        Item third = new ItemStore(watched, clock).moveBetween(items.get(2).id(), 1, Status.IN_PROGRESS, second.id(),
                null, null, null);

        assertThat(third.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(third.position()).isGreaterThan(second.position());
        // Two neighbour positions, the move, its event (hash, insert) and the item read before and
        // after: nine kept queries each (units, assists, reports, reminders, extensions, children,
        // series, attachments, the row).
        assertThat(executed).as("the move's statements ran through the caller's context").hasSize(23);
        assertThat(rendered).as("none rendered again: kept prepared since the first moves").isEmpty();
        // SQLite refuses VACUUM INTO while a statement that wrote is not reset: the kept ones are
        // closed first, and prepared again by the next move.
        Path backup = dir.resolve("after-move.db");
        db.withoutKeptStatements(connection -> {
            try (var vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, backup.toString());
                vacuum.execute();
            }
        });
        assertThat(backup).isRegularFile();
        Item back = store.moveBetween(third.id(), third.version(), Status.ASSIGNED, null, null, null, null);
        assertThat(back.status()).isEqualTo(Status.ASSIGNED);
    }

    @Test
    void aMoveBetweenNeighboursSeenBeforeAnotherWriterMovedNeverSharesACardsPosition() {
        List<Item> cards = new ArrayList<>();
        for (String title : List.of("甲", "乙", "丙", "丁", "戊")) {
            cards.add(store.create(draft(title, water, List.of()).build()));
        }
        Item a = cards.get(0);
        Item b = cards.get(1);
        // Another PC puts 丙 between 甲 and 乙, and 丁 after 乙; this board still sees 甲, 乙 side
        // by side and 乙 as the last card.
        store.moveBetween(cards.get(2).id(), 1, Status.ASSIGNED, a.id(), b.id(), null, null);
        store.moveBetween(cards.get(3).id(), 1, Status.ASSIGNED, b.id(), null, null, null);

        store.moveBetween(cards.get(4).id(), 1, Status.ASSIGNED, a.id(), b.id(), null, null);
        Item f = store.create(draft("己", water, List.of()).build());
        store.moveBetween(f.id(), 1, Status.ASSIGNED, b.id(), null, null, null);

        List<Double> positions = store.loadBoard().stream().map(Item::position).toList();
        assertThat(positions).doesNotHaveDuplicates().isSorted();
        assertThat(itemsIn(store.loadBoard(), Status.ASSIGNED)).containsExactly("甲", "戊", "丙", "乙", "己", "丁");
    }

    @Test
    void aMoveChangesColumnPositionVersionAndTimestamp() {
        Item item = store.create(draft("事项", water, List.of()).build());
        clock.advance(Duration.ofHours(1));

        Item moved = store.move(item.id(), 1, Status.IN_PROGRESS, 512.5, null, "已召开专题会");

        assertThat(moved.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(moved.position()).isEqualTo(512.5);
        assertThat(moved.version()).isEqualTo(2);
        assertThat(moved.updatedAt()).isEqualTo(item.updatedAt().plusHours(1));
        assertThat(moved.createdAt()).isEqualTo(item.createdAt());
        assertThat(moved.closedOn()).isNull();
        assertThat(moved.title()).isEqualTo(item.title());
        assertThat(store.find(item.id())).isEqualTo(moved);
    }

    @Test
    void closingStoresTheClosingDateAndNote() {
        Item item = store.create(draft("事项", water, List.of()).build());
        Item inProgress = store.move(item.id(), 1, Status.IN_PROGRESS, 1024, null, null);

        Item closed = store.move(item.id(), inProgress.version(), Status.CLOSED, 2048,
                new Closing(TODAY.minusDays(1), "  完成抢修, 恢复供水。 "), "经核查销号");

        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(closed.closingNote()).isEqualTo("完成抢修, 恢复供水。");
        assertThat(closed.version()).isEqualTo(3);
        assertThat(store.find(item.id())).isEqualTo(closed);
    }

    @Test
    void reorderingInsideClosedKeepsTheClosingRecord() {
        Item item = store.create(draft("事项", water, List.of()).build());
        Item closed = store.move(item.id(), 1, Status.CLOSED, 1024, new Closing(TODAY, "已办结"), null);

        Item reordered = store.move(item.id(), closed.version(), Status.CLOSED, 10, null, null);

        assertThat(reordered.closedOn()).isEqualTo(TODAY);
        assertThat(reordered.closingNote()).isEqualTo("已办结");
        assertThat(reordered.position()).isEqualTo(10);
        assertThat(reordered.version()).isEqualTo(3);
    }

    @Test
    void reopeningClearsTheClosingDateAndNote() {
        Item item = store.create(draft("事项", water, List.of()).build());
        Item closed = store.move(item.id(), 1, Status.CLOSED, 1024, new Closing(TODAY, "已办结, 群众满意。"), null);

        Item reopened = store.move(item.id(), closed.version(), Status.IN_PROGRESS, 1024, null, "群众再次反映, 重新办理");

        assertThat(reopened.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(reopened.closedOn()).isNull();
        assertThat(reopened.closingNote()).isNull();
        assertThat(db.dsl().fetchCount(db.dsl().selectFrom("item")
                .where("id = ? AND closed_on IS NULL AND closing_note IS NULL", item.id()))).isEqualTo(1);
    }

    // ---- history is append-only -----------------------------------------------------------

    @Test
    void itemEventIsAppendOnly() {
        Item item = store.create(draft("事项", water, List.of()).build());
        // written by hand, so that this holds whatever the store writes
        db.dsl().execute("INSERT INTO item_event (id, item_id, at, kind, note) SELECT max(id) + 1, ?,"
                + " '2026-11-21T10:15:30.123+08:00', 'EDIT', '原备注' FROM item_event", item.id());
        List<ItemEvent> before = store.history(item.id());
        assertThat(before).extracting(ItemEvent::note).contains("原备注");

        assertThatThrownBy(() -> db.dsl().execute("UPDATE item_event SET note = '篡改'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.dsl().execute("DELETE FROM item_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.dsl().execute("DELETE FROM item_event WHERE item_id = ?", item.id()))
                .isInstanceOf(DataAccessException.class);

        assertThat(store.history(item.id())).isEqualTo(before);
    }

    // ---- the board ------------------------------------------------------------------------

    @Test
    void loadBoardLeavesOutWithdrawnItemsAndGroupsByColumnInPositionOrder() {
        Item a = store.create(draft("甲", water, List.of()).build());
        Item b = store.create(draft("乙", water, List.of(town.id())).build());
        Item c = store.create(draft("丙", water, List.of()).build());
        Item d = store.create(draft("丁", water, List.of()).build());
        Item e = store.create(draft("戊", water, List.of()).build());
        Item f = store.create(draft("己", water, List.of()).build());
        // 乙 moves to the top of 交办, 丙 and 丁 to 办理中 in reverse order, 戊 is closed
        store.move(b.id(), 1, Status.ASSIGNED, a.position() / 2, null, null);
        store.move(c.id(), 1, Status.IN_PROGRESS, 2000, null, null);
        store.move(d.id(), 1, Status.IN_PROGRESS, 1000, null, null);
        store.move(e.id(), 1, Status.CLOSED, 1024, new Closing(TODAY, "已办结"), null);
        withdrawByHand(f.id());

        List<Item> board = store.loadBoard();

        assertThat(board).extracting(Item::title).containsExactlyInAnyOrder("甲", "乙", "丙", "丁", "戊");
        assertThat(board).noneMatch(Item::withdrawn);
        assertThat(itemsIn(board, Status.ASSIGNED)).containsExactly("乙", "甲");
        assertThat(itemsIn(board, Status.IN_PROGRESS)).containsExactly("丁", "丙");
        assertThat(itemsIn(board, Status.CLOSED)).containsExactly("戊");
        assertThat(itemsIn(board, Status.AWAITING_FEEDBACK)).isEmpty();
        // each column comes as one run, ordered by position inside it
        for (int i = 1; i < board.size(); i++) {
            Item previous = board.get(i - 1);
            Item current = board.get(i);
            if (previous.status() == current.status()) {
                assertThat(current.position()).isGreaterThan(previous.position());
            } else {
                assertThat(board.subList(0, i)).noneMatch(item -> item.status() == current.status());
            }
        }
        assertThat(board.stream().filter(item -> item.title().equals("乙")).findFirst().orElseThrow().assistUnits())
                .containsExactly(town);

        // the withdrawn item is still in the file and can be found directly
        Item withdrawn = store.find(f.id());
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawnReason()).isEqualTo("误登");
        assertThat(store.countAll()).isEqualTo(6);
    }

    @Test
    void assistUnitsComeInDisplayOrder() {
        Item item = store.create(draft("事项", water, List.of(power.id(), town.id(), finance.id())).build());
        assertThat(store.find(item.id()).assistUnits()).containsExactly(town, finance, power);
        assertThat(store.loadBoard().get(0).assistUnits()).containsExactly(town, finance, power);
    }

    // ---- units ----------------------------------------------------------------------------

    @Test
    void unitsAreAddedAtTheEndOfTheDisplayOrder() {
        assertThat(water.sortOrder()).isLessThan(town.sortOrder());
        assertThat(town.sortOrder()).isLessThan(finance.sortOrder());
        assertThat(finance.sortOrder()).isLessThan(power.sortOrder());

        UnitStore units = new UnitStore(db.dsl());
        Unit added = units.add("  柳河乡 ", UnitKind.TOWNSHIP);

        assertThat(added.name()).isEqualTo("柳河乡");
        assertThat(added.kind()).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(added.sortOrder()).isGreaterThan(power.sortOrder());
        assertThat(units.all()).containsExactly(water, town, finance, power, added);
    }

    @Test
    void aDuplicateUnitNameIsRefused() {
        UnitStore units = new UnitStore(db.dsl());
        assertThatThrownBy(() -> units.add("县水利局", UnitKind.COUNTY_DEPARTMENT)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> units.add(" 县水利局  ", UnitKind.OTHER)).isInstanceOf(DataAccessException.class);
        assertThat(units.all()).containsExactly(water, town, finance, power);
    }

    // ---- history --------------------------------------------------------------------------

    /** The item_event rows every create, edit and move must append in its own transaction. */
    @Nested
    class History {

        @Test
        void createWritesACreateEvent() throws Exception {
            Item item = store.create(draft("修复路灯", water, List.of(town.id())).build());

            List<ItemEvent> history = store.history(item.id());
            assertThat(history).hasSize(1);
            ItemEvent event = history.get(0);
            assertThat(event.kind()).isEqualTo(EventKind.CREATE);
            assertThat(event.itemId()).isEqualTo(item.id());
            assertThat(event.fromStatus()).isNull();
            assertThat(event.toStatus()).isEqualTo(Status.ASSIGNED);
            assertThat(event.fromPosition()).isNull();
            assertThat(event.toPosition()).isEqualTo(item.position());
            assertThat(event.at()).isEqualTo(item.createdAt());
            assertThat(event.note()).isNull();
            Map<String, Object> changes = json(event.changes());
            assertThat(changes.get("title")).isEqualTo("修复路灯");
            assertThat(changes.get("leadUnit")).isEqualTo("县水利局");
            assertThat(changes.get("assistUnits")).isEqualTo(List.of("青石镇"));
            assertThat(db.dsl().fetchValue("SELECT to_status FROM item_event WHERE item_id = ?", item.id()))
                    .isEqualTo("ASSIGNED");
        }

        @Test
        void eventTimesAreIsoText() throws Exception {
            Item item = store.create(draft("事项", water, List.of()).build());
            clock.advance(Duration.ofSeconds(61));
            store.move(item.id(), 1, Status.IN_PROGRESS, 1024, null, null);

            List<String> events = db.onConnection(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT at, kind, to_status FROM item_event ORDER BY id")) {
                    List<String> read = new ArrayList<>();
                    while (rows.next()) {
                        assertThat(rows.getString(1)).matches(ISO_TIMESTAMP);
                        read.add(rows.getString(1) + " " + rows.getString(2) + ":" + rows.getString(3));
                    }
                    return read;
                }
            });
            assertThat(events).containsExactly(
                    "2026-11-21T10:15:30.123+08:00 CREATE:ASSIGNED",
                    "2026-11-21T10:16:31.123+08:00 MOVE:IN_PROGRESS");
        }

        @Test
        void anEditEventNamesExactlyTheChangedFieldsWithOldAndNewValues() throws Exception {
            Item before = store.create(draft("旧标题", water, List.of(town.id())).withLeader("刘副县长"));
            clock.advance(Duration.ofMinutes(5));

            Item after = store.update(before.id(), 1, ItemDraftBuilder.from(before).title("新标题")
                    .assistUnits(List.of(town.id(), finance.id())).deadline(before.deadline().plusDays(10)).build());

            List<ItemEvent> history = store.history(before.id());
            assertThat(history).extracting(ItemEvent::kind).containsExactly(EventKind.CREATE, EventKind.EDIT);
            ItemEvent edit = history.get(1);
            assertThat(edit.at()).isEqualTo(after.updatedAt());
            assertThat(edit.fromStatus()).isNull();
            assertThat(edit.toStatus()).isNull();
            Map<String, Object> changes = json(edit.changes());
            assertThat(changes).containsOnlyKeys("title", "deadline", "assistUnits");
            assertThat(changes.get("title")).isEqualTo(List.of("旧标题", "新标题"));
            assertThat(changes.get("deadline"))
                    .isEqualTo(List.of(before.deadline().toString(), before.deadline().plusDays(10).toString()));
            List<Object> assistUnits = list(changes.get("assistUnits"));
            assertThat(assistUnits).hasSize(2);
            assertThat(list(assistUnits.get(0))).containsExactly("青石镇");
            assertThat(list(assistUnits.get(1))).containsExactlyInAnyOrder("青石镇", "县财政局");
        }

        @Test
        void anEditEventRecordsAClearedLeaderAndUnitNames() throws Exception {
            Item before = store.create(draft("事项", water, List.of(town.id())).withLeader("刘副县长"));

            store.update(before.id(), 1, new ItemDraft(before.title(), "补充说明", Source.PETITION, Category.KEY,
                    finance.id(), List.of(town.id()), "孙丽娟", "  ", before.assignedOn(), before.deadline()));

            Map<String, Object> changes = json(last(store.history(before.id())).changes());
            assertThat(changes).containsOnlyKeys("details", "source", "category", "leadUnit", "owner", "leader");
            assertThat(changes.get("leader")).isEqualTo(Arrays.asList("刘副县长", null));
            assertThat(changes.get("leadUnit")).isEqualTo(List.of("县水利局", "县财政局"));
            assertThat(changes.get("source")).isEqualTo(List.of("OTHER", "PETITION"));
            assertThat(changes.get("details")).isEqualTo(List.of("", "补充说明"));
        }

        @Test
        void anUpdateWithoutChangesWritesNoEvent() {
            Item before = store.create(draft("事项", water, List.of(town.id())).build());
            store.update(before.id(), 1, ItemDraftBuilder.from(before).build());
            assertThat(store.history(before.id())).extracting(ItemEvent::kind).containsExactly(EventKind.CREATE);
        }

        @Test
        void aMoveEventRecordsColumnsPositionsAndNote() {
            Item item = store.create(draft("事项", water, List.of()).build());
            clock.advance(Duration.ofHours(1));

            Item moved = store.move(item.id(), 1, Status.IN_PROGRESS, 512.5, null, "  已召开专题会  ");

            ItemEvent event = last(store.history(item.id()));
            assertThat(event.kind()).isEqualTo(EventKind.MOVE);
            assertThat(event.fromStatus()).isEqualTo(Status.ASSIGNED);
            assertThat(event.toStatus()).isEqualTo(Status.IN_PROGRESS);
            assertThat(event.fromPosition()).isEqualTo(item.position());
            assertThat(event.toPosition()).isEqualTo(512.5);
            assertThat(event.note()).isEqualTo("已召开专题会");
            assertThat(event.changes()).isNull();
            assertThat(event.at()).isEqualTo(moved.updatedAt());
        }

        @Test
        void aBlankMoveNoteIsStoredAsNull() {
            Item item = store.create(draft("事项", water, List.of()).build());
            store.move(item.id(), 1, Status.IN_PROGRESS, 1024, null, "   ");
            assertThat(store.history(item.id())).hasSize(2);
            assertThat(last(store.history(item.id())).note()).isNull();
        }

        @Test
        void aClosingEventRecordsTheClosingDateAndNote() throws Exception {
            Item item = store.create(draft("事项", water, List.of()).build());
            Item inProgress = store.move(item.id(), 1, Status.IN_PROGRESS, 1024, null, null);

            store.move(item.id(), inProgress.version(), Status.CLOSED, 2048,
                    new Closing(TODAY.minusDays(1), "  完成抢修, 恢复供水。 "), "经核查销号");

            ItemEvent event = last(store.history(item.id()));
            assertThat(event.fromStatus()).isEqualTo(Status.IN_PROGRESS);
            assertThat(event.toStatus()).isEqualTo(Status.CLOSED);
            assertThat(event.fromPosition()).isEqualTo(1024.0);
            assertThat(event.toPosition()).isEqualTo(2048.0);
            assertThat(event.note()).isEqualTo("经核查销号");
            Map<String, Object> changes = json(event.changes());
            assertThat(changes).containsOnlyKeys("closedOn", "closingNote");
            assertThat(changes.get("closedOn")).isEqualTo(Arrays.asList(null, TODAY.minusDays(1).toString()));
            assertThat(changes.get("closingNote")).isEqualTo(Arrays.asList(null, "完成抢修, 恢复供水。"));
        }

        @Test
        void reorderingInsideClosedRecordsNoChanges() {
            Item item = store.create(draft("事项", water, List.of()).build());
            Item closed = store.move(item.id(), 1, Status.CLOSED, 1024, new Closing(TODAY, "已办结"), null);

            store.move(item.id(), closed.version(), Status.CLOSED, 10, null, null);

            ItemEvent event = last(store.history(item.id()));
            assertThat(event.kind()).isEqualTo(EventKind.MOVE);
            assertThat(event.fromStatus()).isEqualTo(Status.CLOSED);
            assertThat(event.toStatus()).isEqualTo(Status.CLOSED);
            assertThat(event.changes()).isNull();
        }

        @Test
        void aReopeningEventKeepsTheOldClosingRecord() throws Exception {
            Item item = store.create(draft("事项", water, List.of()).build());
            Item closed = store.move(item.id(), 1, Status.CLOSED, 1024, new Closing(TODAY, "已办结, 群众满意。"), null);

            store.move(item.id(), closed.version(), Status.IN_PROGRESS, 1024, null, "群众再次反映, 重新办理");

            ItemEvent event = last(store.history(item.id()));
            assertThat(event.fromStatus()).isEqualTo(Status.CLOSED);
            assertThat(event.toStatus()).isEqualTo(Status.IN_PROGRESS);
            assertThat(event.note()).isEqualTo("群众再次反映, 重新办理");
            Map<String, Object> changes = json(event.changes());
            assertThat(changes.get("closingNote")).isEqualTo(Arrays.asList("已办结, 群众满意。", null));
            assertThat(changes.get("closedOn")).isEqualTo(Arrays.asList(TODAY.toString(), null));
        }

        @Test
        void whenTheEventCannotBeWrittenTheItemChangeIsRolledBack() throws Exception {
            Item item = store.create(draft("事项", water, List.of(town.id())).build());
            Map<String, Object> row = itemRow(item.id());
            int events = eventCount();
            try (AutoCloseable failing = TestDatabase.refuseInserts(db, "item_event", null, "boom")) {
                assertThatThrownBy(() -> store.move(item.id(), 1, Status.IN_PROGRESS, 4096, null, "开始办理"))
                        .isInstanceOf(DataAccessException.class).hasMessageContaining("boom");
                assertThatThrownBy(() -> store.update(item.id(), 1,
                        ItemDraftBuilder.from(item).title("新标题").assistUnits(List.of(finance.id())).build()))
                        .isInstanceOf(DataAccessException.class).hasMessageContaining("boom");
                assertThatThrownBy(() -> store.create(draft("新事项", water, List.of(town.id())).build()))
                        .isInstanceOf(DataAccessException.class).hasMessageContaining("boom");
            }

            Item now = store.find(item.id());
            assertThat(now.status()).isEqualTo(Status.ASSIGNED);
            assertThat(now.position()).isEqualTo(item.position());
            assertThat(now.version()).isEqualTo(1);
            assertThat(now.assistUnits()).containsExactly(town);
            assertThat(itemRow(item.id())).isEqualTo(row);
            assertThat(store.countAll()).isEqualTo(1);
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("item_assist_unit"))).isEqualTo(1);
            assertThat(eventCount()).isEqualTo(events);

            // and with the trigger gone the same move goes through, with its event
            Item moved = store.move(item.id(), 1, Status.IN_PROGRESS, 4096, null, "开始办理");
            assertThat(moved.version()).isEqualTo(2);
            assertThat(eventCount()).isEqualTo(events + 1);
        }

        @Test
        void aFailedCallAddsNoEvent() {
            Item read = store.create(draft("事项", water, List.of()).build());
            store.move(read.id(), 1, Status.IN_PROGRESS, 1024, null, null);

            assertThatThrownBy(() -> store.move(read.id(), 1, Status.AWAITING_FEEDBACK, 2048, null, null))
                    .isInstanceOf(ConcurrentChangeException.class);
            assertThatThrownBy(() -> store.move(read.id(), 2, Status.CLOSED, 2048, null, null))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(store.history(read.id())).extracting(ItemEvent::kind)
                    .containsExactly(EventKind.CREATE, EventKind.MOVE);
        }
    }

    // ---- helpers --------------------------------------------------------------------------

    private static List<String> itemsIn(List<Item> board, Status status) {
        return board.stream().filter(item -> item.status() == status).map(Item::title).toList();
    }

    /** Withdraws an item behind the store's back, as another program could. */
    private void withdrawByHand(long id) {
        db.dsl().update(duban.store.generated.Tables.ITEM).set(duban.store.generated.Tables.ITEM.WITHDRAWN, true)
                .set(duban.store.generated.Tables.ITEM.WITHDRAWN_REASON, "误登")
                .where(duban.store.generated.Tables.ITEM.ID.eq(id)).execute();
    }

    private Map<String, Object> itemRow(long id) {
        return db.dsl().fetchOne("SELECT * FROM item WHERE id = ?", id).intoMap();
    }

    private int eventCount() {
        return db.dsl().fetchCount(db.dsl().selectFrom("item_event"));
    }

    private static ItemEvent last(List<ItemEvent> history) {
        return history.get(history.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) throws Exception {
        assertThat(text).isNotNull();
        return (Map<String, Object>) new JSONParser().parse(text);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }

    ItemDraftBuilder draft(String title, Unit lead, List<Long> assists) {
        return new ItemDraftBuilder(title, lead.id(), assists);
    }

    /** Fills in the fields a test does not care about. */
    static final class ItemDraftBuilder {
        private String title;
        private String details = "";
        private Source source = Source.OTHER;
        private Category category = Category.ROUTINE;
        private long leadUnitId;
        private List<Long> assistUnitIds;
        private String owner = "张三";
        private String leader;
        private LocalDate assignedOn = TODAY.minusDays(2);
        private LocalDate deadline = TODAY.plusDays(20);

        ItemDraftBuilder(String title, long leadUnitId, List<Long> assistUnitIds) {
            this.title = title;
            this.leadUnitId = leadUnitId;
            this.assistUnitIds = assistUnitIds;
        }

        static ItemDraftBuilder from(Item item) {
            ItemDraft d = ItemDraft.of(item);
            ItemDraftBuilder builder = new ItemDraftBuilder(d.title(), d.leadUnitId(), d.assistUnitIds());
            builder.details = d.details();
            builder.source = d.source();
            builder.category = d.category();
            builder.owner = d.owner();
            builder.leader = d.leader();
            builder.assignedOn = d.assignedOn();
            builder.deadline = d.deadline();
            return builder;
        }

        ItemDraftBuilder title(String newTitle) {
            title = newTitle;
            return this;
        }

        ItemDraftBuilder deadline(LocalDate newDeadline) {
            deadline = newDeadline;
            return this;
        }

        ItemDraftBuilder assistUnits(List<Long> ids) {
            assistUnitIds = ids;
            return this;
        }

        ItemDraft withLeader(String newLeader) {
            leader = newLeader;
            return build();
        }

        ItemDraft dates(LocalDate newAssignedOn, LocalDate newDeadline) {
            assignedOn = newAssignedOn;
            deadline = newDeadline;
            return build();
        }

        ItemDraft build() {
            return new ItemDraft(title, details, source, category, leadUnitId, assistUnitIds, owner, leader,
                    assignedOn, deadline);
        }
    }
}
