package duban.ledger.importing;

import duban.domain.importing.ImportRowDraft;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.ledger.Ledger;
import duban.ledger.LedgerColumn;
import duban.ledger.LedgerScope;
import duban.ledger.export.CsvExport;
import duban.domain.Progress;
import duban.ledger.importing.LedgerRoundTrip.Format;
import duban.store.Database;
import duban.store.ImportStore;
import duban.store.ItemStore;
import duban.store.UnitStore;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Spreadsheet formula injection (OWASP "CSV injection"), for every character a spreadsheet takes
 * for the start of a formula: the CSV export writes such a cell with a leading ', the XLSX
 * export writes a typed string, the import removes exactly the ' again, and names starting so
 * are refused at import with the reason.
 */
class FormulaInjectionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

    /** One text per leading character, as the issue's examples and what offices really write. */
    private static final Map<Character, String> HOSTILE_TITLES = Map.of(
            '=', "=HYPERLINK(\"http://x\",\"点击查看\")",
            '@', "@SUM(1+1)*cmd|'/C calc'!A0",
            '+', "+王五 督办的事项",
            '-', "-1 号楼外墙修缮, 含\"防水\"",
            '\t', "\t=制表符开头",
            '\r', "\r-回车开头");

    @TempDir
    Path folder;

    private static final Unit WATER = new Unit(1, "县水利局", UnitKind.COUNTY_DEPARTMENT, 1);
    private static final Unit TOWN = new Unit(2, "城关镇", UnitKind.TOWNSHIP, 2);

    /** An item per hostile title, plus one whose texts are ordinary; 责任人 and units ordinary. */
    private static List<Item> hostileTitles() {
        List<Item> items = new ArrayList<>();
        long id = 1;
        for (String title : HOSTILE_TITLES.values()) {
            items.add(LedgerRoundTrip.item(id, title, WATER, List.of(TOWN), "王建国", TODAY.minusDays(id),
                    TODAY.plusDays(30)));
            id++;
        }
        items.add(LedgerRoundTrip.item(id, "推进老旧小区改造", WATER, List.of(), "'王五", TODAY, TODAY.plusDays(30)));
        return items;
    }

    /** Items whose every text column (督办事项, units, 责任人) starts with a hostile character, as older files may hold. */
    private static List<Item> hostileEverywhere() {
        List<Item> items = new ArrayList<>();
        long id = 1;
        for (Map.Entry<Character, String> hostile : HOSTILE_TITLES.entrySet()) {
            char leading = hostile.getKey();
            Unit lead = new Unit(10 + id, leading + "县水利局", UnitKind.COUNTY_DEPARTMENT, (int) id);
            Unit assist = new Unit(20 + id, leading + "城关镇", UnitKind.TOWNSHIP, 20 + (int) id);
            items.add(LedgerRoundTrip.item(id, hostile.getValue(), lead, List.of(assist), leading + "王五",
                    TODAY.minusDays(id), TODAY.plusDays(30)));
            id++;
        }
        return items;
    }

    private static List<CSVRecord> readCsvAsExcelSplitsIt(Path csv) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo(CsvExport.BOM);
        try (Reader reader = new StringReader(text.substring(1))) {
            return CSVFormat.EXCEL.parse(reader).getRecords();
        }
    }

    // ---- export ---------------------------------------------------------------------------------

    @Test
    void everyCsvCellStartingLikeAFormulaIsWrittenWithALeadingApostrophe() throws Exception {
        List<Item> items = hostileEverywhere();
        Ledger ledger = LedgerRoundTrip.ledger(items, CLOCK);
        List<CSVRecord> records = readCsvAsExcelSplitsIt(LedgerRoundTrip.export(ledger, Format.CSV, folder, TODAY));

        assertThat(records).hasSize(items.size() + 1);
        for (int i = 0; i < ledger.rows().size(); i++) {
            CSVRecord record = records.get(i + 1);
            Item item = ledger.rows().get(i).item();
            assertThat(record.get(LedgerColumn.TITLE.ordinal())).isEqualTo("'" + item.title());
            assertThat(record.get(LedgerColumn.OWNER.ordinal())).isEqualTo("'" + item.owner());
            assertThat(record.get(LedgerColumn.LEAD_UNIT.ordinal())).isEqualTo("'" + item.leadUnit().name());
            assertThat(record.get(LedgerColumn.ASSIST_UNITS.ordinal()))
                    .isEqualTo("'" + item.assistUnits().get(0).name());
            for (String cell : record) {
                assertThat(cell).as("no cell of row %d starts like a formula", i + 1)
                        .doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                        .doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        assertThat(records).extracting(record -> record.get(LedgerColumn.TITLE.ordinal()).charAt(1))
                .as("every leading character is covered").containsAll(HOSTILE_TITLES.keySet());
    }

    @Test
    void ordinaryCsvCellsAreWrittenAsTheyAre() throws Exception {
        Item ordinary = LedgerRoundTrip.item(1, "1 号楼-外墙, a=b", WATER, List.of(), "'王五", TODAY, TODAY.plusDays(9));
        List<CSVRecord> records = readCsvAsExcelSplitsIt(
                LedgerRoundTrip.export(LedgerRoundTrip.ledger(List.of(ordinary), CLOCK), Format.CSV, folder, TODAY));

        assertThat(records.get(1).get(LedgerColumn.TITLE.ordinal())).isEqualTo("1 号楼-外墙, a=b");
        assertThat(records.get(1).get(LedgerColumn.OWNER.ordinal())).isEqualTo("'王五");
        assertThat(records.get(1).get(LedgerColumn.DEADLINE.ordinal())).isEqualTo(TODAY.plusDays(9).toString());
    }

    @Test
    void everyXlsxTextCellIsATypedStringWithTheExactTextNeverAFormula() throws Exception {
        List<Item> items = hostileEverywhere();
        Ledger ledger = LedgerRoundTrip.ledger(items, CLOCK);
        Path file = LedgerRoundTrip.export(ledger, Format.XLSX, folder, TODAY);

        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                }
            }
            int header = headerRow(sheet);
            for (int i = 0; i < ledger.rows().size(); i++) {
                Row row = sheet.getRow(header + 1 + i);
                Item item = ledger.rows().get(i).item();
                assertString(row.getCell(LedgerColumn.TITLE.ordinal()), item.title());
                assertString(row.getCell(LedgerColumn.OWNER.ordinal()), item.owner());
                assertString(row.getCell(LedgerColumn.LEAD_UNIT.ordinal()), item.leadUnit().name());
                assertString(row.getCell(LedgerColumn.ASSIST_UNITS.ordinal()), item.assistUnits().get(0).name());
            }
        }
    }

    /** The index of the row holding the column headers (序号, 督办事项 …), below the title rows. */
    private static int headerRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            Cell cell = row.getCell(LedgerColumn.TITLE.ordinal());
            if (cell != null && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(LedgerColumn.TITLE.header())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header row");
    }

    private static void assertString(Cell cell, String expected) {
        assertThat(cell.getCellType()).as("type of %s", cell.getAddress()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).as("text of %s", cell.getAddress()).isEqualTo(expected);
    }

    // ---- export, then import --------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Format.class)
    void aLedgerExportedAndImportedAgainGivesBackEveryTitleExactly(Format format) throws Exception {
        List<Item> items = hostileTitles();
        Path file = LedgerRoundTrip.export(LedgerRoundTrip.ledger(items, CLOCK), format, folder, TODAY);

        ImportPreview preview = LedgerRoundTrip.reimport(file, List.of(WATER, TOWN), TODAY);

        assertThat(preview.invalid()).as(problems(preview)).isZero();
        List<ImportRowDraft> drafts = preview.plan().rows();
        assertThat(drafts).hasSameSizeAs(items);
        for (Item item : items) {
            // Stored text never starts with a blank (the editor, the import and the store trim):
            // for a tab or a carriage return, what comes back is what the store would keep.
            String expected = item.title().strip();
            assertThat(drafts).as("the row of %s", item.title().replace("\t", "\\t").replace("\r", "\\r"))
                    .anySatisfy(draft -> {
                        assertThat(draft.title()).isEqualTo(expected);
                        assertThat(draft.owner()).isEqualTo(item.owner());
                        assertThat(draft.leadUnit()).isEqualTo(item.leadUnit().name());
                        assertThat(draft.assistUnits()).isEqualTo(item.assistUnits().stream().map(Unit::name).toList());
                        assertThat(draft.assignedOn()).isEqualTo(item.assignedOn());
                    });
        }
        assertThat(drafts).extracting(ImportRowDraft::title).contains("=HYPERLINK(\"http://x\",\"点击查看\")",
                "@SUM(1+1)*cmd|'/C calc'!A0", "+王五 督办的事项", "-1 号楼外墙修缮, 含\"防水\"");
        assertThat(drafts).extracting(ImportRowDraft::owner).as("an apostrophe before ordinary text is kept")
                .contains("'王五");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void storedItemsExportedAndImportedIntoAnotherDatabaseKeepTheirTexts(Format format) throws Exception {
        List<String> titles = List.of("=HYPERLINK(\"http://x\",\"点击查看\")", "@SUM(1+1)*cmd|'/C calc'!A0",
                "+王五 督办的事项", "-1 号楼外墙修缮", "'=已是引号开头", "第一行\n=第二行, \"引号\"",
                // Not a formula, but what an XLSX would otherwise turn into "A" (found by the properties).
                "含 _x0041_ 字样");
        Ledger ledger;
        try (Database source = Database.open(folder.resolve("source.db"))) {
            UnitStore units = new UnitStore(source.dsl());
            Unit water = units.add("县水利局", UnitKind.COUNTY_DEPARTMENT);
            ItemStore items = new ItemStore(source.dsl(), CLOCK);
            for (String title : titles) {
                items.create(new ItemDraft(title, "", duban.domain.Source.LEADER_INSTRUCTION,
                        duban.domain.Category.ROUTINE, water.id(), List.of(), "王建国", null, TODAY, TODAY.plusDays(30)));
            }
            ledger = Ledger.build(items.loadAll(), Map.of(), new Deadlines(CLOCK), LedgerScope.ALL,
                    Ledger.Order.ASSIGNED_ON, Ledger.Grouping.NONE);
        }
        Path file = LedgerRoundTrip.export(ledger, format, folder, TODAY);

        try (Database target = Database.open(folder.resolve("target.db"))) {
            ImportStore store = new ImportStore(target.dsl(), CLOCK);
            ImportPreview preview = ImportPreview.of(ImportReader.read(file), store.basis(), TODAY, true);
            assertThat(preview.invalid()).as(problems(preview)).isZero();

            assertThat(store.importPlan(preview.plan(), Progress.NONE).imported()).isEqualTo(titles.size());

            assertThat(new ItemStore(target.dsl(), CLOCK).loadAll()).extracting(Item::title)
                    .containsExactlyInAnyOrderElementsOf(titles);
        }
    }

    // ---- the import refuses names that start like a formula -------------------------------------

    @Test
    void aTaskListNamingAPersonOrAUnitThatStartsLikeAFormulaIsRefusedRowByRowWithTheReason() throws Exception {
        Path file = TaskLists.utf8Csv(folder.resolve("清单.csv"), List.of(
                "督办事项,交办日期,牵头单位,协办单位,责任人,责任领导,办理时限",
                "整治河道,2026-03-01,县水利局,,=王五,,2026-12-31",
                "整治河道二,2026-03-01,县水利局,,'+王五,,2026-12-31",
                "整治河道三,2026-03-01,县水利局,,王五,@张副县长,2026-12-31",
                "整治河道四,2026-03-01,-县水利局,,王五,,2026-12-31",
                "整治河道五,2026-03-01,县水利局,=城关镇,王五,,2026-12-31",
                "-1 号楼外墙修缮,2026-03-01,县水利局,城关镇,'王五,,2026-12-31",
                "\"'=HYPERLINK(\"\"http://x\"\")\",2026-03-01,县水利局,,王五,,2026-12-31"));

        ImportPreview preview = LedgerRoundTrip.reimport(file, List.of(WATER, TOWN), TODAY);

        assertThat(preview.rows()).extracting(PreviewRow::problems).containsExactly(
                List.of("责任人 “=王五” 以 = 开头：Excel、WPS 打开导出的台账时会把这样的内容当作公式执行。请去掉开头的 =。"),
                List.of("责任人 “+王五” 以 + 开头：Excel、WPS 打开导出的台账时会把这样的内容当作公式执行。请去掉开头的 +。"),
                List.of("责任领导 “@张副县长” 以 @ 开头：Excel、WPS 打开导出的台账时会把这样的内容当作公式执行。请去掉开头的 @。"),
                List.of("单位名称 “-县水利局” 以 - 开头：Excel、WPS 打开导出的台账时会把这样的内容当作公式执行。请去掉开头的 -。"),
                List.of("单位名称 “=城关镇” 以 = 开头：Excel、WPS 打开导出的台账时会把这样的内容当作公式执行。请去掉开头的 =。"),
                List.of(),
                List.of());
        assertThat(preview.plan().rows()).extracting(ImportRowDraft::title, ImportRowDraft::owner).containsExactly(
                org.assertj.core.groups.Tuple.tuple("-1 号楼外墙修缮", "'王五"),
                org.assertj.core.groups.Tuple.tuple("=HYPERLINK(\"http://x\")", "王五"));
        assertThat(preview.unknownUnits()).as("no unit starting like a formula is offered for creation").isEmpty();
        assertThat(preview.plan().unitsToCreate()).as("nor created").isEmpty();
    }

    private static String problems(ImportPreview preview) {
        return String.join("\n", preview.rows().stream().filter(row -> !row.problems().isEmpty())
                .map(row -> row.rowNumber() + ": " + row.issues()).toList());
    }
}
