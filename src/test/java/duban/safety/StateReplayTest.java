package duban.safety;

import duban.domain.Closing;
import duban.store.HistoryVerifier;

import duban.store.StateReplay;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.store.StateReplay.Field;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.UnitStore;
import duban.store.WorkflowStore;
import duban.testing.MovableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlite.SQLiteConfig;

/**
 * Every field an item's history records is replayed and compared with its row: a change made
 * behind the application's back (plain SQL, as the sqlite3 shell allows) is caught and named by
 * field, for each field; the untouched file agrees.
 */
class StateReplayTest {

    @TempDir
    static Path template;

    @TempDir
    Path folder;

    private static final MovableClock CLOCK =
            new MovableClock(Instant.parse("2026-11-21T01:30:00Z"), SafetyFixture.ZONE);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    /** 督办事项 1: extended in time, sent back once, closed. */
    private static long closedItem;
    /** 督办事项 2: withdrawn. */
    private static long withdrawnItem;

    @BeforeAll
    static void anOfficesFile() throws Exception {
        try (Database database = Database.open(template.resolve("duban.db"))) {
            UnitStore units = new UnitStore(database.dsl());
            Unit water = units.add("县水利局", UnitKind.COUNTY_DEPARTMENT);
            Unit roads = units.add("县交通局", UnitKind.COUNTY_DEPARTMENT);
            Unit town = units.add("城关镇", UnitKind.TOWNSHIP);
            ItemStore items = new ItemStore(database.dsl(), CLOCK);
            WorkflowStore workflow = new WorkflowStore(database.dsl(), CLOCK);
            Item item = items.create(new ItemDraft("城区供水管网改造", "老旧管网", Source.LEADER_INSTRUCTION,
                    Category.ROUTINE, water.id(), List.of(town.id()), "周建平", "李副县长", TODAY.minusDays(20),
                    TODAY.plusDays(10)));
            item = items.moveBetween(item.id(), item.version(), Status.IN_PROGRESS, null, null, null, null);
            item = workflow.extend(item.id(), item.version(), TODAY.plusDays(40), "汛期停工", "王县长", TODAY);
            item = items.moveBetween(item.id(), item.version(), Status.AWAITING_FEEDBACK, null, null, null, null);
            item = items.sendBack(item.id(), item.version(), null, null, "材料不全");
            item = items.moveBetween(item.id(), item.version(), Status.CLOSED, null, null,
                    new Closing(TODAY, "已全部完工"), null);
            closedItem = item.id();
            Item other = items.create(new ItemDraft("农村公路养护", "", Source.OTHER, Category.KEY, roads.id(),
                    List.of(), "孙丽", null, TODAY, TODAY.plusDays(30)));
            withdrawnItem = items.withdraw(other.id(), other.version(), "重复登记").id();
        }
    }

    @Test
    void theUntouchedFileEqualsTheReplayOfItsHistory() throws Exception {
        StateReplay.Result result = HistoryVerifier.verify(copy()).state();

        assertThat(result.intact()).isTrue();
        assertThat(result.itemsChecked()).isEqualTo(2);
        assertThat(result.replayed().get(closedItem).fields())
                .containsEntry(Field.WORKING_DEADLINE, TODAY.plusDays(40).toString())
                .containsEntry(Field.ASSESSED_DEADLINE, TODAY.plusDays(40).toString())
                .containsEntry(Field.RETURN_COUNT, "1").containsEntry(Field.CLOSED_ON, TODAY.toString())
                .containsEntry(Field.ASSIST_UNITS, "城关镇").containsEntry(Field.LEAD_UNIT, "县水利局");
    }

