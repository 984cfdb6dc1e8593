package duban.safety;

import duban.store.BackupService;

import duban.domain.RestoreException;

import duban.domain.Backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Status;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.SettingsStore;
import duban.testing.MovableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** Backups with VACUUM INTO on a real file: made, named, counted, pruned, restored. */
class BackupServiceTest {

    @TempDir
    Path folder;

    private final MovableClock clock =
            new MovableClock(Instant.parse("2026-11-21T01:30:00Z"), SafetyFixture.ZONE); // 09:30 in Beijing
    private Database database;
    private ItemStore items;
    private BackupService backups;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(folder.resolve("duban.db"));
        items = new ItemStore(database.dsl(), clock);
        backups = new BackupService(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void backupNowCopiesTheDatabaseIntoTheBackupsFolderNamedByTheTime() throws Exception {
        SafetyFixture.seed(database, 3);

        Backup made = backups.backupNow();

        assertThat(made.file()).isEqualTo(folder.resolve("backups").resolve("duban-20261121-093000.db"));
        assertThat(made.itemCount()).isEqualTo(3);
        assertThat(made.sizeBytes()).isEqualTo(Files.size(made.file())).isPositive();
        assertThat(SafetyFixture.queryReadOnly(made.file(), "PRAGMA integrity_check")).isEqualTo("ok");
        // A second one in the same second gets its own name, never overwriting the first.
        assertThat(backups.backupNow().file().getFileName()).hasToString("duban-20261121-093000-2.db");
    }

    @Test
    void aBackupIsConsistentWhileAnotherConnectionIsHalfwayThroughAWrite() throws Exception {
        SafetyFixture.seed(database, 2);
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        try (Connection other = config.createConnection("jdbc:sqlite:" + database.file());
             Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.executeUpdate("UPDATE item SET title = 'half-written' WHERE id = 1");

            Backup made = backups.backupNow();

            assertThat(SafetyFixture.queryReadOnly(made.file(), "SELECT title FROM item WHERE id = 1")).isEqualTo("事项 1");
            other.rollback();
        }
    }

    @Test
    void onlyTheNewestBackupsAreKeptAsTheSettingSays() throws Exception {
        SafetyFixture.seed(database, 1);
        assertThat(backups.keep()).isEqualTo(30);
        new SettingsStore(database.dsl(), clock).put(BackupService.KEEP_SETTING, "3");
        Path unrelated = Files.writeString(Files.createDirectories(folder.resolve("backups")).resolve("notes.txt"), "keep me");
        for (int i = 0; i < 5; i++) {
            backups.backupNow();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(backups.list()).extracting(backup -> backup.file().getFileName().toString())
                .containsExactly("duban-20261121-093400.db", "duban-20261121-093300.db", "duban-20261121-093200.db");
        assertThat(unrelated).exists();
    }

    @Test
    void aBadKeepSettingFallsBackToThirty() {
        new SettingsStore(database.dsl(), clock).put(BackupService.KEEP_SETTING, "零");
        assertThat(backups.keep()).isEqualTo(30);
        new SettingsStore(database.dsl(), clock).put(BackupService.KEEP_SETTING, "0");
        assertThat(backups.keep()).isEqualTo(30);
    }

    @Test
    void theFirstStartOfEachDayMakesOneBackup() {
        assertThat(backups.backupIfFirstStartToday()).isPresent();
        clock.advance(Duration.ofHours(3));
        assertThat(backups.backupIfFirstStartToday()).isEmpty();
        clock.advance(Duration.ofHours(20)); // the next morning in Beijing
        assertThat(backups.backupIfFirstStartToday()).map(b -> b.file().getFileName().toString())
                .contains("duban-20261122-083000.db");
        assertThat(backups.list()).hasSize(2);
    }

    @Test
    void theListShowsDateSizeAndItemCountAndMarksAFileThatIsNotADatabase() throws Exception {
        SafetyFixture.seed(database, 4);
        backups.backupNow();
        Files.writeString(folder.resolve("backups").resolve("duban-20261120-180000.db"), "not a database");

        List<Backup> listed = backups.list();

        assertThat(listed).extracting(Backup::itemCount).containsExactly(4, -1);
        assertThat(listed.get(1).readable()).isFalse();
        assertThat(BackupsViewModel.describe(listed.get(0))).startsWith("2026-11-21 09:30:00").endsWith("4 项督办事项");
    }

    @Test
    void theBackupBeforeAMigrationIsTakenReadOnlyAndLeavesTheFileAsItWas() throws Exception {
        SafetyFixture.seed(database, 2);
        database.close();
        Path file = folder.resolve("duban.db");
        String before = sha256(file);

        Path made = BackupService.backupBeforeMigration(file);

        assertThat(made.getParent()).isEqualTo(folder.resolve("backups"));
        assertThat(made.getFileName().toString()).matches("duban-\\d{8}-\\d{6}-before-migration\\.db");
        assertThat(SafetyFixture.queryReadOnly(made, "SELECT count(*) FROM item")).isEqualTo("2");
        assertThat(sha256(file)).isEqualTo(before);
        database = Database.open(file);
        assertThat(new BackupService(database, clock).list()).hasSize(1);
    }

    @Test
    void restoringSetsTheCurrentDataAsideAndTheSameConnectionGoesOnWithTheBackup() throws Exception {
        List<Item> seeded = SafetyFixture.seed(database, 3);
        Backup made = backups.backupNow();
        Item first = seeded.get(0);
        items.move(first.id(), first.version(), Status.IN_PROGRESS, 1.0, null, null);
        SafetyFixture.seed(database, 2);
        // Another instance has the same file open while we restore.
        try (Database otherInstance = Database.open(folder.resolve("duban.db"))) {
            assertThat(new ItemStore(otherInstance.dsl(), clock).countAll()).isEqualTo(5);
            clock.advance(Duration.ofMinutes(5));

            BackupService.RestoreOutcome outcome = backups.restore(made);

            assertThat(outcome.setAside().getFileName()).hasToString("duban.db.before-restore-20261121-093500");
            assertThat(SafetyFixture.queryReadOnly(outcome.setAside(), "SELECT count(*) FROM item")).isEqualTo("5");
            assertThat(items.countAll()).isEqualTo(3);
            assertThat(items.find(first.id()).status()).isEqualTo(Status.ASSIGNED);
            assertThat(new ItemStore(otherInstance.dsl(), clock).countAll()).isEqualTo(3);
        }
        // Writing goes on through the same connection, into the restored data, still in WAL mode.
        Item again = items.find(first.id());
        items.update(again.id(), again.version(), withTitle(again, "恢复后修改"));
        assertThat(database.dsl().fetchValue("PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(database.dsl().fetchValue("PRAGMA integrity_check")).isEqualTo("ok");
        // The backup restored, and after it the restored state as the newest backup (the history
        // check's baseline); the restore's scratch copy is gone.
        assertThat(backups.list()).hasSize(2).contains(made);
        assertThat(backups.list().get(0).itemCount()).isEqualTo(3);
        assertThat(folder.resolve("backups")).isDirectoryNotContaining("glob:**/.restoring*");
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingChanges() throws Exception {
        SafetyFixture.seed(database, 3);
        Path junk = Files.createDirectories(folder.resolve("backups")).resolve("duban-20261120-180000.db");
        Files.writeString(junk, "not a database");
        Backup damaged = backups.list().get(0);

        assertThatThrownBy(() -> backups.restore(damaged)).isInstanceOf(RestoreException.class)
                .satisfies(e -> assertThat(((RestoreException) e).userMessage()).contains("duban-20261120-180000.db"));

        assertThat(items.countAll()).isEqualTo(3);
        assertThat(Files.readString(junk)).isEqualTo("not a database");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void aClosedFileIsSwappedWithItsSideFilesRenamedTogether() throws Exception {
        SafetyFixture.seed(database, 3);
        Backup made = backups.backupNow();
        SafetyFixture.seed(database, 1);
        database.close();
        Path file = folder.resolve("duban.db");
        Files.writeString(Path.of(file + "-wal"), ""); // as a crash may leave it

        Path setAside = BackupService.restoreClosedFile(file, made.file(), clock);

        assertThat(Path.of(setAside + "-wal")).exists();
        assertThat(Path.of(file + "-wal")).doesNotExist();
        assertThat(SafetyFixture.queryReadOnly(setAside, "SELECT count(*) FROM item")).isEqualTo("4");
        database = Database.open(file);
        assertThat(new ItemStore(database.dsl(), clock).countAll()).isEqualTo(3);
    }

    private static ItemDraft withTitle(Item item, String title) {
        ItemDraft draft = ItemDraft.of(item);
        return new ItemDraft(title, draft.details(), draft.source(), draft.category(), draft.leadUnitId(),
                draft.assistUnitIds(), draft.owner(), draft.leader(), draft.assignedOn(), draft.deadline());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
