package duban.ledger.importing;

import duban.app.StorePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.app.cli.AppOptions;
import duban.app.cli.ImportCommand;
import duban.domain.UnitKind;
import duban.i18n.Messages;
import duban.store.Database;
import duban.store.ImportStore;
import duban.store.ImportStoreTest;
import duban.store.ItemStore;
import duban.store.UnitStore;
import duban.testing.ChildJvm;
import duban.ui.TaskRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Task-list files that cannot be imported (damaged, encrypted, not a spreadsheet, empty, header
 * only, broken quotes, a zip bomb, locked): each is refused with its own Chinese message that says
 * what to do, with no exception class or English in it, through the reader, the dialog's view
 * model and {@code --import}; nothing is imported and the database file is unchanged. Also the
 * files that must keep working: a legacy .xls, and formula cells read as their cached values.
 */
class HostileFilesTest {

    @TempDir
    Path folder;

    private Path databaseFile;
    private Database db;

    @BeforeEach
    void office() throws Exception {
        databaseFile = folder.resolve("office.db");
        db = Database.open(databaseFile);
        new UnitStore(db.dsl()).add("县财政局", UnitKind.COUNTY_DEPARTMENT);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Makes one hostile file in the test's folder. */
    @FunctionalInterface
    interface FileMaker {
        Path make(Path file) throws Exception;
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                hostile("截断.xlsx", file -> HostileFiles.truncated(file, 60), "import.file.damaged"),
                hostile("缺内容类型.xlsx", HostileFiles::withoutContentTypes, "import.file.damaged"),
                hostile("加密.xlsx", HostileFiles::encryptedXlsx, "import.file.encrypted"),
                hostile("加密.xls", HostileFiles::encryptedXls, "import.file.encrypted"),
                hostile("其实是PDF.xlsx", HostileFiles::pdf, "import.file.notSpreadsheet",
                        Messages.get("import.file.kind.pdf")),
                hostile("其实是文本.xlsx", file -> Files.writeString(file, "督办事项,牵头单位\n推进改造,县财政局\n"),
                        "import.file.notSpreadsheet", Messages.get("import.file.kind.text")),
                hostile("其实是Word.xlsx", HostileFiles::wordDocument, "import.file.notSpreadsheet",
                        Messages.get("import.file.kind.word")),
                hostile("其实是网页.xls", file -> Files.writeString(file, "<html><body><table><tr><td>督办事项</td></tr></table></body></html>"),
                        "import.file.notSpreadsheet", Messages.get("import.file.kind.html")),
                hostile("空.xlsx", file -> Files.write(file, new byte[0]), "import.file.empty"),
                hostile("空.csv", file -> Files.write(file, new byte[0]), "import.file.empty"),
                hostile("空行.csv", file -> Files.writeString(file, "\uFEFF\r\n , ,\r\n\r\n"), "import.file.noContent"),
                hostile("只有表头.csv", file -> TaskLists.utf8Csv(file, List.of(String.join(",", HostileFiles.HEADER))),
                        "import.file.headerOnly", "1"),
                hostile("只有表头.xlsx", file -> TaskLists.xlsx(file, List.of("督办事项台账"),
                        List.of(List.copyOf(HostileFiles.HEADER), List.of())), "import.file.headerOnly", "2"),
                hostile("引号未闭合.csv", file -> TaskLists.utf8Csv(file, List.of(String.join(",", HostileFiles.HEADER),
                        "推进老旧小区改造,县财政局,王建国,2026-12-31",
                        "\"整治城区河道,县财政局,李明,2026-06-30",
                        "建设智慧停车,县财政局,孙丽,2026-06-30")), "import.file.csvQuotes", "3"),
                hostile("引号后有字.csv", file -> TaskLists.utf8Csv(file, List.of(String.join(",", HostileFiles.HEADER),
                        "\"推进老旧小区改造\"一期,县财政局,王建国,2026-12-31")), "import.file.csvQuotes", "2"),
                hostile("压缩炸弹.xlsx", file -> HostileFiles.zipBomb(file, 16), "import.file.zipBomb", "100"),
                hostile("超过上限.xlsx", file -> HostileFiles.manyRows(file, ImportReader.MAX_DATA_ROWS + 1),
                        "import.file.tooManyRows", "10,000"));
    }

