package duban.ledger.importing;

import duban.domain.importing.ImportBasis;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Unit;
import duban.domain.UnitKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.PaneInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template: a bold frozen header, an example row that the import itself accepts. */
class ImportTemplateTest {

    @TempDir
    Path folder;

    @Test
    void theTemplateHasABoldFrozenHeaderAndAnExampleRowTheImportAccepts() throws Exception {
        Path file = folder.resolve("模板.xlsx");
        ImportTemplate.write(file);

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("督办事项");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(7));
            assertThat(sheet.getDataValidations()).hasSize(2);
        }

        ImportSheet sheet = ImportReader.read(file);
        assertThat(sheet.columns()).containsExactlyInAnyOrderElementsOf(ImportTemplate.COLUMNS);
        ImportBasis basis = new ImportBasis(List.of(new Unit(1, "县住房和城乡建设局", UnitKind.COUNTY_DEPARTMENT, 1),
                new Unit(2, "县财政局", UnitKind.COUNTY_DEPARTMENT, 2), new Unit(3, "城关镇", UnitKind.TOWNSHIP, 3)),
                List.of());
        ImportPreview preview = ImportPreview.of(sheet, basis, LocalDate.of(2026, 3, 10), false);
        assertThat(preview.rows()).hasSize(1);
        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(preview.rows().get(0).draft().deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(preview.rows().get(0).draft().leader()).isEqualTo("李副县长");
    }
}
