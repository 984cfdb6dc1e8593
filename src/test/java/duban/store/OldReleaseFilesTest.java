package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.app.cli.VerifyCommand;
import duban.store.HistoryVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteConfig;

/**
 * Files written by the released versions themselves (the fixtures in {@code duban/fixtures}, one per
 * schema version, made by {@code src/test/fixtures-writers}) open in this version: migrated, every
 * row of every table kept as it was, the history sealed, {@code --verify} passing and the board's
 * reads working; opened read-only, an older one is refused without a byte changing.
 */
class OldReleaseFilesTest {

    private static final Pattern FIXTURE_NAME = Pattern.compile("duban-v(\\d+)(-[a-z]+)?\\.db");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path folder;

    /** One committed file and the schema version its name says it has. */
    record Fixture(Path file, int schemaVersion) {
        @Override
        public String toString() {
            return file.getFileName().toString();
        }
    }

    static List<Fixture> fixtures() throws IOException, URISyntaxException {
        URL url = OldReleaseFilesTest.class.getResource("/duban/fixtures/");
        assertThat(url).as("the fixtures folder on the test class path").isNotNull();
        List<Fixture> fixtures = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            files.forEach(file -> {
                Matcher name = FIXTURE_NAME.matcher(file.getFileName().toString());
                if (name.matches()) {
                    fixtures.add(new Fixture(file, Integer.parseInt(name.group(1))));
                }
            });
        }
        fixtures.sort(java.util.Comparator.comparingInt(Fixture::schemaVersion));
        return fixtures;
    }

    /**
     * A schema version is released once a newer one exists; from then on its fixture must be here.
     * The newest version may still be in the making (its fixture comes with its release).
     */
    @Test
    void everyReleasedSchemaVersionHasAFixtureWrittenByThatRelease() throws Exception {
        List<Integer> versions = fixtures().stream().map(Fixture::schemaVersion).toList();
        assertThat(versions).containsAll(IntStream.range(1, SchemaMigration.NEWEST_SCHEMA_VERSION).boxed().toList());
        assertThat(versions).allSatisfy(version -> assertThat(version).isBetween(1, SchemaMigration.NEWEST_SCHEMA_VERSION));
        for (Fixture fixture : fixtures()) {
            assertThat(schemaVersion(fixture.file())).as("the schema version %s was written with", fixture)
                    .isEqualTo(fixture.schemaVersion());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void anOlderFileIsMigratedWithEveryRowKeptItsHistorySealedAndVerifiesIntact(Fixture fixture) throws Exception {
        Path file = copyOf(fixture);
        Map<String, Table> before = snapshot(file);
        int itemsBefore = before.get("item").rows().size();
        long onBoardBefore = count(file, "SELECT count(*) FROM item WHERE withdrawn = 0");

        try (Database database = Database.open(file)) {
            ItemStore items = new ItemStore(database.dsl(), CLOCK);
            assertThat(items.loadAll()).as("every item loads").hasSize(itemsBefore);
            assertThat(items.loadBoard()).as("the board's cards").hasSize((int) onBoardBefore);
            assertThat(new UnitStore(database.dsl()).all()).hasSize(before.get("unit").rows().size());
            WorkflowStore workflow = new WorkflowStore(database.dsl(), CLOCK);
            int events = 0;
            int reports = 0;
            int reminders = 0;
            int extensions = 0;
            for (var item : items.loadAll()) {
                events += items.history(item.id()).size();
                reports += workflow.reports(item.id()).size();
                reminders += workflow.reminders(item.id()).size();
                extensions += workflow.extensions(item.id()).size();
            }
            assertThat(events).isEqualTo(before.get("item_event").rows().size());
            assertThat(reports).isEqualTo(rowsIn(before, "progress_report"));
            assertThat(reminders).isEqualTo(rowsIn(before, "reminder"));
            assertThat(extensions).isEqualTo(rowsIn(before, "extension"));
            assertThat(new OfficeSettingsStore(database.dsl(), CLOCK).load().problems())
                    .as("the office's settings read back").isEmpty();
        }

        assertThat(schemaVersion(file)).isEqualTo(SchemaMigration.NEWEST_SCHEMA_VERSION);
        assertThat(count(file, "SELECT count(*) FROM flyway_schema_history WHERE NOT success")).isZero();
        assertEveryRowKept(before, snapshot(file));

        assertThat(count(file, "SELECT count(*) FROM item_event WHERE hash IS NULL")).as("events left unsealed").isZero();
        HistoryVerifier.Report report = HistoryVerifier.verify(file);
        assertThat(report.chain().intact()).isTrue();
        assertThat(report.chain().eventsChecked()).isEqualTo(before.get("item_event").rows().size());
        assertThat(report.intact()).isTrue();
        assertVerifyPasses(file);

        List<Path> beforeMigration = beforeMigrationBackups();
        if (fixture.schemaVersion() < SchemaMigration.NEWEST_SCHEMA_VERSION) {
            assertThat(beforeMigration).as("the backup made before the migration").hasSize(1);
            assertThat(snapshot(beforeMigration.get(0))).as("the backup holds the file as it was")
                    .isEqualTo(before);
        } else {
            assertThat(beforeMigration).as("nothing to migrate, so no backup for it").isEmpty();
        }

        Map<String, Table> migrated = snapshot(file);
        try (Database again = Database.open(file)) {
            assertThat(new ItemStore(again.dsl(), CLOCK).loadAll()).hasSize(itemsBefore);
        }
        assertThat(snapshot(file)).as("opening the migrated file again changes nothing").isEqualTo(migrated);
        assertThat(beforeMigrationBackups()).isEqualTo(beforeMigration);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void openedReadOnlyAnOlderFileIsRefusedAsNeedingAnUpgradeAndNotAByteChanges(Fixture fixture) throws Exception {
        Path file = copyOf(fixture);
        byte[] bytes = Files.readAllBytes(file);
        List<Path> entries = entries();

        if (fixture.schemaVersion() < SchemaMigration.NEWEST_SCHEMA_VERSION) {
            assertThatThrownBy(() -> Database.open(file, true).close())
                    .isInstanceOfSatisfying(DatabaseOpenException.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(DatabaseOpenException.Reason.READ_ONLY_NEEDS_UPGRADE);
                        assertThat(refused.userMessage()).isNotBlank().doesNotContain("Exception", "SQL");
                    });
            assertThat(entries()).as("nothing left beside a refused file").isEqualTo(entries);
        } else {
            // Read-only, SQLite keeps the WAL's -wal/-shm files beside an open file (it cannot
            // remove them without writing); only the file itself is compared below.
            try (Database database = Database.open(file, true)) {
                assertThat(database.readOnly()).isTrue();
                assertThat(new ItemStore(database.dsl(), CLOCK).loadAll()).isNotEmpty();
            }
        }

        assertThat(Files.readAllBytes(file)).as("the file's bytes").isEqualTo(bytes);
    }

    /**
     * V3's script was reworded after the release of commit 23cb7dd had applied it; its files record
     * the earlier checksum, which Flyway takes for an edited script and refuses to migrate past.
     * Today's code records the new one for that exact earlier checksum only.
     */
    @Test
    void aFileThatAppliedTheEarlierWordingOfVersionThreeCanBeMigratedFurther() throws Exception {
        Fixture early = fixtures().stream().filter(f -> f.toString().equals("duban-v3-early.db")).findFirst()
                .orElseThrow();
        Path file = copyOf(early);
        assertThat(flywayValidates(file)).as("before: Flyway refuses the earlier wording").isFalse();
        SchemaMigration.acceptEarlierScripts(file, FileSystemKind.of(file.toAbsolutePath().getParent()));
        assertThat(flywayValidates(file)).isTrue();

        Path other = folder.resolve("other.db");
        Files.copy(early.file(), other);
        try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + other);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '3'");
        }
        SchemaMigration.acceptEarlierScripts(other, FileSystemKind.of(other.toAbsolutePath().getParent()));
        assertThat(flywayValidates(other)).as("any other difference is still refused").isFalse();
    }

    /** Whether Flyway finds the file's applied scripts equal to ours (versions not yet applied aside). */
    private static boolean flywayValidates(Path file) {
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        return org.flywaydb.core.Flyway.configure().dataSource(source).locations("classpath:db/migration/sqlite")
                .ignoreMigrationPatterns("*:pending").load().validateWithResult().validationSuccessful;
    }

    private Path copyOf(Fixture fixture) throws IOException {
        Path file = folder.resolve("duban.db");
        Files.copy(fixture.file(), file);
        return file;
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.sorted().toList();
        }
    }

    /** Backups made before a migration, wherever beside the database they are kept and however named. */
    private List<Path> beforeMigrationBackups() throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().contains("before-migration"))
                    .sorted().toList();
        }
    }

    private static void assertVerifyPasses(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new VerifyCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of("--verify", "--db", file.toString()));
        assertThat(exit).as("--verify: %s%s", out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8))
                .isEqualTo(VerifyCommand.INTACT);
    }

    /** Every row of every table of the old file, in the columns it had, is in the new one with the same values. */
    private static void assertEveryRowKept(Map<String, Table> before, Map<String, Table> after) {
        for (Table old : before.values()) {
            Table now = after.get(old.name());
            assertThat(now).as("table %s", old.name()).isNotNull();
            assertThat(now.columns()).as("columns of %s", old.name()).containsAll(old.columns());
            // Flyway's record of a script reworded since (SchemaMigration.REWORDED_SCRIPTS) gets today's
            // checksum; the rest of its row, like every other row, stays as it was.
            List<String> compared = old.name().equals("flyway_schema_history")
                    ? old.columns().stream().filter(column -> !column.equals("checksum")).toList()
                    : old.columns();
            List<List<String>> remaining = new ArrayList<>(now.project(compared));
            List<List<String>> missing = new ArrayList<>();
            for (List<String> row : old.project(compared)) {
                if (!remaining.remove(row)) {
                    missing.add(row);
                }
            }
            assertThat(missing).as("rows of %s (columns %s) lost or changed", old.name(), compared).isEmpty();
        }
    }

    private static int rowsIn(Map<String, Table> tables, String name) {
        Table table = tables.get(name);
        return table == null ? 0 : table.rows().size();
    }

    /**
     * One table's columns and rows, every value written with its SQLite type so that a changed type
     * ('12' for 12) or a changed real in its last bit counts as a change.
     */
    record Table(String name, List<String> columns, List<List<String>> rows) {
        List<List<String>> project(List<String> wanted) {
            int[] at = wanted.stream().mapToInt(columns::indexOf).toArray();
            return rows.stream().map(row -> IntStream.of(at).mapToObj(row::get).toList()).toList();
        }
    }

    private static Map<String, Table> snapshot(Path file) throws SQLException {
        Map<String, Table> tables = new LinkedHashMap<>();
        try (Connection connection = readOnly(file); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT name FROM pragma_table_info('" + name + "')")) {
                    while (rows.next()) {
                        columns.add(rows.getString(1));
                    }
                }
                tables.put(name, new Table(name, columns, rowsOf(statement, name, columns)));
            }
        }
        return tables;
    }

    private static List<List<String>> rowsOf(Statement statement, String table, List<String> columns)
            throws SQLException {
        StringBuilder select = new StringBuilder("SELECT ");
        for (String column : columns) {
            select.append("typeof(\"").append(column).append("\"), \"").append(column).append("\", ");
        }
        select.setLength(select.length() - 2);
        select.append(" FROM \"").append(table).append("\" ORDER BY rowid");
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(select.toString())) {
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.add(typed(result, 2 * i + 1));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String typed(ResultSet result, int typeColumn) throws SQLException {
        String type = result.getString(typeColumn);
        int value = typeColumn + 1;
        return switch (type) {
            case "null" -> "null";
            case "integer" -> "integer " + result.getLong(value);
            case "real" -> "real " + Long.toHexString(Double.doubleToRawLongBits(result.getDouble(value)))
                    + " (" + result.getDouble(value) + ")";
            case "blob" -> "blob " + HexFormat.of().formatHex(result.getBytes(value));
            default -> "text " + result.getString(value);
        };
    }

    private static int schemaVersion(Path file) throws SQLException {
        return (int) count(file, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history");
    }

    private static long count(Path file, String sql) throws SQLException {
        try (Connection connection = readOnly(file); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
