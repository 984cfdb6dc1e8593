package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import duban.domain.UnitKind;
import duban.store.DatabaseOpenException.Reason;
import duban.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, creating, migrating and refusing database files, always leaving a refused file untouched. */
class DatabaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void aNewFileAndItsMissingFoldersAreCreatedAndMigrated() throws Exception {
        Path file = dir.resolve("缺失的/目录/duban.db");
        assertThat(file.getParent()).doesNotExist();

        try (Database db = Database.open(file)) {
            assertThat(file).isRegularFile();
            assertThat(db.file()).isEqualTo(file.toAbsolutePath().normalize());

            List<String> tables = db.dsl().fetch(
                    "SELECT name FROM sqlite_master WHERE type = 'table'").getValues(0, String.class);
            assertThat(tables).contains("unit", "item", "item_assist_unit", "item_event", "flyway_schema_history");

            Result<Record> history = db.dsl().fetch(
                    "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL");
            assertThat(history.getValues("version", String.class)).containsExactlyElementsOf(migrationVersions());
            assertThat(history.getValues("success", Integer.class)).containsOnly(1);

            assertThat(String.valueOf(db.dsl().fetchValue("PRAGMA journal_mode"))).isEqualToIgnoringCase("wal");
            assertThat(((Number) db.dsl().fetchValue("PRAGMA foreign_keys")).intValue()).isEqualTo(1);

            // the append-only triggers came with the migration
            assertThat(db.dsl().fetch("SELECT name FROM sqlite_master WHERE type = 'trigger'").getValues(0, String.class))
                    .contains("item_event_append_only_update", "item_event_append_only_delete");
        }
    }

    @Test
    void foreignKeysAreEnforcedOnTheDatabasesConnection() throws Exception {
        try (Database db = Database.open(dir.resolve("fk.db"))) {
            Throwable failure = catchThrowableOfType(org.jooq.exception.DataAccessException.class,
                    () -> db.dsl().execute("INSERT INTO item_assist_unit (item_id, unit_id) VALUES (999, 999)"));
            assertThat(failure).isNotNull();
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("item_assist_unit"))).isZero();
        }
    }

    @Test
    void aZeroByteFileOpensAsANewDatabase() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        assertThat(Files.size(file)).isZero();

        try (Database db = Database.open(file)) {
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("item"))).isZero();
            assertThat(db.dsl().fetchValue("SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success = 1",
                    Integer.class)).isEqualTo(1);
        }
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void reopeningAnExistingDatabaseKeepsItsData() throws Exception {
        Path file = dir.resolve("reopen.db");
        try (Database db = Database.open(file)) {
            new UnitStore(db.dsl()).add("县水利局", UnitKind.COUNTY_DEPARTMENT);
        }
        try (Database db = Database.open(file)) {
            assertThat(new UnitStore(db.dsl()).all()).extracting(u -> u.name()).containsExactly("县水利局");
            // no second migration was recorded
            assertThat(db.dsl().fetchValue("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL",
                    Integer.class)).isEqualTo(migrationVersions().size());
            new UnitStore(db.dsl()).add("城关镇", UnitKind.TOWNSHIP);
        }
        try (Database db = Database.open(file)) {
            assertThat(new UnitStore(db.dsl()).all()).extracting(u -> u.name()).containsExactly("县水利局", "城关镇");
        }
    }

    @Test
    void aTextFileIsRefusedAsNotADatabaseAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        StringBuilder text = new StringBuilder();
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < 4096) {
            text.append("这不是数据库");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        DatabaseOpenException e = refused(file);

        assertThat(e.reason()).isEqualTo(Reason.NOT_A_DATABASE);
        assertThat(e.file()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertNoSiblings(file);
        assertChinese(e.userMessage());
    }

    @Test
    void aShortFileIsRefusedAsNotADatabase() throws Exception {
        Path file = dir.resolve("short.db");
        Files.write(file, new byte[] {'S', 'Q', 'L'});
        byte[] before = Files.readAllBytes(file);

        assertThat(refused(file).reason()).isEqualTo(Reason.NOT_A_DATABASE);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDatabaseWrittenByANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Database db = Database.open(file)) {
            new UnitStore(db.dsl()).add("县水利局", UnitKind.COUNTY_DEPARTMENT);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO flyway_schema_history
                        (installed_rank, version, description, type, script, checksum, installed_by,
                         installed_on, execution_time, success)
                    VALUES ((SELECT max(installed_rank) + 1 FROM flyway_schema_history), '99', 'future', 'SQL',
                            'V99__future.sql', 0, 'test', CURRENT_TIMESTAMP, 0, 1)""");
        }
        assertNoSiblings(file);
        byte[] before = Files.readAllBytes(file);

        DatabaseOpenException e = refused(file);

        assertThat(e.reason()).isEqualTo(Reason.NEWER_SCHEMA);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertNoPendingWrites(file);
        assertThat(e.userMessage()).contains("99");
        assertChinese(e.userMessage());
        // still refused on a second try, and the history was not touched
        assertThat(refused(file).reason()).isEqualTo(Reason.NEWER_SCHEMA);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aForeignSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("foreign.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE foo(x)");
            statement.executeUpdate("INSERT INTO foo VALUES (42)");
        }
        byte[] before = Files.readAllBytes(file);

        DatabaseOpenException e = refused(file);

        assertThat(e.reason()).isEqualTo(Reason.FOREIGN_DATABASE);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertNoSiblings(file);
        assertChinese(e.userMessage());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            assertThat(tables).containsExactly("foo");
        }
    }

    @Test
    void aDirectoryIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.db"));

        DatabaseOpenException e = refused(folder);

        assertThat(e.reason()).isEqualTo(Reason.IS_DIRECTORY);
        assertChinese(e.userMessage());
        try (Stream<Path> children = Files.list(folder)) {
            assertThat(children).isEmpty();
        }
    }

    @Test
    void aCorruptDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("corrupt.db");
        int pageSize;
        try (Database db = Database.open(file)) {
            new DemoData(db.dsl(), CLOCK).seedIfEmpty();
            pageSize = ((Number) db.dsl().fetchValue("PRAGMA page_size")).intValue();
        }
        assertNoSiblings(file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).as("demo data spans several pages").isGreaterThan(4 * pageSize);
        // keep the header and page 1 (the schema); scribble over page 3 onwards
        java.util.Random random = new java.util.Random(42);
        for (int i = 2 * pageSize; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        Files.write(file, bytes);
        byte[] before = Files.readAllBytes(file);

        DatabaseOpenException e = refused(file);

        assertThat(e.reason()).isIn(Reason.CORRUPT, Reason.NOT_A_DATABASE);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertNoPendingWrites(file);
        assertChinese(e.userMessage());
    }

    private static DatabaseOpenException refused(Path file) {
        DatabaseOpenException e = catchThrowableOfType(DatabaseOpenException.class, () -> Database.open(file).close());
        assertThat(e).as("Database.open(%s) must refuse the file", file).isNotNull();
        return e;
    }

    private static void assertNoSiblings(Path file) {
        assertThat(file.resolveSibling(file.getFileName() + "-wal")).doesNotExist();
        assertThat(file.resolveSibling(file.getFileName() + "-shm")).doesNotExist();
        assertThat(file.resolveSibling(file.getFileName() + "-journal")).doesNotExist();
    }

    /**
     * Read-only inspection of a WAL-mode file creates an empty {@code -wal} and a {@code -shm}
     * index; a refusal must remove them again, leaving the folder exactly as it was.
     */
    private static void assertNoPendingWrites(Path file) {
        assertNoSiblings(file);
    }

    private static void assertChinese(String message) {
        assertThat(message).isNotBlank();
        assertThat(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .as("Chinese message: %s", message).isTrue();
        // the bundle answers with the key itself when it is missing
        assertThat(message).doesNotStartWith("open.");
    }

    @Test
    void aFileWrittenByTheFirstVersionIsUpgradedWithItsDataKept() throws Exception {
        Path file = fileAtVersionOne();
        try (java.sql.Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO unit (id, name, kind, sort_order) VALUES (1, '县水利局', 'COUNTY_DEPARTMENT', 1)");
            sql.execute("""
                    INSERT INTO item (id, title, status, position, source, category, lead_unit_id, owner,
                                      assigned_on, deadline, created_at, updated_at)
                    VALUES (1, '县城区供水管网改造', 'IN_PROGRESS', 1024, 'WORK_REPORT', 'KEY', 1, '周建平',
                            '2026-03-01', '2026-12-31', '2026-03-01T09:00:00.000+08:00', '2026-03-01T09:00:00.000+08:00')""");
        }

        try (Database db = Database.open(file)) {
            ItemStore items = new ItemStore(db.dsl(), TestClock.startingToday());
            duban.domain.Item item = items.find(1);
            assertThat(item.title()).isEqualTo("县城区供水管网改造");
            assertThat(item.returnCount()).isZero();
            assertThat(item.isExtended()).isFalse();
            assertThat(db.dsl().fetchValue("SELECT max(version) FROM flyway_schema_history", String.class))
                    .isEqualTo(migrationVersions().get(migrationVersions().size() - 1));
        }
    }

    @Test
    void theStepBeforeMigrationIsTheCallersAndRunsOnlyWhenSomethingIsMigrated() throws Exception {
        Path file = fileAtVersionOne();
        List<Path> handedOver = new ArrayList<>();

        Database.open(file, false, handedOver::add).close();
        Database.open(file, false, handedOver::add).close();
        Database.open(dir.resolve("new.db"), false, handedOver::add).close();

        assertThat(handedOver).as("once, for the file that was migrated").containsExactly(file.toAbsolutePath().normalize());
        assertThat(BackupNames.folderFor(file)).as("the default backup was not made").doesNotExist();
    }

    /** A file "v1.db" as the first version left it: schema version 1, no rows. */
    private Path fileAtVersionOne() {
        Path file = dir.resolve("v1.db");
        org.sqlite.SQLiteDataSource v1 = new org.sqlite.SQLiteDataSource();
        v1.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure().dataSource(v1).locations("filesystem:db/migration/sqlite").target("1").load()
                .migrate();
        return file;
    }

    /** The versions of the migrations in db/migration, in order: what a new file must have applied. */
    private static List<String> migrationVersions() throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("db", "migration", "sqlite"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
    }
}
