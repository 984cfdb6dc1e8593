package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemEvent;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DemoData}: a varied, valid sample board dated relative to a fixed today, seeded only into an empty file. */
class DemoDataTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 21, 9, 30, 0, 0, SHANGHAI).toInstant(), SHANGHAI);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;

    private Database db;
    private ItemStore store;
    private DemoData.Outcome outcome;

    @BeforeEach
    void seed() throws Exception {
        db = where().open(dir, "demo");
        store = new ItemStore(db.dsl(), CLOCK);
        outcome = new DemoData(db.dsl(), CLOCK).seedIfEmpty();
    }

    @AfterEach
    void close() {
        TestDatabase.discard(db);
    }

    /** Where the database lives: a file here, the server in the {@code …OnServerTest} subclass. */
    TestDatabase where() {
        return TestDatabase.FILE;
    }

    @Test
    void anEmptyDatabaseIsSeeded() {
        List<Unit> units = new UnitStore(db.dsl()).all();

        assertThat(outcome.seeded()).isTrue();
        assertThat(outcome.existingItems()).isZero();
        assertThat(outcome.items()).isGreaterThanOrEqualTo(40).isEqualTo(store.countAll());
        assertThat(outcome.units()).isGreaterThanOrEqualTo(8).isEqualTo(units.size());
        assertThat(units).extracting(Unit::name).doesNotHaveDuplicates();
        assertThat(store.loadBoard()).hasSize(store.countAll());
    }

    @Test
    void everyColumnSourceAndCategoryIsRepresented() {
        List<Item> items = store.loadBoard();

        assertThat(items.stream().map(Item::status).collect(Collectors.toSet())).containsExactlyInAnyOrder(Status.values());
        assertThat(items.stream().map(Item::source).collect(Collectors.toSet())).containsExactlyInAnyOrder(Source.values());
        assertThat(items.stream().map(Item::category).collect(Collectors.toSet())).containsExactlyInAnyOrder(Category.values());
    }

    @Test
    void everyDeadlineStateIsRepresented() {
        Deadlines deadlines = new Deadlines(CLOCK);

        Set<DeadlineState> states = store.loadBoard().stream().map(deadlines::stateOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DeadlineState.class)));

        assertThat(states).contains(DeadlineState.OVERDUE, DeadlineState.DUE_SOON,
                DeadlineState.CLOSED_ON_TIME, DeadlineState.CLOSED_LATE);
    }

    @Test
    void assistUnitsAreUsedButNeverTheLeadUnit() {
        List<Item> items = store.loadBoard();

        assertThat(items).anyMatch(item -> !item.assistUnits().isEmpty());
        assertThat(items).anyMatch(item -> item.assistUnits().size() >= 2);
        for (Item item : items) {
            assertThat(item.leadUnit()).as("lead unit of %s", item.title()).isNotNull();
            assertThat(item.assistUnits()).as("assist units of %s", item.title())
                    .doesNotContain(item.leadUnit())
                    .doesNotContainNull()
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void everyItemIsValidAndPlacedInItsColumn() {
        List<Item> items = store.loadBoard();

        for (Item item : items) {
            assertThat(item.title()).isNotBlank();
            assertThat(item.owner()).isNotBlank();
            assertThat(item.withdrawn()).isFalse();
            assertThat(item.assignedOn()).as("assigned on of %s", item.title()).isBeforeOrEqualTo(TODAY);
            assertThat(item.deadline()).as("deadline of %s", item.title()).isAfterOrEqualTo(item.assignedOn());
            if (item.status() == Status.CLOSED) {
                assertThat(item.closedOn()).as("closing date of %s", item.title())
                        .isNotNull().isAfterOrEqualTo(item.assignedOn()).isBeforeOrEqualTo(TODAY);
                assertThat(item.closingNote()).as("closing note of %s", item.title()).isNotBlank();
            } else {
                assertThat(item.closedOn()).isNull();
                assertThat(item.closingNote()).isNull();
            }
        }
        // positions are distinct inside each column, so the order is well defined
        for (Status status : Status.values()) {
            List<Double> positions = items.stream().filter(item -> item.status() == status).map(Item::position).toList();
            assertThat(positions).as("positions in %s", status).doesNotHaveDuplicates().isSorted();
        }
    }

    @Test
    void everyItemHasAHistoryStartingWithCreate() {
        for (Item item : store.loadBoard()) {
            List<ItemEvent> history = store.history(item.id());
            assertThat(history).as("history of %s", item.title()).isNotEmpty();
            assertThat(history.get(0).kind()).isEqualTo(EventKind.CREATE);
            assertThat(history.get(0).toStatus()).isEqualTo(Status.ASSIGNED);
            if (item.status() != Status.ASSIGNED) {
                // Reports and reminders may follow; the last change of column put the item where it is.
                ItemEvent lastColumnChange = history.stream()
                        .filter(event -> event.kind() == EventKind.MOVE || event.kind() == EventKind.RETURN)
                        .reduce((first, second) -> second).orElseThrow();
                assertThat(lastColumnChange.toStatus()).isEqualTo(item.status());
            }
        }
    }

    @Test
    void theDemoShowsTheWorkflowReportsRemindersAnExtensionAndAReturn() {
        List<Item> board = store.loadBoard();
        Deadlines deadlines = new Deadlines(CLOCK);
        assertThat(board).filteredOn(item -> item.activity().reportCount() > 0).hasSizeGreaterThan(15);
        assertThat(board).filteredOn(item -> item.activity().reminderCount() > 0)
                .allSatisfy(item -> assertThat(item.status()).isNotEqualTo(Status.CLOSED))
                .isNotEmpty();
        assertThat(board).filteredOn(item -> deadlines.stateOf(item) == DeadlineState.OVERDUE)
                .allSatisfy(item -> assertThat(item.activity().reminderCount()).isPositive());
        assertThat(board).filteredOn(Item::isExtended).isNotEmpty();
        assertThat(board).filteredOn(item -> item.returnCount() > 0).isNotEmpty();
        // Every 重点 item awaiting feedback can be closed: it has a progress report.
        assertThat(board).filteredOn(item -> item.status() == Status.AWAITING_FEEDBACK
                        && item.category() == duban.domain.Category.KEY)
                .allSatisfy(item -> assertThat(item.activity().reportCount()).isPositive());
    }

    @Test
    void aSecondSeedingAddsNothing() {
        int count = store.countAll();
        int units = new UnitStore(db.dsl()).all().size();
        int events = db.dsl().fetchCount(db.dsl().selectFrom("item_event"));

        DemoData.Outcome again = new DemoData(db.dsl(), CLOCK).seedIfEmpty();

        assertThat(again.seeded()).isFalse();
        assertThat(again.existingItems()).isEqualTo(count);
        assertThat(again.items()).isZero();
        assertThat(again.units()).isZero();
        assertThat(store.countAll()).isEqualTo(count);
        assertThat(new UnitStore(db.dsl()).all()).hasSize(units);
        assertThat(db.dsl().fetchCount(db.dsl().selectFrom("item_event"))).isEqualTo(events);
    }

    @Test
    void aFileWithOnlyWithdrawnItemsIsNotSeeded() throws Exception {
        try (Database other = where().open(dir, "withdrawn")) {
            ItemStore items = new ItemStore(other.dsl(), CLOCK);
            Unit unit = new UnitStore(other.dsl()).add("县水利局", duban.domain.UnitKind.COUNTY_DEPARTMENT);
            Item item = items.create(new duban.domain.ItemDraft("事项", "", Source.OTHER, Category.ROUTINE, unit.id(),
                    List.of(), "张三", null, TODAY, TODAY));
            other.dsl().update(duban.store.generated.Tables.ITEM).set(duban.store.generated.Tables.ITEM.WITHDRAWN, true)
                    .set(duban.store.generated.Tables.ITEM.WITHDRAWN_REASON, "误登")
                    .where(duban.store.generated.Tables.ITEM.ID.eq(item.id())).execute();

            DemoData.Outcome result = new DemoData(other.dsl(), CLOCK).seedIfEmpty();

            assertThat(result.seeded()).isFalse();
            assertThat(result.existingItems()).isEqualTo(1);
            assertThat(items.countAll()).isEqualTo(1);
        }
    }
}
