package duban.safety;

import duban.app.StorePorts;
import duban.store.BackupService;

import duban.domain.Backup;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.MovableClock;
import duban.ui.TaskRunner;
import duban.domain.Item;
import duban.store.Database;
import duban.store.ItemStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 立即备份 and 从备份恢复 behind the dialog, on a real file with an inline runner. */
class BackupsViewModelTest {

    @TempDir
    Path folder;

    private final MovableClock clock =
            new MovableClock(Instant.parse("2026-11-21T01:30:00Z"), SafetyFixture.ZONE);
    private Database database;
    private BackupsViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(folder.resolve("duban.db"));
        viewModel = new BackupsViewModel(StorePorts.backups(new BackupService(database, clock)), TaskRunner.inline(), "duban.db");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void withoutBackupsNothingCanBeRestoredAndTheDialogSaysSo() {
        viewModel.load();

        assertThat(viewModel.backups()).isEmpty();
        assertThat(viewModel.restorableProperty().get()).isFalse();
        assertThat(viewModel.confirmationProperty().get()).contains("还没有备份");
    }

    @Test
    void backupNowListsTheNewBackupFirstAndNamesWhatRestoringItWouldDo() {
        SafetyFixture.seed(database, 2);
        viewModel.backupNow();
        clock.advance(Duration.ofMinutes(1));
        SafetyFixture.seed(database, 1);

        viewModel.backupNow();

        assertThat(viewModel.messageProperty().get()).isEqualTo("已备份：duban-20261121-093100.db（共 3 项督办事项）");
        assertThat(viewModel.backups()).extracting(Backup::itemCount).containsExactly(3, 2);
        assertThat(viewModel.selectedProperty().get()).isEqualTo(viewModel.backups().get(0));
        viewModel.selectedProperty().set(viewModel.backups().get(1));
        assertThat(viewModel.confirmationProperty().get())
                .contains("2026-11-21 09:30:00 的备份（共 2 项督办事项）替换")
                .contains("duban.db.before-restore-")
                .contains("不会删除");
        assertThat(viewModel.restorableProperty().get()).isTrue();
    }

    @Test
    void restoringReportsWhereTheOldDataWentAndThenLetsTheBoardReload() {
        Item kept = SafetyFixture.seed(database, 2).get(0);
        viewModel.backupNow();
        SafetyFixture.seed(database, 3);
        clock.advance(Duration.ofMinutes(10));
        AtomicInteger reloads = new AtomicInteger();
        java.util.List<String> told = new java.util.ArrayList<>();
        viewModel.setOnMessage(told::add);

        viewModel.restore(viewModel.backups().get(0), reloads::incrementAndGet);

        assertThat(reloads).hasValue(1);
        assertThat(told).containsExactly(viewModel.messageProperty().get());
        assertThat(viewModel.messageProperty().get())
                .isEqualTo("已恢复 2026-11-21 09:30:00 的备份；恢复前的数据另存为 duban.db.before-restore-20261121-094000");
        assertThat(new ItemStore(database.dsl(), clock).countAll()).isEqualTo(2);
        assertThat(new ItemStore(database.dsl(), clock).find(kept.id()).title()).isEqualTo(kept.title());
    }

    @Test
    void anUnreadableBackupCannotBeChosenAndARefusedRestoreChangesNothing() throws Exception {
        SafetyFixture.seed(database, 2);
        Files.createDirectories(folder.resolve("backups"));
        Files.writeString(folder.resolve("backups").resolve("duban-20261120-170000.db"), "garbage");
        viewModel.load();
        Backup garbage = viewModel.backups().get(0);

        assertThat(viewModel.restorableProperty().get()).isFalse();
        assertThat(viewModel.confirmationProperty().get()).contains("无法读取");
        AtomicInteger reloads = new AtomicInteger();
        viewModel.restore(garbage, reloads::incrementAndGet);

        assertThat(reloads).hasValue(0);
        assertThat(viewModel.messageProperty().get()).startsWith("备份 duban-20261120-170000.db 不能恢复");
        assertThat(new ItemStore(database.dsl(), clock).countAll()).isEqualTo(2);
    }
}
