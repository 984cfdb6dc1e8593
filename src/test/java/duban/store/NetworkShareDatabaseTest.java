package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import duban.store.DatabaseOpenException.Reason;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * A database whose folder the detector calls a network share: never WAL, a rollback journal
 * with every commit synced, held by one connection (one computer) at a time.
 */
@Timeout(60)
class NetworkShareDatabaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final FileSystemKind SHARE = new FileSystemKind(true, "cifs");

    @TempDir
    Path dir;

    private Function<Path, FileSystemKind> realDetector;

    @BeforeEach
    void everyFolderIsAShare() {
        realDetector = DatabaseFile.fileSystemDetector;
        DatabaseFile.fileSystemDetector = folder -> SHARE;
    }

    @AfterEach
    void restoreTheDetector() {
        DatabaseFile.fileSystemDetector = realDetector;
    }

    @Test
    void a_new_file_on_a_share_opens_with_a_rollback_journal_full_sync_and_exclusive_locking() throws Exception {
        Path file = dir.resolve("督查室/duban.db");
        try (Database db = Database.open(file)) {
            assertThat(db.fileSystem()).isEqualTo(SHARE);
            assertThat(pragma(db, "journal_mode")).isEqualTo("delete");
            assertThat(pragma(db, "locking_mode")).isEqualTo("exclusive");
            assertThat(pragma(db, "synchronous")).isEqualTo("2"); // FULL
            assertThat(new DemoData(db.dsl(), CLOCK).seedIfEmpty().seeded()).isTrue();
            assertThat(Path.of(file + "-wal")).doesNotExist();
            assertThat(Path.of(file + "-shm")).doesNotExist();
        }
        assertThat(walHeaderBytes(file)).as("the file's header says rollback journal").containsExactly(1, 1);
        assertThat(Path.of(file + "-wal")).doesNotExist();
    }

    @Test
    void a_file_written_in_wal_on_a_local_disk_leaves_wal_when_opened_on_a_share_and_keeps_its_data() throws Exception {
        Path file = dir.resolve("duban.db");
        DatabaseFile.fileSystemDetector = realDetector;
        int items;
        try (Database db = Database.open(file)) {
            items = new DemoData(db.dsl(), CLOCK).seedIfEmpty().items();
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
        }
        assertThat(walHeaderBytes(file)).containsExactly(2, 2);

        DatabaseFile.fileSystemDetector = folder -> SHARE;
        try (Database db = Database.open(file)) {
            assertThat(pragma(db, "journal_mode")).isEqualTo("delete");
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("item"))).isEqualTo(items);
        }
        assertThat(walHeaderBytes(file)).containsExactly(1, 1);
        assertThat(Path.of(file + "-wal")).doesNotExist();
    }

    @Test
    void a_second_computer_is_refused_with_a_message_while_the_first_has_the_file_and_may_open_it_after() throws Exception {
        Path file = dir.resolve("duban.db");
        try (Database first = Database.open(file)) {
            new DemoData(first.dsl(), CLOCK).seedIfEmpty();
            byte[] before = Files.readAllBytes(file);

            DatabaseOpenException refused = catchThrowableOfType(DatabaseOpenException.class, () -> Database.open(file));
            assertThat(refused).isNotNull();
            assertThat(refused.reason()).isEqualTo(Reason.NETWORK_FILE_IN_USE);
            assertThat(refused.userMessage()).contains("cifs", "另一台电脑", "服务器数据库（PostgreSQL）", "见说明书")
                    .doesNotContain("SQLITE", "locked", "Exception");
            DatabaseOpenException refusedReadOnly = catchThrowableOfType(DatabaseOpenException.class,
                    () -> Database.open(file, true));
            assertThat(refusedReadOnly.reason()).isEqualTo(Reason.NETWORK_FILE_IN_USE);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);

            // The first computer goes on writing.
            first.dsl().execute("UPDATE unit SET sort_order = sort_order + 1");
        }
        try (Database second = Database.open(file)) {
            assertThat(second.dsl().fetchCount(second.dsl().selectFrom("item"))).isPositive();
        }
    }

    @Test
    void a_file_another_program_holds_open_in_wal_is_refused_unchanged_never_written_in_wal() throws Exception {
        Path file = dir.resolve("duban.db");
        DatabaseFile.fileSystemDetector = realDetector;
        try (Database db = Database.open(file)) {
            new DemoData(db.dsl(), CLOCK).seedIfEmpty();
        }
        SQLiteConfig wal = new SQLiteConfig();
        wal.setJournalMode(SQLiteConfig.JournalMode.WAL);
        try (Connection onTheServer = wal.createConnection(ConnectionSettings.url(file));
             Statement statement = onTheServer.createStatement();
             ResultSet reading = statement.executeQuery("SELECT count(*) FROM item")) {
            assertThat(reading.next()).isTrue();
            byte[] before = Files.readAllBytes(file);

            DatabaseFile.fileSystemDetector = folder -> SHARE;
            DatabaseOpenException refused = catchThrowableOfType(DatabaseOpenException.class, () -> Database.open(file));
            assertThat(refused).isNotNull();
            assertThat(refused.reason()).isEqualTo(Reason.NETWORK_FILE_IN_USE);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(walHeaderBytes(file)).containsExactly(2, 2);
        }
    }

    @Test
    void a_reader_of_its_own_gets_the_file_while_the_board_lets_it_go_and_the_board_holds_it_again_after() throws Exception {
        Path file = dir.resolve("duban.db");
        try (Database db = Database.open(file)) {
            new DemoData(db.dsl(), CLOCK).seedIfEmpty();
            int items = db.dsl().fetchCount(db.dsl().selectFrom("item"));
            Throwable shutOut = catchThrowableOfType(SQLException.class, () -> countItemsOnOwnConnection(file));
            assertThat(shutOut).as("held exclusively").isNotNull();

            assertThat(db.withFileOpenToOthers(() -> countItemsOnOwnConnection(file))).isEqualTo(items);

            assertThat(pragma(db, "locking_mode")).isEqualTo("exclusive");
            Throwable shutOutAgain = catchThrowableOfType(SQLException.class, () -> countItemsOnOwnConnection(file));
            assertThat(shutOutAgain).as("held again").isNotNull();
            db.dsl().execute("UPDATE unit SET sort_order = sort_order + 1");
        }
    }

    @Test
    void a_local_file_still_opens_in_wal_with_normal_locking_and_every_commit_synced() throws Exception {
        DatabaseFile.fileSystemDetector = folder -> FileSystemKind.LOCAL;
        try (Database db = Database.open(dir.resolve("local.db"))) {
            assertThat(db.fileSystem().network()).isFalse();
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "locking_mode")).isEqualTo("normal");
            assertThat(pragma(db, "synchronous")).as("FULL: a reported commit survives a power cut").isEqualTo("2");
        }
    }

    private static int countItemsOnOwnConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(200);
        try (Connection connection = config.createConnection(ConnectionSettings.url(file));
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM item")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static String pragma(Database db, String name) {
        return String.valueOf(db.dsl().fetchValue("PRAGMA " + name)).toLowerCase(java.util.Locale.ROOT);
    }

    /** Bytes 18 and 19 of an SQLite file: 1 for a rollback journal, 2 for WAL. */
    private static int[] walHeaderBytes(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(20);
            return new int[] {header[18], header[19]};
        }
    }
}
