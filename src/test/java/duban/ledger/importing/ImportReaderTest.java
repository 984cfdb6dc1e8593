package duban.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading task lists: the header found under title rows, columns by name in any order, encodings. */
class ImportReaderTest {

    @TempDir
    Path folder;

    @Test
    void anXlsxWithTitleAndScopeRowsIsReadFromItsHeaderWithRealDatesAndExcelRowNumbers() throws Exception {
        Path file = TaskLists.xlsx(folder.resolve("台账.xlsx"),
                List.of("××县人民政府办公室督办事项台账", "范围：全部督办事项  制表日期：2026-03-01"),
                List.of(List.of("序号", "督办事项", "事项来源", "交办日期", "牵头单位", "协办单位", "责任人", "办理时限", "状态"),
                        List.of(1, "城区供水管网改造", "政府工作报告", LocalDate.of(2026, 3, 1), "县水利局",
                                "县财政局、城关镇", "王建国", LocalDate.of(2026, 12, 31), "交办"),
                        List.of(),
                        List.of(2, "农村公路养护", "上级交办", "2026/3/5", "县交通运输局", "", "李明", 20260630)));

        ImportSheet sheet = ImportReader.read(file);

        assertThat(sheet.headerRow()).isEqualTo(3);
        assertThat(sheet.columns()).contains(ImportColumn.TITLE, ImportColumn.SOURCE, ImportColumn.ASSIGNED_ON,
                ImportColumn.LEAD_UNIT, ImportColumn.ASSIST_UNITS, ImportColumn.OWNER, ImportColumn.DEADLINE);
        assertThat(sheet.headersFound()).contains("序号", "状态");
        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(4, 6);
        SheetRow first = sheet.rows().get(0);
        assertThat(first.text(ImportColumn.TITLE)).isEqualTo("城区供水管网改造");
        assertThat(first.cell(ImportColumn.ASSIGNED_ON).date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(first.cell(ImportColumn.DEADLINE).date()).isEqualTo(LocalDate.of(2026, 12, 31));
        SheetRow second = sheet.rows().get(1);
        assertThat(second.text(ImportColumn.ASSIGNED_ON)).isEqualTo("2026/3/5");
        assertThat(second.text(ImportColumn.DEADLINE)).isEqualTo("20260630");
    }

    @Test
    void aCsvWithBomColumnsInAnotherOrderAndSynonymsIsMatchedByName() throws Exception {
        Path file = TaskLists.utf8Csv(folder.resolve("任务.csv"), List.of(
                "完成时限, 责任 人 ,工作任务,责任单位,配合单位,具体内容,督办类别,责任领导,办结日期",
                "2026年6月30日,张伟,推进智慧停车建设,县城管局,县公安局；县财政局,新增泊位 800 个,重点督办,刘副县长,"));

        ImportSheet sheet = ImportReader.read(file);

        assertThat(sheet.headerRow()).isEqualTo(1);
        SheetRow row = sheet.rows().get(0);
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.text(ImportColumn.TITLE)).isEqualTo("推进智慧停车建设");
        assertThat(row.text(ImportColumn.OWNER)).isEqualTo("张伟");
        assertThat(row.text(ImportColumn.LEAD_UNIT)).isEqualTo("县城管局");
        assertThat(row.text(ImportColumn.ASSIST_UNITS)).isEqualTo("县公安局；县财政局");
        assertThat(row.text(ImportColumn.DEADLINE)).isEqualTo("2026年6月30日");
        assertThat(row.text(ImportColumn.DETAILS)).isEqualTo("新增泊位 800 个");
        assertThat(row.text(ImportColumn.CATEGORY)).isEqualTo("重点督办");
        assertThat(row.text(ImportColumn.LEADER)).isEqualTo("刘副县长");
        assertThat(sheet.columns()).doesNotContain(ImportColumn.SOURCE, ImportColumn.ASSIGNED_ON);
    }

    @Test
    void aGb18030CsvFromOlderExcelIsReadAsChinese() throws Exception {
        Path file = TaskLists.csv(folder.resolve("旧版.csv"), ImportReader.GB18030, false, List.of(
                "督办事项,牵头单位,责任人,办理时限",
                "落实秸秆禁烧责任,县生态环境分局,赵磊,2026.10.31"));
        assertThat(Files.readAllBytes(file)).isNotEqualTo(
                Files.readString(file, ImportReader.GB18030).getBytes(StandardCharsets.UTF_8));

        SheetRow row = ImportReader.read(file).rows().get(0);

        assertThat(row.text(ImportColumn.TITLE)).isEqualTo("落实秸秆禁烧责任");
        assertThat(row.text(ImportColumn.LEAD_UNIT)).isEqualTo("县生态环境分局");
        assertThat(row.text(ImportColumn.DEADLINE)).isEqualTo("2026.10.31");
    }

    @Test
    void aUtf8CsvWithoutBomIsReadAsUtf8() throws Exception {
        Path file = TaskLists.csv(folder.resolve("无BOM.csv"), StandardCharsets.UTF_8, false, List.of(
                "督办事项,牵头单位,责任人,办理时限", "整治城区占道经营,县城管局,孙丽,2026-05-31"));
        assertThat(ImportReader.read(file).rows().get(0).text(ImportColumn.TITLE)).isEqualTo("整治城区占道经营");
    }

    @Test
    void anUnsupportedOrMissingFileIsRefusedInChinese() throws Exception {
        Path doc = Files.writeString(folder.resolve("清单.docx"), "x");
        assertThatThrownBy(() -> ImportReader.read(doc)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("清单.docx").hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> ImportReader.read(folder.resolve("没有.csv"))).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("找不到文件");
        Path broken = Files.writeString(folder.resolve("坏.xlsx"), "not a workbook");
        assertThatThrownBy(() -> ImportReader.read(broken)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("不是 Excel 表格");
    }
}
