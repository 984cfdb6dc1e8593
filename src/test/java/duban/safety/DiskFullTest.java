package duban.safety;

import duban.app.StorePorts;
import duban.app.BoardStoreAdapter;
import duban.store.BackupService;

import duban.domain.Backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import duban.app.cli.AppOptions;
import duban.app.cli.ImportCommand;
import duban.app.cli.LedgerCommand;
import duban.ui.TaskRunner;
import duban.board.BoardViewModel;
import duban.domain.Deadlines;
import duban.domain.Status;
import duban.ledger.importing.TaskLists;
import duban.store.Database;
import duban.store.FailureLog;
import duban.store.ItemStore;
import duban.store.StoreFailures;
import duban.store.UnitStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.jooq.exception.DataAccessException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A disk that fills up for real: a 4 MB tmpfs mounted for each test (CI runs as root; without root
 * the test fails, saying so, rather than skip), filled by a file until only a little room is left,
 * then a move burst, an import, a backup and an export run into the wall. Each time: the user is
 * told 磁盘空间不足 (the board's status line, the command line's stderr, the backup's message),
 * every change committed before is in the file, {@code PRAGMA integrity_check} passes, no
 * half-written backup or export is left, and once the filler is deleted the same work succeeds.
 * The same small disk remounted read-only stands for a write-protected stick.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DiskFullTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 10).atTime(9, 0)
            .atZone(SafetyFixture.ZONE).toInstant(), SafetyFixture.ZONE);
    private static final String FULL = "磁盘空间不足";

    @TempDir
    Path elsewhere;

    /** The small file system, mounted on a fresh folder for each test. */
    private Path disk;
    private Path filler;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = Files.createTempDirectory("duban-full-disk-");
        String mounted = run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString());
        if (mounted != null) {
            Files.deleteIfExists(disk);
            disk = null;
            fail("DiskFullTest mounts a 4 MB tmpfs and needs root for it (CI runs as root; user "
                    + System.getProperty("user.name") + " here): " + mounted);
        }
        filler = disk.resolve("filler.bin");
        // The log beside the database would sit on the full disk too; keep it off the checks.
        FailureLog.install(elsewhere.resolve("duban.db"), true);
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk == null) {
            return;
        }
        if (run("umount", disk.toString()) != null) {
            // a connection a failed assertion left open: detach now, released when it closes
            assertThat(run("umount", "-l", disk.toString())).isNull();
        }
        Files.deleteIfExists(disk);
    }

    @Test
    void aMoveBurstThatFillsTheDiskStopsWithTheMessageAndResumesOnceThereIsRoom() throws Exception {
        Path file = disk.resolve("duban.db");
        int committed = 0;
        int eventsBefore;
        try (Database database = Database.open(file)) {
            SafetyFixture.seed(database, 30);
            eventsBefore = count(database, "SELECT count(*) FROM item_event");
            checkpoint(database);
            ItemStore items = new ItemStore(database.dsl(), CLOCK);
            BoardViewModel board = new BoardViewModel(new BoardStoreAdapter(items, new UnitStore(database.dsl())), TaskRunner.inline(),
                    new Deadlines(CLOCK));
            board.reload();
            fillLeaving(160 * 1024);

            String failure = null;
            for (int move = 0; move < 2_000 && failure == null; move++) {
                moveTopCardToTheBottom(board);
                String said = board.messageProperty().get();
                if (said != null && said.startsWith("保存失败")) {
                    failure = said;
                } else {
                    committed++;
                }
            }
            assertThat(failure).as("the disk filled during the burst").isNotNull();
            assertThat(committed).as("moves saved before the disk was full").isGreaterThan(0);
            assertThat(failure).contains(FULL).contains("请清理磁盘").doesNotContain("SQL").doesNotContain("SQLITE");
            // SQLite reports some writes that find no room (the shared-memory file, a size hint) as
            // I/O errors: on this full disk they are worded as a full disk too.
            assertThat(StoreFailures.describe(new DataAccessException("SQL [update item set position = ?]",
                    new SQLiteException("[SQLITE_IOERR_WRITE] disk I/O error", SQLiteErrorCode.SQLITE_IOERR_WRITE))))
                    .startsWith(FULL);
            // The board shows what the file holds: the failed move is not there.
            assertThat(board.cards(Status.ASSIGNED)).hasSize(30);
            assertThat(integrityCheck(database)).isEqualTo("ok");
            assertThat(count(database, "SELECT count(*) FROM item_event")).isEqualTo(eventsBefore + committed);

            Files.delete(filler);
            moveTopCardToTheBottom(board);
            assertThat(String.valueOf(board.messageProperty().get())).doesNotStartWith("保存失败");
            committed++; // counted in the file below
        }
        try (Database reopened = Database.open(file)) {
            assertThat(integrityCheck(reopened)).isEqualTo("ok");
            assertThat(count(reopened, "SELECT count(*) FROM item_event")).isEqualTo(eventsBefore + committed);
        }
    }

    @Test
    void anImportThatFillsTheDiskImportsNothingAndSaysTheDiskIsFull() throws Exception {
        Path file = disk.resolve("duban.db");
        int itemsBefore;
        try (Database database = Database.open(file)) {
            itemsBefore = SafetyFixture.seed(database, 5).size();
            checkpoint(database);
        }
        List<String> lines = new ArrayList<>();
        lines.add("督办事项,具体内容,事项来源,交办日期,牵头单位,责任人,办理时限");
        for (int row = 1; row <= 300; row++) {
            lines.add("导入事项 " + row + "," + "按时完成并报送办理情况。".repeat(20) + ",领导批示,2026-03-01,县财政局,王五,2026-04-30");
        }
        Path taskList = TaskLists.utf8Csv(elsewhere.resolve("任务清单.csv"), lines);
        fillLeaving(128 * 1024);

        Output refused = importing(file, taskList);
        assertThat(refused.status()).isEqualTo(ImportCommand.CANNOT_RUN);
        assertThat(refused.err()).startsWith("导入失败，没有导入任何事项：" + FULL).contains("请清理磁盘")
                .doesNotContain("SQL").doesNotContain("insert").doesNotContain("SQLITE").doesNotContain("Exception");
        assertUnchangedAndIntact(file, itemsBefore);

        Files.delete(filler);
        Output imported = importing(file, taskList);
        assertThat(imported.status()).as(imported.err()).isEqualTo(ImportCommand.DONE);
        assertUnchangedAndIntact(file, itemsBefore + 300);
    }

    @Test
    void aBackupThatFillsTheDiskLeavesNoHalfWrittenFileAndSaysTheDiskIsFull() throws Exception {
        Path file = disk.resolve("duban.db");
        try (Database database = Database.open(file)) {
            SafetyFixture.seed(database, 60);
            checkpoint(database);
            BackupService service = new BackupService(database, CLOCK);
            BackupsViewModel backups = new BackupsViewModel(StorePorts.backups(service), TaskRunner.inline(), "duban.db");
            Files.createDirectories(service.folder());
            fillLeaving(24 * 1024); // less than the copy needs

            Throwable failure = catchThrowable(service::backupNow);
            assertThat(failure).isNotNull();
            assertThat(StoreFailures.describe(failure)).startsWith(FULL).contains("请清理磁盘");
            assertThat(filesIn(service.folder())).as("a half-written backup left behind").isEmpty();
            backups.backupNow();
            assertThat(backups.messageProperty().get()).startsWith("备份失败：" + FULL).doesNotContain("SQL");
            assertThat(filesIn(service.folder())).isEmpty();
            assertThat(integrityCheck(database)).isEqualTo("ok");
            assertThat(count(database, "SELECT count(*) FROM item")).isEqualTo(60);

            Files.delete(filler);
            Backup made = service.backupNow();
            assertThat(made.itemCount()).isEqualTo(60);
            assertThat(filesIn(service.folder())).containsExactly(made.file());
        }
    }

    @Test
    void anExportToAFullDiskLeavesTheEarlierExportAsItWasAndSaysTheDiskIsFull() throws Exception {
        Path ledger = disk.resolve("督办事项台账.xlsx");
        Path file = exportedOnce(200, ledger);
        byte[] earlier = Files.readAllBytes(ledger);
        fillLeaving(0);

        Output refused = exporting(file, ledger);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).startsWith("导出失败：" + FULL).contains("请清理磁盘")
                .doesNotContain("Exception").doesNotContain("No space");
        assertThat(Files.readAllBytes(ledger)).isEqualTo(earlier);
        assertThat(filesIn(disk)).containsExactlyInAnyOrder(ledger, filler);

        Files.delete(filler);
        Output written = exporting(file, ledger);
        assertThat(written.status()).as(written.err()).isZero();
        assertThat(filesIn(disk)).containsExactly(ledger);
    }

    @Test
    void anExportToADiskThatTurnedReadOnlySaysSoAndLeavesTheEarlierExportAsItWas() throws Exception {
        Path ledger = disk.resolve("督办事项台账.csv");
        Path file = exportedOnce(20, ledger);
        byte[] earlier = Files.readAllBytes(ledger);
        // A write-protected stick: root writes through permissions, not through a read-only mount.
        assertThat(run("mount", "-o", "remount,ro", disk.toString())).isNull();

        Output refused = exporting(file, ledger);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).startsWith("导出失败：无法写入 " + disk).contains("只读").contains("另选一个位置")
                .doesNotContain("Exception").doesNotContain("Read-only file system");
        assertThat(Files.readAllBytes(ledger)).isEqualTo(earlier);
        assertThat(filesIn(disk)).containsExactly(ledger);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private record Output(int status, String err) {
    }

    /** A database (on the roomy disk) with {@code items} items, its ledger exported once to {@code ledger}. */
    private Path exportedOnce(int items, Path ledger) throws Exception {
        Path file = elsewhere.resolve("office.db");
        try (Database database = Database.open(file)) {
            SafetyFixture.seed(database, items);
        }
        assertThat(exporting(file, ledger).status()).isZero();
        return file;
    }

    private static Output importing(Path database, Path taskList) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // as --import FILE --create-units
        int status = new ImportCommand(CLOCK, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(database, new AppOptions.Import(taskList, false, true));
        return new Output(status, err.toString(StandardCharsets.UTF_8).strip());
    }

    private static Output exporting(Path database, Path target) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // as --export FILE, the whole ledger
        AppOptions.Export options = new AppOptions.Export(target, List.of(), false, null, null, null, null, false);
        int status = new LedgerCommand(CLOCK, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).export(database, options);
        return new Output(status, err.toString(StandardCharsets.UTF_8).strip());
    }

    private static void moveTopCardToTheBottom(BoardViewModel board) {
        board.dismissMessage();
        long top = board.cards(Status.ASSIGNED).get(0).id();
        board.moveCard(top, Status.ASSIGNED, board.cards(Status.ASSIGNED).size());
    }

    /** Writes the filler until {@code room} bytes are left on the small disk (0: until it is full). */
    private void fillLeaving(long room) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            long toWrite = Files.getFileStore(disk).getUsableSpace() - room;
            for (long written = 0; written + block.length <= toWrite; written += block.length) {
                out.write(block);
            }
            if (room == 0) {
                try {
                    while (true) {
                        out.write(block, 0, 1);
                        out.flush();
                    }
                } catch (IOException full) {
                    // the disk is full to the last byte
                }
            }
        } catch (IOException full) {
            if (room > 0) {
                throw full;
            }
        }
    }

    /** The WAL folded into the file and emptied, so that every commit from now on needs new room. */
    private static void checkpoint(Database database) {
        database.dsl().fetch("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    private static String integrityCheck(Database database) {
        return database.dsl().fetchValue("PRAGMA integrity_check").toString();
    }

    private static int count(Database database, String sql) {
        return ((Number) database.dsl().fetchValue(sql)).intValue();
    }

    private static void assertUnchangedAndIntact(Path file, int items) throws Exception {
        try (Database database = Database.open(file)) {
            assertThat(integrityCheck(database)).isEqualTo("ok");
            assertThat(count(database, "SELECT count(*) FROM item")).isEqualTo(items);
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Runs a command; returns {@code null} when it succeeded, else what it printed. */
    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return String.join(" ", command) + " did not finish";
        }
        return process.exitValue() == 0 ? null : String.join(" ", command) + ": exit " + process.exitValue() + " " + output;
    }
}
