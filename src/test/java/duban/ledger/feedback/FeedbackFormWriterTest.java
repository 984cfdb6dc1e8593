package duban.ledger.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.feedback.FeedbackForm;
import duban.domain.feedback.ReturnedForm;
import duban.testing.TestItems;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A written 反馈表 read back with POI: what is locked, what is not, the dropdown, the hidden identity. */
class FeedbackFormWriterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Unit FINANCE = TestItems.FINANCE;

    @TempDir
    Path folder;

    private final Item roads = TestItems.item(12, "乡村道路硬化").lead(FINANCE).status(Status.IN_PROGRESS)
            .deadline(LocalDate.of(2026, 12, 31)).build();
    private final Item hostile = TestItems.item(13, "=HYPERLINK(\"http://evil\",\"点我\")").lead(FINANCE)
            .status(Status.ASSIGNED).deadline(LocalDate.of(2027, 1, 15)).build();
    private final FeedbackForm form = new FeedbackForm(FINANCE, TODAY, "db-identity-1", List.of(roads, hostile));

    private XSSFWorkbook writtenAndOpened() throws Exception {
        Path file = FeedbackFormWriter.writeInto(form, folder);
        assertThat(file.getFileName().toString()).isEqualTo("反馈表_县财政局_20261204.xlsx");
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void theItemColumnsAreLockedUnderProtectionAndOnlyTheFourInputColumnsAreOpen() throws Exception {
        try (XSSFWorkbook workbook = writtenAndOpened()) {
            XSSFSheet sheet = workbook.getSheet("督办事项办理情况反馈表");
            assertThat(workbook.getSheetIndex(sheet)).isZero();
            assertThat(sheet.getProtect()).as("sheet protection on").isTrue();
            DataFormatter text = new DataFormatter();
            assertThat(cells(sheet.getRow(3)))
                    .containsExactly("事项编号", "督办事项", "办理时限", "当前状态", "办理进展", "完成情况", "申请办结", "联系人");
            Row first = sheet.getRow(4);
            assertThat(cells(first))
                    .containsExactly("12", "乡村道路硬化", "2026年12月31日", "办理中", "", "", "", "");
            for (int column = 0; column < 8; column++) {
                assertThat(first.getCell(column).getCellStyle().getLocked()).as("column %d locked", column)
                        .isEqualTo(column < 4);
            }
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(0))).contains("县财政局").contains("2026年12月4日");
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0) * 3);
        }
    }

    private static List<String> cells(Row row) {
        DataFormatter text = new DataFormatter();
        List<String> values = new java.util.ArrayList<>();
        for (int column = 0; column < row.getLastCellNum(); column++) {
            values.add(text.formatCellValue(row.getCell(column)));
        }
        return values;
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        try (XSSFWorkbook workbook = writtenAndOpened()) {
            var cell = workbook.getSheetAt(0).getRow(5).getCell(1);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"点我\")");
        }
    }

    @Test
    void closeRequestIsAYesNoDropdownOverEveryItemRow() throws Exception {
        try (XSSFWorkbook workbook = writtenAndOpened()) {
            List<? extends DataValidation> validations = workbook.getSheetAt(0).getDataValidations();
            assertThat(validations).singleElement().satisfies(validation -> {
                DataValidationConstraint constraint = validation.getValidationConstraint();
                assertThat(constraint.getExplicitListValues()).containsExactly("是", "否");
                assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
                assertThat(validation.getShowErrorBox()).isTrue();
                var range = validation.getRegions().getCellRangeAddress(0);
                assertThat(range.getFirstColumn()).isEqualTo(6);
                assertThat(range.getLastColumn()).isEqualTo(6);
                assertThat(range.getFirstRow()).isEqualTo(4);
                assertThat(range.getLastRow()).isEqualTo(5);
            });
        }
    }

    @Test
    void theUnitAndTheDatabaseAreRecordedOnAVeryHiddenSheet() throws Exception {
        try (XSSFWorkbook workbook = writtenAndOpened()) {
            int hidden = workbook.getSheetIndex("duban-feedback");
            assertThat(hidden).isPositive();
            assertThat(workbook.getSheetVisibility(hidden)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            DataFormatter text = new DataFormatter();
            assertThat(workbook.getSheetAt(hidden)).extracting(row -> text.formatCellValue(row.getCell(0)) + "="
                    + text.formatCellValue(row.getCell(1)))
                    .containsExactly("unitId=1", "unitName=县财政局", "databaseId=db-identity-1", "formDate=2026-12-04");
        }
    }

    @Test
    void itPrintsOnA4Landscape() throws Exception {
        try (XSSFWorkbook workbook = writtenAndOpened()) {
            PrintSetup print = workbook.getSheetAt(0).getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
        }
    }

    @Test
    void aFormReadBackUnfilledHasItsUnitDatabaseAndItemNumbers() throws Exception {
        Path file = FeedbackFormWriter.writeInto(form, folder);

        ReturnedForm returned = FeedbackFormReader.read(file);

        assertThat(returned.unitId()).isEqualTo(1);
        assertThat(returned.unitName()).isEqualTo("县财政局");
        assertThat(returned.databaseId()).isEqualTo("db-identity-1");
        assertThat(returned.entries()).extracting(entry -> entry.rowNumber() + ":" + entry.itemNumber())
                .containsExactly("5:12", "6:13");
        assertThat(returned.entries()).noneMatch(entry -> entry.isFilled());
    }

    @Test
    void unsafeCharactersOfAUnitsNameAreReplacedInTheFileName() {
        Unit odd = new Unit(9, "县委/县政府:督查*室?", UnitKind.COUNTY_DEPARTMENT, 1);
        assertThat(new FeedbackForm(odd, TODAY, "x", List.of()).fileName())
                .isEqualTo("反馈表_县委_县政府_督查_室__20261204.xlsx");
    }

    @Test
    void aFormForAUnitWithoutOpenItemsIsStillAValidWorkbook() throws Exception {
        Path file = FeedbackFormWriter.writeInto(new FeedbackForm(FINANCE, TODAY, "x", List.of()), folder);
        assertThat(FeedbackFormReader.read(file).entries()).isEmpty();
    }
}
