package duban.app.cli;

import duban.domain.Closing;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.Backup;
import duban.store.BackupService;
import duban.store.Database;
import duban.store.DemoData;
import duban.store.ItemStore;
import duban.store.UnitStore;
import duban.store.WorkflowStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * {@code --verify} checks the state too: each item is the replay of its history (a deadline, a
 * column, a closing date, a lead unit changed with plain SQL are each named), every item has its
 * CREATE (a history deleted whole is caught without a backup), a damaged table anywhere gives exit 2
 * with a plain message, a second database in the folder is not compared with the first one's
 * backups, and an office's ordinary use of every feature verifies as intact.
 */
class VerifyStateCommandTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T01:30:00Z"), ZONE);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path folder;

    private Path database;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    /** The demo office, and everything an office does with it. */
    @BeforeEach
    void anOfficeAtWork() throws Exception {
        database = folder.resolve("duban.db");
        try (Database db = Database.open(database)) {
            new DemoData(db.dsl(), CLOCK).seedIfEmpty();
            ItemStore items = new ItemStore(db.dsl(), CLOCK);
            WorkflowStore workflow = new WorkflowStore(db.dsl(), CLOCK);
            BackupService backups = new BackupService(db, CLOCK);
            List<Unit> units = new UnitStore(db.dsl()).all();
            Backup early = backups.backupNow();

            Item edited = firstIn(items, Status.ASSIGNED, 0);
            edited = items.update(edited.id(), edited.version(), new ItemDraft(edited.title() + " (调整)", "补充说明",
                    edited.source(), Category.URGENT, units.get(3).id(), List.of(units.get(5).id(), units.get(4).id()),
                    "新责任人", "李副县长", edited.assignedOn(), edited.deadline().plusDays(7)));
            edited = items.moveBetween(edited.id(), edited.version(), Status.IN_PROGRESS, null, null, null, null);
            workflow.addReport(edited.id(), TODAY, "新责任人", "已启动。");
            workflow.addReminder(edited.id(), TODAY, ReminderMethod.WRITTEN_NOTICE, ReminderLevel.YELLOW, "请加快");
            edited = workflow.extend(edited.id(), edited.version(), edited.currentDeadline().plusDays(15), "雨季",
                    "王县长", TODAY);
            edited = items.moveBetween(edited.id(), edited.version(), Status.AWAITING_FEEDBACK, null, null, null, null);
            edited = items.sendBack(edited.id(), edited.version(), null, null, "材料不全");
            edited = items.moveBetween(edited.id(), edited.version(), Status.AWAITING_FEEDBACK, null, null, null, null);
            edited = items.moveBetween(edited.id(), edited.version(), Status.CLOSED, null, null,
                    new Closing(TODAY, "已办结"), null);
            items.moveBetween(edited.id(), edited.version(), Status.IN_PROGRESS, null, null, null, "验收未通过, 重新办理");

            Item withdrawn = firstIn(items, Status.ASSIGNED, 1);
            withdrawn = items.withdraw(withdrawn.id(), withdrawn.version(), "重复登记");
            items.restore(withdrawn.id(), withdrawn.version(), "并非重复");
            Item gone = firstIn(items, Status.IN_PROGRESS, 0);
            items.withdraw(gone.id(), gone.version(), "已由上级直接办理");
            items.rebalance(Status.IN_PROGRESS); // positions change without an event: not a difference

            Backup later = backups.backupNow();
            backups.restore(early);
            Item afterRestore = firstIn(items, Status.ASSIGNED, 0);
            items.moveBetween(afterRestore.id(), afterRestore.version(), Status.IN_PROGRESS, null, null, null, null);
            backups.restore(later);
        }
    }

    private static Item firstIn(ItemStore items, Status status, int skip) {
        return items.loadBoard().stream().filter(item -> item.status() == status)
                .sorted(Comparator.comparingLong(Item::id)).skip(skip).findFirst().orElseThrow();
    }

    @Test
    void anOfficesOrdinaryUseVerifiesAsIntact() {
        assertThat(verify(database)).as(stdout()).isEqualTo(VerifyCommand.INTACT);

        assertThat(stdout()).contains("校验通过").contains("已逐项核对").contains("与各自的办理记录一致")
                .contains("已与最新备份");
        // The newest backup is the one made after the last restore (same second, the highest -n): all events.
        java.util.regex.Matcher counts = java.util.regex.Pattern.compile("共 (\\d+) 条[\\s\\S]*备份中的 (\\d+) 条")
                .matcher(stdout());
        assertThat(counts.find()).isTrue();
        assertThat(counts.group(2)).isEqualTo(counts.group(1));
    }

    @Test
    void aDeadlineChangedBehindTheBoardsBackIsNamed() throws Exception {
        Row row = row("SELECT id, title, deadline FROM item WHERE status = 'IN_PROGRESS' ORDER BY id LIMIT 1");
        execute("UPDATE item SET deadline = '2027-06-30' WHERE id = " + row.id());

        assertThat(verify(database)).isEqualTo(VerifyCommand.TAMPERED);

        assertThat(stdout()).contains("校验未通过").contains("督办事项 " + row.id() + " “" + row.title() + "”")
                .contains("办理时限").contains("数据库中为 2027-06-30").contains("按办理记录应为 " + row.value());
    }

    @Test
    void aStatusChangedBehindTheBoardsBackIsNamed() throws Exception {
        Row row = row("SELECT id, title, status FROM item WHERE status = 'IN_PROGRESS' ORDER BY id LIMIT 1");
        execute("UPDATE item SET status = 'AWAITING_FEEDBACK' WHERE id = " + row.id());

        assertThat(verify(database)).isEqualTo(VerifyCommand.TAMPERED);

        assertThat(stdout()).contains(row.title()).contains("办理状态").contains("数据库中为 待反馈")
                .contains("按办理记录应为 办理中");
    }

    @Test
    void aClosingDateChangedBehindTheBoardsBackIsNamed() throws Exception {
        Row row = row("SELECT id, title, closed_on FROM item WHERE status = 'CLOSED' ORDER BY id LIMIT 1");
        execute("UPDATE item SET closed_on = '2026-01-02' WHERE id = " + row.id());

        assertThat(verify(database)).isEqualTo(VerifyCommand.TAMPERED);

        assertThat(stdout()).contains(row.title()).contains("办结日期").contains("数据库中为 2026-01-02")
                .contains("按办理记录应为 " + row.value());
    }

    @Test
    void aLeadUnitChangedBehindTheBoardsBackIsNamed() throws Exception {
        Row row = row("SELECT item.id, title, unit.name FROM item JOIN unit ON unit.id = lead_unit_id ORDER BY item.id LIMIT 1");
        Row other = row("SELECT id, name, name FROM unit WHERE name <> '" + row.value() + "' ORDER BY id LIMIT 1");
        execute("UPDATE item SET lead_unit_id = " + other.id() + " WHERE id = " + row.id());

        assertThat(verify(database)).isEqualTo(VerifyCommand.TAMPERED);

        assertThat(stdout()).contains(row.title()).contains("牵头单位").contains("数据库中为 " + other.value())
                .contains("按办理记录应为 " + row.value());
    }

    @Test
    void aHistoryDeletedWholeIsCaughtWithoutAnyBackup() throws Exception {
        deleteBackups();
        execute("DROP TRIGGER item_event_append_only_delete");
        execute("DELETE FROM item_event");
        int items = Integer.parseInt(row("SELECT count(*), '', '' FROM item").id() + "");

        assertThat(verify(database)).isEqualTo(VerifyCommand.TAMPERED);

        assertThat(stdout()).contains("没有登记记录").contains("已被整段删除")
                .contains("另有 " + (items - VerifyCommand.LISTED_AT_MOST) + " 处不符");
        assertThat(folder.resolve("backups")).doesNotExist();
    }

    @Test
    void aDamagedTableOutsideTheHistoryExitsTwoWithAPlainMessage() throws Exception {
        Row pageOfReports = row("SELECT rootpage, (SELECT page_size FROM pragma_page_size), '' FROM sqlite_master"
                + " WHERE name = 'progress_report'");
        Path damaged = Files.copy(database, folder.resolve("damaged.db"));
        try (RandomAccessFile file = new RandomAccessFile(damaged.toFile(), "rw")) {
            long pageSize = Long.parseLong(pageOfReports.title());
            file.seek((pageOfReports.id() - 1) * pageSize);
            byte[] garbage = new byte[(int) pageSize];
            java.util.Arrays.fill(garbage, (byte) 0x5a);
            file.write(garbage);
        }
        String before = Files.readString(damaged, StandardCharsets.ISO_8859_1);

        assertThat(verify(damaged)).isEqualTo(VerifyCommand.CANNOT_RUN);

        assertThat(stderr()).contains("无法校验").contains("已损坏").contains("从备份恢复").contains("未作任何改动")
                .doesNotContainIgnoringCase("sqlite_").doesNotContain("Exception").doesNotContain("Page ");
        assertThat(Files.readString(damaged, StandardCharsets.ISO_8859_1)).isEqualTo(before);
    }

    @Test
    void anUntouchedSecondDatabaseInTheFolderIsNotComparedWithTheFirstOnesBackups() throws Exception {
        Path archive = folder.resolve("2025年.db");
        try (Database db = Database.open(archive)) {
            new DemoData(db.dsl(), CLOCK).seedIfEmpty();
        }
        try (Database db = Database.open(database)) {
            new BackupService(db, CLOCK).backupNow(); // the newest backup in the folder is duban.db's
        }

        assertThat(verify(archive)).as(stdout()).isEqualTo(VerifyCommand.INTACT);
        assertThat(stdout()).contains("未找到备份");
        assertThat(verify(database)).isEqualTo(VerifyCommand.INTACT);
        assertThat(stdout()).contains("已与最新备份 duban-");
    }

    private int verify(Path file) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new VerifyCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of("--verify", "--db", file.toString()));
    }

    private String stdout() {
        return out == null ? "" : out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private record Row(long id, String title, String value) {
    }

    private Row row(String sql) throws Exception {
        try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return new Row(rows.getLong(1), rows.getString(2), rows.getString(3));
        }
    }

    /** Plain SQL on a plain connection, as the sqlite3 shell would run it: no application in between. */
    private void execute(String sql) throws Exception {
        try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void deleteBackups() throws Exception {
        Path backups = folder.resolve("backups");
        try (var files = Files.list(backups)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(backups);
    }
}