    /** One raw change per field, made as the sqlite3 shell would (no trigger guards the item table). */
    private static final Map<Field, String> TAMPERING = Map.ofEntries(
            Map.entry(Field.TITLE, "UPDATE item SET title = '城区供水管网改造 (已完成)' WHERE id = 1"),
            Map.entry(Field.DETAILS, "UPDATE item SET details = '' WHERE id = 1"),
            Map.entry(Field.SOURCE, "UPDATE item SET source = 'HIGHER_LEVEL' WHERE id = 1"),
            Map.entry(Field.CATEGORY, "UPDATE item SET category = 'KEY' WHERE id = 1"),
            Map.entry(Field.LEAD_UNIT, "UPDATE item SET lead_unit_id = 2 WHERE id = 1"),
            Map.entry(Field.ASSIST_UNITS, "INSERT INTO item_assist_unit (item_id, unit_id) VALUES (1, 2)"),
            Map.entry(Field.OWNER, "UPDATE item SET owner = '王五' WHERE id = 1"),
            Map.entry(Field.LEADER, "UPDATE item SET leader = NULL WHERE id = 1"),
            Map.entry(Field.ASSIGNED_ON, "UPDATE item SET assigned_on = '2026-10-01' WHERE id = 1"),
            Map.entry(Field.DEADLINE, "UPDATE item SET deadline = '2027-06-30' WHERE id = 1"),
            Map.entry(Field.STATUS, "UPDATE item SET status = 'IN_PROGRESS' WHERE id = 2"),
            Map.entry(Field.CLOSED_ON, "UPDATE item SET closed_on = '2026-11-01' WHERE id = 1"),
            Map.entry(Field.CLOSING_NOTE, "UPDATE item SET closing_note = '按期完成' WHERE id = 1"),
            Map.entry(Field.WITHDRAWN, "UPDATE item SET withdrawn = 0 WHERE id = 2"),
            Map.entry(Field.WITHDRAWN_REASON, "UPDATE item SET withdrawn_reason = '领导要求' WHERE id = 2"),
            Map.entry(Field.WORKING_DEADLINE, "UPDATE item SET working_deadline = '2027-12-31' WHERE id = 1"),
            Map.entry(Field.ASSESSED_DEADLINE, "UPDATE item SET assessed_deadline = NULL WHERE id = 1"),
            Map.entry(Field.RETURN_COUNT, "UPDATE item SET return_count = 0 WHERE id = 1"));

    @ParameterizedTest
    @EnumSource(Field.class)
    void aFieldChangedBehindTheApplicationsBackIsCaughtAndNamed(Field field) throws Exception {
        assertThat(TAMPERING).containsKey(field);
        Path file = copy();
        execute(file, TAMPERING.get(field));

        StateReplay.Result result = HistoryVerifier.verify(file).state();

        assertThat(result.intact()).isFalse();
        assertThat(result.differences()).hasSize(1);
        StateReplay.Difference difference = result.differences().get(0);
        assertThat(difference.field()).isEqualTo(field);
        assertThat(difference.itemId()).isEqualTo(field == Field.STATUS || field.name().startsWith("WITHDRAWN")
                ? withdrawnItem : closedItem);
        assertThat(difference.inRow()).isNotEqualTo(difference.fromHistory());
        assertThat(field.label()).doesNotContain("replay.field"); // a Chinese name, not a key
    }

    @Test
    void anItemWithoutItsCreateIsNamed() throws Exception {
        Path file = copy();
        execute(file, "DROP TRIGGER item_event_append_only_delete");
        execute(file, "DELETE FROM item_event");

        StateReplay.Result result = HistoryVerifier.verify(file).state();

        assertThat(result.withoutCreate()).extracting(StateReplay.WithoutCreate::title)
                .containsExactly("城区供水管网改造", "农村公路养护");
        assertThat(HistoryVerifier.verify(file).intact()).isFalse();
    }

    private Path copy() throws Exception {
        Path file = folder.resolve("duban.db");
        Files.copy(template.resolve("duban.db"), file);
        return file;
    }

    /** Plain SQL on a plain connection: no application, no foreign-key enforcement. */
    static void execute(Path file, String sql) throws Exception {
        try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