    private static Arguments hostile(String name, FileMaker maker, String key, String... more) {
        Object[] args = Stream.concat(Stream.of(name), Stream.of(more)).toArray();
        return Arguments.of(name, maker, Messages.get(key, args));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void theReaderRefusesItWithItsOwnPlainChineseMessage(String name, FileMaker maker, String expected) throws Exception {
        Path file = maker.make(folder.resolve(name));
        assertThatThrownBy(() -> ImportReader.read(file)).isInstanceOf(ImportFileException.class)
                .hasMessage(expected);
        assertPlainChinese(expected, name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void theDialogShowsTheMessageOffersNoImportAndTheDatabaseIsUnchanged(String name, FileMaker maker, String expected)
            throws Exception {
        Path file = maker.make(folder.resolve(name));
        ImportViewModel viewModel = new ImportViewModel(StorePorts.importing(new ImportStore(db.dsl(), ImportStoreTest.CLOCK)), TaskRunner.inline(),
                ImportStoreTest.CLOCK, Runnable::run);
        int itemsBefore = items();
        String databaseBefore = checksum(databaseFile);

        viewModel.open(file);
        viewModel.importRows();

        assertThat(viewModel.fileProblemProperty().get()).isEqualTo(expected);
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.canImportProperty().get()).isFalse();
        assertThat(viewModel.resultProperty().get()).isNull();
        assertThat(items()).isEqualTo(itemsBefore);
        assertThat(checksum(databaseFile)).isEqualTo(databaseBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void theCommandLinePrintsTheMessageAndExitsTwoWithTheDatabaseUnchanged(String name, FileMaker maker, String expected)
            throws Exception {
        Path file = maker.make(folder.resolve(name));
        db.close();
        String databaseBefore = checksum(databaseFile);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = new ImportCommand(ImportStoreTest.CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(databaseFile, new AppOptions.Import(file, false, true));

        assertThat(status).isEqualTo(ImportCommand.CANNOT_RUN);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(expected);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(checksum(databaseFile)).isEqualTo(databaseBefore);
        db = Database.open(databaseFile);
        assertThat(items()).isZero();
    }

    @Test
    void theZipLimitsAreSetForEveryReadEvenAfterOtherCodeLoosenedThem() throws Exception {
        Path bomb = HostileFiles.zipBomb(folder.resolve("炸弹.xlsx"), 16);
        ZipSecureFile.setMinInflateRatio(0);
        ZipSecureFile.setMaxEntrySize(0xFFFFFFFFL);

        assertThatThrownBy(() -> ImportReader.read(bomb)).hasMessage(Messages.get("import.file.zipBomb", "炸弹.xlsx", "100"));
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(100L * 1024 * 1024);
        assertThat(ZipSecureFile.getMaxTextSize()).isEqualTo(20_000_000L);
    }

    @Test
    void aSheetPartInflatingBeyondTheEntryLimitIsRefusedAsTooLarge() throws Exception {
        // Distinct rows compress about 10 to 1, so this is no bomb by ratio, only too big: 101 MB of XML.
        Path big = HostileFiles.xlsx(folder.resolve("超大.xlsx"), Deflater.BEST_SPEED, out -> {
            HostileFiles.header(out);
            out.write("<row r=\"2\">" + HostileFiles.text("A2", "推进改造") + HostileFiles.text("B2", "县财政局")
                    + "</row><!--");
            StringBuilder chunk = new StringBuilder();
            long written = 0;
            for (int i = 0; written < 101L * 1024 * 1024; i++) {
                chunk.append(Integer.toHexString(i * 31)).append(' ');
                if (chunk.length() > 8192) {
                    out.write(chunk.toString());
                    written += chunk.length();
                    chunk.setLength(0);
                }
            }
            out.write("-->");
        });

        assertThatThrownBy(() -> ImportReader.read(big)).hasMessage(
                Messages.get("import.file.tooLarge", "超大.xlsx", "100", "2000", "10,000"));
    }

    /**
     * A shared strings table (held in memory whole) of 1,000,001 short strings: each would cost
     * a String in the heap, so the table is refused before the sheet is read, as too large.
     */
    @Test
    void aSharedStringsTableOverItsLimitIsRefusedAsTooLarge() throws Exception {
        Path flood = HostileFiles.xlsx(folder.resolve("字符串过多.xlsx"), Deflater.BEST_SPEED, out -> {
            out.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
        }, null, table -> {
            table.write("<si><t>督办事项</t></si>");
            for (int i = 1; i <= ImportReader.MAX_SHARED_STRINGS; i++) {
                table.write("<si><t>" + Integer.toHexString(i * 40503) + "</t></si>");
            }
        });

        assertThatThrownBy(() -> ImportReader.read(flood)).hasMessage(
                Messages.get("import.file.tooLarge", "字符串过多.xlsx", "100", "2000", "10,000"));
    }

    @Test
    void aLegacyXlsIsReadWithItsDatesAndItsFormulasCachedValues() throws Exception {
        Path file = HostileFiles.legacyXls(folder.resolve("旧版台账.xls"));

        ImportSheet sheet = ImportReader.read(file);

        assertThat(sheet.rows()).hasSize(1);
        SheetRow row = sheet.rows().get(0);
        assertThat(row.text(ImportColumn.TITLE)).isEqualTo("推进老旧小区改造");
        assertThat(row.text(ImportColumn.OWNER)).as("the formula's cached value, not its evaluation").isEqualTo("王建国");
        assertThat(row.cell(ImportColumn.DEADLINE).date()).isEqualTo(LocalDate.of(2026, 12, 31));
        ImportPreview preview = ImportPreview.of(sheet, new ImportStore(db.dsl(), ImportStoreTest.CLOCK).basis(),
                LocalDate.of(2026, 3, 10), false);
        assertThat(preview.importable()).isEqualTo(1);
    }

    @Test
    void formulaCellsGiveTheirCachedValuesAndAnExternalWorkbookIsNeverOpened() throws Exception {
        Path external = TaskLists.xlsx(folder.resolve("外部.xlsx"), List.of(), List.of(List.of("外部文件里的值")));
        double deadline = DateUtil.getExcelDate(LocalDate.of(2026, 12, 31));
        Path file = HostileFiles.xlsx(folder.resolve("公式.xlsx"), Deflater.DEFAULT_COMPRESSION, out -> {
            HostileFiles.header(out);
            out.write("<row r=\"2\">"
                    + "<c r=\"A2\" t=\"str\"><f>\"推进\"&amp;\"改造\"</f><v>推进老旧小区改造</v></c>"
                    + HostileFiles.text("B2", "县财政局")
                    + "<c r=\"C2\" t=\"str\"><f>[1]Sheet1!$A$1</f><v>缓存的责任人</v></c>"
                    + "<c r=\"D2\" s=\"1\"><f>DATE(2026,12,31)+100</f><v>" + (long) deadline + "</v></c>"
                    + "</row>");
        }, external.toUri().toString());

        ImportSheet sheet = ImportReader.read(file);

        SheetRow row = sheet.rows().get(0);
        assertThat(row.text(ImportColumn.TITLE)).as("cached, not evaluated (that gives 推进改造)").isEqualTo("推进老旧小区改造");
        assertThat(row.text(ImportColumn.OWNER)).as("cached, not read from the linked workbook").isEqualTo("缓存的责任人");
        assertThat(row.cell(ImportColumn.DEADLINE).date()).as("a cached date, not evaluated (that adds 100 days)")
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aFileLockedOnWindowsOrUnreadableGivesTheLockedMessage() {
        Path file = folder.resolve("台账.xlsx");
        FileSystemException windowsLock = new FileSystemException(file.toString(), null,
                "The process cannot access the file because it is being used by another process");

        String message = ImportReader.cannotOpen(file, "台账.xlsx", windowsLock).getMessage();

        assertThat(message).isEqualTo(Messages.get("import.file.locked", "台账.xlsx"));
        assertPlainChinese(message, "台账.xlsx");
    }

    /**
     * A real file the command cannot read: mode 000, and the child JVM runs without the
     * capabilities that let root read it anyway (CI runs as root), so the denial is the kernel's.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anUnreadableFileIsRefusedByTheCommandLineWithTheLockedMessage() throws Exception {
        Path file = TaskLists.utf8Csv(folder.resolve("无权读取.csv"), List.of(String.join(",", HostileFiles.HEADER),
                "推进老旧小区改造,县财政局,王建国,2026-12-31"));
        Files.setPosixFilePermissions(file, java.util.Set.of());
        db.close();
        String databaseBefore = checksum(databaseFile);

        ChildJvm.Finished run = BoundedHeapChild.withoutRootsPowers(folder, duban.app.Main.class, 128, "--db", databaseFile.toString(), "--import", file.toString());

        assertThat(run.status()).isEqualTo(ImportCommand.CANNOT_RUN);
        // The last line: until the log file (another part of issue 13) takes the application's log
        // records off the terminal, java.util.logging's console handler prints the cause above it.
        assertThat(run.stderr().lines().toList()).last().isEqualTo(Messages.get("import.file.locked", "无权读取.csv"));
        assertThat(run.stdout()).isEmpty();
        assertThat(checksum(databaseFile)).isEqualTo(databaseBefore);
        db = Database.open(databaseFile);
    }

    /** /proc/self/mem is a regular file whose first page cannot be read: a real I/O error, as from a pulled USB stick. */
    @Test
    void aReadErrorSaysTheDiskOrShareMayBeGone() throws Exception {
        Path file = Files.createSymbolicLink(folder.resolve("U盘拔出.csv"), Path.of("/proc/self/mem"));

        assertThatThrownBy(() -> ImportReader.read(file)).hasMessage(Messages.get("import.file.ioError", "U盘拔出.csv"));
    }

    private int items() {
        return new ItemStore(db.dsl(), ImportStoreTest.CLOCK).countAll();
    }

    static String checksum(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String suffix : List.of("", "-wal")) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(part)) {
                digest.update(Files.readAllBytes(part));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Chinese, and no Latin letters but the names of formats and programs the user knows. */
    static void assertPlainChinese(String message, String fileName) {
        assertThat(message).containsPattern("\\p{IsHan}").doesNotContain("Exception", "org.", "java.", "poi", "null");
        String rest = message.replace(fileName, "");
        for (String known : List.of("PowerPoint", "Excel", "WPS", "xlsx", "xls", "csv", "CSV", "PDF", "HTML", "XML",
                "Word", "MB", "U")) {
            rest = rest.replace(known, "");
        }
        assertThat(rest).as("English left in: %s", message).doesNotContainPattern("[A-Za-z]");
    }
}
