package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import duban.domain.Category;
import duban.domain.Closing;
import duban.domain.EventChain;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ItemEvent;
import duban.domain.ItemOperators;
import duban.domain.Progress;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.importing.ImportPlan;
import duban.domain.importing.ImportRowDraft;
import duban.domain.office.OfficeSettings;
import duban.testing.MovableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of write records who made it (留痕): the stores stamp their operator on each event and
 * setting change, the chain covers it, and on a file the name set in 设置 (or the computer's
 * account) is the operator, the next write taking up a changed name.
 */
class OperatorStampTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;

    private Path file;
    private Database db;
    private MovableClock clock;
    private final AtomicReference<String> operator = new AtomicReference<>("张三");
    private Stores stores;
    private Unit water;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("operator.db");
        db = Database.open(file);
        clock = new MovableClock(TODAY.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        stores = Stores.over(db, clock, operator::get);
        water = stores.units().add("县水利局", UnitKind.COUNTY_DEPARTMENT);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyKindOfWriteRecordsItsOperator() throws Exception {
        Item item = stores.items().create(draft("修复青石镇排灌站"));
        operator.set("李四");
        item = stores.items().update(item.id(), item.version(), draft("修复青石镇排灌站 (一期)"));
        operator.set("王五");
        item = stores.items().moveBetween(item.id(), item.version(), Status.IN_PROGRESS, null, null, null, "开始办理");
        operator.set("赵六");
        stores.workflow().addReport(item.id(), TODAY, "刘工", "已完成选址。");
        operator.set("孙七");
        stores.workflow().addReminder(item.id(), TODAY, ReminderMethod.PHONE, ReminderLevel.BLUE, null);
        operator.set("周八");
        item = stores.items().find(item.id());
        stores.workflow().extend(item.id(), item.version(), TODAY.plusDays(60), "汛期施工受限", "李县长", TODAY);
        operator.set("吴九");
        item = stores.items().find(item.id());
        item = stores.items().moveBetween(item.id(), item.version(), Status.AWAITING_FEEDBACK, null, null, null, null);
        item = stores.items().moveBetween(item.id(), item.version(), Status.CLOSED, null, null,
                new Closing(TODAY, "已验收。"), null);

        List<ItemEvent> history = stores.items().history(item.id());
        assertThat(history).extracting(ItemEvent::kind, ItemEvent::operator).containsExactly(
                tuple(EventKind.CREATE, "张三"),
                tuple(EventKind.EDIT, "李四"),
                tuple(EventKind.MOVE, "王五"),
                tuple(EventKind.REPORT, "赵六"),
                tuple(EventKind.REMIND, "孙七"),
                tuple(EventKind.EXTEND, "周八"),
                tuple(EventKind.MOVE, "吴九"),
                tuple(EventKind.MOVE, "吴九"));
        assertThat(stores.items().operators()).containsEntry(item.id(), new ItemOperators("吴九", "吴九"));

        operator.set("郑十");
        stores.settings().put("some.setting", "1");
        stores.officeSettings().save(stores.officeSettings().load().withDueSoonDays(5));
        assertThat(settingChangeOperators()).containsExactly("郑十", "郑十");

        assertThat(HistoryVerifier.verify(file).chain().intact()).as("the chain over the signed events").isTrue();
    }

    @Test
    void anImportSignsEveryItemItCreates() {
        operator.set("导入员");
        ImportRowDraft row = new ImportRowDraft(2, "推进老旧小区改造", "", Source.WORK_REPORT, Category.KEY, "县水利局",
                List.of(), "张三", null, TODAY, TODAY.plusDays(30), true);
        ImportRowDraft other = new ImportRowDraft(3, "修缮县图书馆", "", Source.OTHER, Category.ROUTINE, "县水利局",
                List.of(), "李四", null, TODAY, TODAY.plusDays(30), true);
        stores.importing().importPlan(new ImportPlan(List.of(row, other), List.of(), 0, 0), Progress.NONE);

        List<Item> imported = stores.items().loadAll();
        assertThat(imported).hasSize(2);
        for (Item item : imported) {
            assertThat(stores.items().history(item.id())).extracting(ItemEvent::operator).containsExactly("导入员");
        }
    }

    @Test
    void onAFileTheNameSetInSettingsSignsTheNextWriteAndTheAccountSignsBeforeAnyIsSet() throws Exception {
        Stores fileStores = Stores.over(db, clock);
        Item item = fileStores.items().create(draft("整治河道"));
        String account = OfficeSettings.systemAccount();
        assertThat(fileStores.items().history(item.id())).extracting(ItemEvent::operator)
                .containsExactly(account.isEmpty() ? null : account);

        fileStores.officeSettings().save(fileStores.officeSettings().load().withOperatorName("  陈督查  "));
        item = fileStores.items().moveBetween(item.id(), item.version(), Status.IN_PROGRESS, null, null, null, null);
        // Another store on the same connection (as the board's and the ledger's are) sees it too.
        new WorkflowStore(db.dsl(), clock).addReport(item.id(), TODAY, "刘工", "已开工。");
        assertThat(fileStores.items().history(item.id())).extracting(ItemEvent::operator)
                .endsWith("陈督查", "陈督查");

        fileStores.officeSettings().save(fileStores.officeSettings().load().withOperatorName(""));
        new ItemStore(db.dsl(), clock).update(item.id(), item.version(), draft("整治河道 (二期)"));
        assertThat(fileStores.items().history(item.id())).last().extracting(ItemEvent::operator)
                .isEqualTo(account.isEmpty() ? null : account);
        // The change of the name itself is signed by the name it replaces.
        assertThat(settingChangeOperators()).containsExactly(account.isEmpty() ? null : account, "陈督查");
    }

    @Test
    void afterARestoreTheRestoredFilesNameSignsTheNextWrite() {
        Stores fileStores = Stores.over(db, clock);
        fileStores.officeSettings().save(fileStores.officeSettings().load().withOperatorName("陈督查"));
        Item item = fileStores.items().create(draft("整治河道"));
        duban.domain.Backup backup = fileStores.backups().backupNow();
        fileStores.officeSettings().save(fileStores.officeSettings().load().withOperatorName("李科员"));
        fileStores.items().create(draft("清理河道"));
        clock.advance(java.time.Duration.ofMinutes(5));

        fileStores.backups().restore(backup);
        Item moved = fileStores.items().moveBetween(item.id(), item.version(), Status.IN_PROGRESS, null, null, null,
                null);
        assertThat(fileStores.items().history(moved.id())).extracting(ItemEvent::operator)
                .containsExactly("陈督查", "陈督查");
    }

    @Test
    void aStaffNameIsShownForTheLoginTheEventsStore() throws Exception {
        operator.set("zhangsan");
        Item item = stores.items().create(draft("清理河道"));
        assertThat(stores.items().history(item.id())).extracting(ItemEvent::operator).containsExactly("zhangsan");

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO staff (login, display_name) VALUES ('zhangsan', '张三')");
        }
        assertThat(stores.items().history(item.id())).extracting(ItemEvent::operator).containsExactly("张三");
        assertThat(stores.items().operators()).containsEntry(item.id(), new ItemOperators("张三", null));
    }

    @Test
    void theChainCoversTheOperatorAndTheFileRefusesToChangeIt() throws Exception {
        Item item = stores.items().create(draft("清理河道"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(
                    "UPDATE item_event SET operator = '李四' WHERE item_id = " + item.id()))
                    .hasMessageContaining("append-only");
        }
        // Even with the trigger out of the way (someone editing the file), the chain names the event.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER item_event_append_only_update");
            statement.execute("UPDATE item_event SET operator = '李四' WHERE item_id = " + item.id());
        }
        EventChain.Verdict verdict = HistoryVerifier.verify(file).chain();
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.problem()).isEqualTo(EventChain.ALTERED);
    }

    private List<String> settingChangeOperators() throws Exception {
        List<String> operators = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT operator FROM setting_change ORDER BY id")) {
            while (rows.next()) {
                operators.add(rows.getString(1));
            }
        }
        return operators;
    }

    private ItemDraft draft(String title) {
        return new ItemDraft(title, "", Source.LEADER_INSTRUCTION, Category.KEY, water.id(), List.of(), "张工", null,
                TODAY, TODAY.plusDays(30));
    }
}
