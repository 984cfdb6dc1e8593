package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Backup;
import duban.domain.EventChain;
import duban.domain.RestoreException;
import duban.testing.PostgresServer;
import duban.testing.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 立即备份 on a server: a snapshot file on this PC, in that server's own folder, with the server's
 * identity, listed, pruned and compared as a file's backups are; never restored onto the server.
 */
class ServerBackupsTest {

    private static final Clock CLOCK = TestClock.startingToday();

    @TempDir
    Path local;

    @Test
    void aServerBackupIsASnapshotFileCarryingTheServersIdentity() throws Exception {
        String name = PostgresServer.freshMigratedDatabase("server_backups");
        try (Database server = Database.openServer(DatabaseCopyTest.server(name), null, false)) {
            DatabaseCopyTest.fillLikeAnOffice(server);
            BackupService backups = new BackupService(server, CLOCK, local);
            Backup made = backups.backupNow();

            Path folder = local.resolve("servers").resolve("localhost_" + PostgresServer.port() + "_" + name)
                    .resolve("backups");
            assertThat(backups.folder()).isEqualTo(folder);
            assertThat(made.file().getParent()).isEqualTo(folder);
            assertThat(made.file().getFileName().toString()).matches(name + "-\\d{8}-\\d{6}\\.db");
            assertThat(made.itemCount()).isEqualTo(46);
            assertThat(DatabaseIdentity.ofFile(made.file())).isEqualTo(server.onConnection(DatabaseIdentity::of))
                    .isPresent();
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).containsExactly(made.file()); // no temporary copy left beside it
            }
            EventChain.Verdict onServer = server.onConnection(connection -> EventChain.verify(EventRows.read(connection, 0)));
            HistoryVerifier.Report ofBackup = HistoryVerifier.verify(made.file());
            assertThat(ofBackup.intact()).isTrue();
            assertThat(ofBackup.chain().headHash()).isEqualTo(onServer.headHash());
            assertThat(ofBackup.state().itemsChecked()).isEqualTo(46);
            // The documents issued and the office's template are in the snapshot too.
            assertThat(DatabaseCopyTest.everyRow(made.file()).get("issued_document")).hasSize(4);
            assertThat(DatabaseCopyTest.everyRow(made.file()).get("document_template")).hasSize(1);

            assertThat(backups.list()).extracting(Backup::file).containsExactly(made.file());
            assertThat(backups.newestBackup()).contains(made.file());
            assertThat(backups.backupIfFirstStartToday()).isEmpty();

            new SettingsStore(server.dsl(), CLOCK).put(BackupService.KEEP_SETTING, "2");
            Backup second = backups.backupNow();
            Backup third = backups.backupNow();
            assertThat(backups.list()).extracting(Backup::file).containsExactly(third.file(), second.file());
            assertThat(backups.newestBackup()).contains(third.file());

            assertThatThrownBy(() -> backups.restore(third)).isInstanceOfSatisfying(RestoreException.class,
                    e -> assertThat(e.userMessage()).contains("--copy-to").contains("pg_dump").contains("空数据库"));
            assertThat(new ItemStore(server.dsl(), CLOCK).countAll()).isEqualTo(46);
        }
    }

    @Test
    void twoServersKeepTheirBackupsApartAndAFileKeepsItsBesideIt() throws Exception {
        String one = PostgresServer.freshMigratedDatabase("server_backups_one");
        String other = PostgresServer.freshMigratedDatabase("server_backups_other");
        try (Database first = Database.openServer(DatabaseCopyTest.server(one), null, false);
             Database second = Database.openServer(DatabaseCopyTest.server(other), null, false);
             Database file = Database.open(local.resolve("office.db"))) {
            BackupService firstBackups = new BackupService(first, CLOCK, local);
            BackupService secondBackups = new BackupService(second, CLOCK, local);
            Backup mine = firstBackups.backupNow();
            Backup theirs = secondBackups.backupNow();
            assertThat(firstBackups.list()).extracting(Backup::file).containsExactly(mine.file());
            assertThat(secondBackups.list()).extracting(Backup::file).containsExactly(theirs.file());
            assertThat(new BackupService(file, CLOCK, local).folder()).isEqualTo(local.resolve("backups"));
            assertThat(List.of(mine.itemCount(), theirs.itemCount())).containsOnly(0);
        }
    }
}
