package duban.safety;

import duban.store.BackupService;

import duban.store.HistoryVerifier;

import duban.domain.Backup;

import static org.assertj.core.api.Assertions.assertThat;

import duban.store.Database;
import duban.store.ItemStore;
import duban.store.SettingsStore;
import duban.testing.MovableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * Several databases in one folder share its {@code backups/}: each lists, restores, prunes and
 * compares only its own backups (named after it, with its identity), and each gets its day's first
 * backup. A copied or renamed file, and a restore of a backup older than identities.
 */
class BackupsOfEachDatabaseTest {

    @TempDir
    Path folder;

    private final MovableClock clock =
            new MovableClock(Instant.parse("2026-11-21T01:30:00Z"), SafetyFixture.ZONE); // 09:30 in Beijing

    @Test
    void twoDatabasesInOneFolderEachHaveTheirOwnBackups() throws Exception {
        try (Database office = Database.open(folder.resolve("duban.db"));
             Database archive = Database.open(folder.resolve("2025年.db"))) {
            SafetyFixture.seed(office, 3);
            SafetyFixture.seed(archive, 5);
            BackupService officeBackups = new BackupService(office, clock);
            BackupService archiveBackups = new BackupService(archive, clock);

            // The day's first backup is made for each, although the other's of today is there.
            assertThat(officeBackups.backupIfFirstStartToday()).isPresent();
            assertThat(archiveBackups.backupIfFirstStartToday()).isPresent();
            assertThat(officeBackups.backupIfFirstStartToday()).isEmpty();
            assertThat(backupNames()).containsExactlyInAnyOrder("duban-20261121-093000.db", "2025年-20261121-093000.db");

            assertThat(officeBackups.list()).extracting(Backup::itemCount).containsExactly(3);
            assertThat(archiveBackups.list()).extracting(Backup::itemCount).containsExactly(5);
        }
        // Untouched, each verifies against its own backup (the other's would differ from event 1).
        for (String name : List.of("duban.db", "2025年.db")) {
            HistoryVerifier.Report report = HistoryVerifier.verify(folder.resolve(name));
            assertThat(report.intact()).as(name).isTrue();
            assertThat(report.backup()).as(name).isPresent();
            assertThat(report.backup().orElseThrow().getFileName().toString())
                    .startsWith(name.substring(0, name.length() - 3) + "-");
        }
    }

    @Test
    void threeDatabasesWithOverlappingNamesNeverPruneOrOfferEachOthersBackups() throws Exception {
        List<String> names = List.of("duban.db", "duban-2025.db", "2025年.db");
        for (int round = 0; round < 4; round++) {
            for (String name : names) {
                try (Database database = Database.open(folder.resolve(name))) {
                    if (round == 0) {
                        SafetyFixture.seed(database, names.indexOf(name) + 1);
                    }
                    new SettingsStore(database.dsl(), clock).put(BackupService.KEEP_SETTING, "2");
                    new BackupService(database, clock).backupNow();
                }
            }
            clock.advance(Duration.ofMinutes(1));
        }
        // Each keeps its newest two; none lost one to another's pruning.
        for (String name : names) {
            try (Database database = Database.open(folder.resolve(name))) {
                List<Backup> own = new BackupService(database, clock).list();
                assertThat(own).as(name).hasSize(2);
                assertThat(own).as(name).allMatch(backup -> backup.itemCount() == names.indexOf(name) + 1);
                assertThat(own).extracting(Backup::takenAtText).as(name)
                        .containsExactly("2026-11-21 09:33", "2026-11-21 09:32");
            }
            assertThat(HistoryVerifier.verify(folder.resolve(name)).intact()).as(name).isTrue();
        }
        assertThat(backupNames()).hasSize(6)
                .contains("duban-20261121-093300.db", "duban-2025-20261121-093300.db", "2025年-20261121-093300.db");
    }

    @Test
    void aBackupNamedAfterTheFileButOfAnotherDatabaseIsNeverListedComparedOrPruned() throws Exception {
        Path foreign = folder.resolve("backups").resolve("duban-20261121-120000.db");
        try (Database other = Database.open(folder.resolve("elsewhere").resolve("duban.db"))) {
            SafetyFixture.seed(other, 7);
            Backup made = new BackupService(other, clock).backupNow();
            Files.createDirectories(foreign.getParent());
            Files.copy(made.file(), foreign);
        }
        try (Database office = Database.open(folder.resolve("duban.db"))) {
            SafetyFixture.seed(office, 2);
            new SettingsStore(office.dsl(), clock).put(BackupService.KEEP_SETTING, "1");
            BackupService backups = new BackupService(office, clock);
            backups.backupNow();
            clock.advance(Duration.ofMinutes(1));
            backups.backupNow();

            assertThat(backups.list()).extracting(Backup::itemCount).containsExactly(2);
            assertThat(backups.list()).extracting(backup -> backup.file().getFileName().toString())
                    .containsExactly("duban-20261121-093100.db");
        }
        assertThat(foreign).exists(); // newer by its name, yet never pruned as ours
        HistoryVerifier.Report report = HistoryVerifier.verify(folder.resolve("duban.db"));
        assertThat(report.intact()).isTrue();
        assertThat(report.backup().orElseThrow().getFileName()).hasToString("duban-20261121-093100.db");
        // Nor offered when the file is damaged and its identity is still readable.
        assertThat(BackupService.newestUsable(folder.resolve("duban.db")).orElseThrow().itemCount()).isEqualTo(2);
    }

