package duban.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.UnitStore;
import duban.app.Main;
import duban.testing.ChildJvm;
import duban.testing.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * {@code --verify}: the verdict in Chinese, exit 0 intact, 1 tampered (the first bad record named
 * with its 督办事项), 2 when it cannot check; the file is only ever read.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class VerifyCommandTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = TestClock.startingToday(ZONE);

    @TempDir
    Path folder;

    private Path database;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    /** 督办事项 1 and 2 created (records 1, 2), then moved to 办理中 (records 3, 4). */
    @BeforeEach
    void office() throws Exception {
        database = folder.resolve("office.db");
        try (Database db = Database.open(database)) {
            Unit unit = new UnitStore(db.dsl()).add("县水利局", UnitKind.COUNTY_DEPARTMENT);
            ItemStore items = new ItemStore(db.dsl(), CLOCK);
            LocalDate today = LocalDate.now(CLOCK);
            List<Item> created = new ArrayList<>();
            for (String title : List.of("城区供水管网改造", "农村公路养护")) {
                created.add(items.create(new ItemDraft(title, "", Source.LEADER_INSTRUCTION, Category.KEY, unit.id(),
                        List.of(), "周建平", null, today, today.plusDays(30))));
            }
            for (Item item : created) {
                items.move(item.id(), item.version(), Status.IN_PROGRESS, 1.0 + item.id(), null, "开始办理");
            }
        }
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new VerifyCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anIntactFileExitsZeroAndLeavesTheFileAsItWas() throws Exception {
        String before = digest(database);

        assertThat(run("--verify", "--db", database.toString())).isEqualTo(VerifyCommand.INTACT);

        assertThat(stdout()).contains("校验通过").contains("共 4 条").contains("链尾校验值").contains("未找到备份");
        assertThat(stderr()).isEmpty();
        assertThat(digest(database)).isEqualTo(before);
    }

    @Test
    void anEditedRecordExitsOneNamingItsNumberAndItem() throws Exception {
        tamper("UPDATE item_event SET note = '未开始' WHERE id = 4");
        String before = digest(database);

        assertThat(run("--db=" + database, "--verify")).isEqualTo(VerifyCommand.TAMPERED);

        assertThat(stdout()).contains("校验未通过").contains("第 4 号办理记录").contains("督办事项 2 “农村公路养护”")
                .contains("被改动");
        assertThat(digest(database)).isEqualTo(before);
    }

    @Test
    void aDeletedRecordExitsOneNamingIt() throws Exception {
        tamper("DELETE FROM item_event WHERE id = 2");

        assertThat(run("--verify", "--db", database.toString())).isEqualTo(VerifyCommand.TAMPERED);

        assertThat(stdout()).contains("第 2 号办理记录已被删除").contains("第 3 号记录之前");
    }

    @Test
    void aDeletedLastRecordIsFoundThroughTheNewestBackup() throws Exception {
        try (Database db = Database.open(database)) {
            new duban.store.BackupService(db, CLOCK).backupNow();
        }
        assertThat(run("--verify", "--db", database.toString())).isEqualTo(VerifyCommand.INTACT);
        assertThat(stdout()).contains("已与最新备份").contains("4 条办理记录都在");

        tamper("DELETE FROM item_event WHERE id = 4");

        assertThat(run("--verify", "--db", database.toString())).isEqualTo(VerifyCommand.TAMPERED);
        assertThat(stdout()).contains("与最新备份").contains("第 4 号办理记录").contains("农村公路养护");
    }

    @Test
    void aFileThatIsNotADatabaseExitsTwoAndIsLeftUntouched() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.db"), "这不是数据库");

        assertThat(run("--verify", "--db", notes.toString())).isEqualTo(VerifyCommand.CANNOT_RUN);

        assertThat(stderr()).contains("无法校验").contains("不是 SQLite 数据库文件").contains("未作任何改动");
        assertThat(Files.readString(notes)).isEqualTo("这不是数据库");
        assertThat(folder.resolve("notes.db-wal")).doesNotExist();
        assertThat(folder.resolve("notes.db-journal")).doesNotExist();
    }

    @Test
    void aMissingFileExitsTwoAndIsNotCreated() {
        Path missing = folder.resolve("nowhere").resolve("duban.db");

        assertThat(run("--verify", "--db", missing.toString())).isEqualTo(VerifyCommand.CANNOT_RUN);

        assertThat(stderr()).contains("找不到文件");
        assertThat(missing.getParent()).doesNotExist();
    }

    @Test
    void anotherSqliteFileExitsTwo() throws Exception {
        Path other = folder.resolve("other.db");
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + other);
        try (var connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE contacts (name TEXT)");
        }

        assertThat(run("--verify", "--db", other.toString())).isEqualTo(VerifyCommand.CANNOT_RUN);

        assertThat(stderr()).contains("不是督办看板的数据库");
    }

    @Test
    void aFileFromBeforeTheChainExitsTwoAndIsNotUpgradedByTheCheck() throws Exception {
        Path older = folder.resolve("older.db");
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + older);
        Flyway.configure().dataSource(source).locations("classpath:db/migration/sqlite").target("2").load().migrate();
        try (var connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO unit (id, name) VALUES (1, '县水利局')");
            statement.execute("INSERT INTO item (id, title, status, position, source, category, lead_unit_id, owner,"
                    + " assigned_on, deadline, created_at, updated_at) VALUES (1, '旧事项', 'ASSIGNED', 1, 'OTHER',"
                    + " 'KEY', 1, '周建平', '2026-10-01', '2026-12-31', '2026-10-01T09:00:00.000+08:00',"
                    + " '2026-10-01T09:00:00.000+08:00')");
            statement.execute("INSERT INTO item_event (item_id, at, kind) VALUES (1, '2026-10-01T09:00:00.000+08:00', 'CREATE')");
        }
        String before = digest(older);

        assertThat(run("--verify", "--db", older.toString())).isEqualTo(VerifyCommand.CANNOT_RUN);

        assertThat(stderr()).contains("旧版本写入").contains("还没有校验链");
        assertThat(digest(older)).isEqualTo(before);
        assertThat(folder.resolve("backups")).doesNotExist();
    }

    @Test
    void verifyWithAnotherCommandIsRefused() {
        assertThat(run("--verify", "--db", database.toString(), "--export", "x.csv")).isEqualTo(VerifyCommand.CANNOT_RUN);
        assertThat(stderr()).contains("--verify 只能与 --db 一起使用");
        assertThat(run("--verify", "--bogus")).isEqualTo(VerifyCommand.CANNOT_RUN);
        assertThat(stderr()).contains("--bogus");
    }

    @Test
    void theRealMainExitsWithTheVerdict() throws Exception {
        assertThat(main("--verify", "--db", database.toString())).isEqualTo(VerifyCommand.INTACT);
        tamper("UPDATE item_event SET changes = '{}' WHERE id = 1");
        assertThat(main("--verify", "--db", database.toString())).isEqualTo(VerifyCommand.TAMPERED);
        assertThat(main("--verify", "--db", folder.resolve("none.db").toString())).isEqualTo(VerifyCommand.CANNOT_RUN);
    }

    /** Runs duban.app.Main in a child JVM (same java, same class path); returns its exit status. */
    private static int main(String... args) throws Exception {
        ChildJvm.Finished child = ChildJvm.of(Main.class).flags("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8")
                .args(args).run(60);
        assertThat(child.timedOut()).as("--verify finishes").isFalse();
        return child.status();
    }

    /** Plain SQL with the append-only triggers out of the way, as the sqlite3 shell allows. */
    private void tamper(String sql) throws Exception {
        try (Database db = Database.open(database)) {
            List<String> triggers = db.dsl().fetchValues(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'item_event'").stream()
                    .map(String::valueOf).toList();
            db.dsl().execute("DROP TRIGGER item_event_append_only_update");
            db.dsl().execute("DROP TRIGGER item_event_append_only_delete");
            db.dsl().execute(sql);
            triggers.forEach(trigger -> db.dsl().execute(trigger));
        }
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
