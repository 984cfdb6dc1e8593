package duban.safety;

import duban.store.BackupService;

import duban.domain.Backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.store.Database;
import duban.store.DatabaseOpenException;
import duban.store.DemoData;
import duban.store.ItemStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged file at start-up: refused untouched, the newest usable backup found without opening
 * it, and on the user's yes the damaged file kept aside byte for byte while the backup takes its name.
 */
class DamagedFileRecoveryTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(9, 30).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path folder;

    @Test
    void theNewestUsableBackupReplacesADamagedFileWhichIsKeptAsideUnchanged() throws Exception {
        Path file = folder.resolve("duban.db");
        int items;
        int pageSize;
        try (Database database = Database.open(file)) {
            new DemoData(database.dsl(), CLOCK).seedIfEmpty();
            items = new ItemStore(database.dsl(), CLOCK).loadAll().size();
            pageSize = ((Number) database.dsl().fetchValue("PRAGMA page_size")).intValue();
            new BackupService(database, CLOCK).backupNow();
        }
        // The disk damages the file: everything after the first two pages is noise.
        byte[] bytes = Files.readAllBytes(file);
        Random random = new Random(7);
        for (int i = 2 * pageSize; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        Files.write(file, bytes);

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DatabaseOpenException.class)
                .satisfies(e -> assertThat(((DatabaseOpenException) e).reason())
                        .isIn(DatabaseOpenException.Reason.CORRUPT, DatabaseOpenException.Reason.NOT_A_DATABASE));
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);

        Optional<Backup> newest = BackupService.newestUsable(file);
        assertThat(newest).isPresent();
        assertThat(newest.get().itemCount()).isEqualTo(items);

        Path setAside = BackupService.restoreClosedFile(file, newest.get().file(), CLOCK);
        assertThat(Files.readAllBytes(setAside)).as("the damaged file, kept as it was").isEqualTo(bytes);
        try (Database reopened = Database.open(file)) {
            assertThat(new ItemStore(reopened.dsl(), CLOCK).loadAll()).hasSize(items);
        }
        assertThat(newest.get().file()).as("the backup itself stays").exists();
    }

    @Test
    void withoutBackupsThereIsNothingToOffer() {
        assertThat(BackupService.newestUsable(folder.resolve("duban.db"))).isEmpty();
    }
}