    @Test
    void restoringABackupFromBeforeIdentitiesKeepsTheFilesIdentity() throws Exception {
        Path file = folder.resolve("duban.db");
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(source).locations("classpath:db/migration/sqlite").target("3").load().migrate();
        String identity;
        try (Database database = Database.open(file)) { // migrates to 4: backed up first, without an identity
            identity = identity(file);
            assertThat(identity).matches("[0-9a-f]{32}");
            BackupService backups = new BackupService(database, clock);
            Backup beforeMigration = backups.list().get(0);
            assertThat(beforeMigration.file().getFileName().toString()).endsWith("-before-migration.db");
            assertThat(SafetyFixture.queryReadOnly(beforeMigration.file(),
                    "SELECT count(*) FROM sqlite_master WHERE name = 'database_identity'")).isEqualTo("0");
            SafetyFixture.seed(database, 2);
            Backup withIdentity = backups.backupNow();

            backups.restore(beforeMigration);

            assertThat(identity(file)).isEqualTo(identity);
            assertThat(new ItemStore(database.dsl(), clock).countAll()).isZero();
            // Its backups are still its own: the one with the identity is listed and restorable.
            assertThat(backups.list()).extracting(Backup::file).contains(withIdentity.file());
            clock.advance(Duration.ofMinutes(1));
            backups.restore(withIdentity);
            assertThat(new ItemStore(database.dsl(), clock).countAll()).isEqualTo(2);
            assertThat(identity(file)).isEqualTo(identity);
        }
        // The identity row is fixed, as the schema's triggers say, also after a restore.
        try (Database database = Database.open(file)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> database.dsl().execute("UPDATE database_identity SET id = '0123456789abcdef0123456789abcdef'"))
                    .hasMessageContaining("database_identity is fixed");
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> database.dsl().execute("DELETE FROM database_identity"))
                    .hasMessageContaining("database_identity is fixed");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> database.dsl().execute(
                    "INSERT INTO database_identity VALUES ('0123456789abcdef0123456789abcdef', 'x')"))
                    .hasMessageContaining("one row");
        }
        assertThat(HistoryVerifier.verify(file).intact()).isTrue();
    }

    @Test
    void aCopyKeepsTheIdentityButStartsItsOwnBackupsUnderItsOwnName() throws Exception {
        Path original = folder.resolve("duban.db");
        try (Database database = Database.open(original)) {
            SafetyFixture.seed(database, 3);
            new BackupService(database, clock).backupNow();
        }
        Path copy = folder.resolve("duban - 副本.db");
        Files.copy(original, copy);
        assertThat(identity(copy)).isEqualTo(identity(original));

        try (Database copied = Database.open(copy)) {
            BackupService backups = new BackupService(copied, clock);
            assertThat(backups.list()).as("the original's backups are not the copy's").isEmpty();
            assertThat(backups.backupIfFirstStartToday()).isPresent();
            SafetyFixture.seed(copied, 1); // the two files now go their own ways
        }
        try (Database database = Database.open(original)) {
            assertThat(new BackupService(database, clock).list()).extracting(Backup::itemCount).containsExactly(3);
        }
        assertThat(HistoryVerifier.verify(copy).intact()).isTrue();
        assertThat(HistoryVerifier.verify(original).intact()).isTrue();
        assertThat(backupNames()).containsExactlyInAnyOrder("duban-20261121-093000.db", "duban - 副本-20261121-093000.db");
    }

    @Test
    void aRenamedFileStartsItsOwnSeriesAndANewFileUnderTheOldNameDoesNotSeeTheOldBackups() throws Exception {
        Path original = folder.resolve("duban.db");
        try (Database database = Database.open(original)) {
            SafetyFixture.seed(database, 3);
            new BackupService(database, clock).backupNow();
        }
        Path renamed = folder.resolve("2025年.db");
        Files.move(original, renamed, StandardCopyOption.ATOMIC_MOVE);
        try (Database database = Database.open(renamed)) {
            BackupService backups = new BackupService(database, clock);
            assertThat(backups.list()).isEmpty();
            assertThat(backups.backupIfFirstStartToday()).as("today's duban- backup is not its").isPresent();
        }
        // A fresh duban.db in the same place has another identity: the old duban- backups are not its.
        try (Database fresh = Database.open(original)) {
            BackupService backups = new BackupService(fresh, clock);
            assertThat(backups.list()).isEmpty();
            assertThat(backups.backupIfFirstStartToday()).isPresent();
            assertThat(backups.list()).extracting(Backup::itemCount).containsExactly(0);
        }
        assertThat(HistoryVerifier.verify(original).intact()).isTrue();
        assertThat(backupNames()).containsExactlyInAnyOrder("duban-20261121-093000.db", "2025年-20261121-093000.db",
                "duban-20261121-093000-2.db");
    }

    @Test
    void backupsMadeInTheSameSecondAreListedNewestFirstByTheirCounter() throws Exception {
        try (Database database = Database.open(folder.resolve("duban.db"))) {
            BackupService backups = new BackupService(database, clock);
            for (int i = 0; i < 11; i++) {
                backups.backupNow();
            }
            assertThat(backups.list()).extracting(backup -> backup.file().getFileName().toString())
                    .startsWith("duban-20261121-093000-11.db", "duban-20261121-093000-10.db", "duban-20261121-093000-9.db")
                    .endsWith("duban-20261121-093000-2.db", "duban-20261121-093000.db");
        }
    }

    private List<String> backupNames() throws Exception {
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static String identity(Path file) throws Exception {
        return SafetyFixture.queryReadOnly(file, "SELECT id FROM database_identity");
    }
}
