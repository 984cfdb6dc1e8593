package duban.ledger.importing;

import duban.domain.importing.ItemKey;

import duban.domain.importing.ImportRowDraft;

import duban.domain.importing.ImportBasis;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview: every kind of bad row with its row number, duplicates, unknown units, defaults. */
class ImportPreviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final String HEADER = "序号,督办事项,事项来源,督办类别,交办日期,牵头单位,协办单位,责任人,办理时限";

    @TempDir
    Path folder;

    private final ImportBasis basis = new ImportBasis(
            List.of(new Unit(1, "县财政局", UnitKind.COUNTY_DEPARTMENT, 1),
                    new Unit(2, "县水利局", UnitKind.COUNTY_DEPARTMENT, 2),
                    new Unit(3, "城关镇", UnitKind.TOWNSHIP, 3)),
            List.of(ItemKey.of(" 城区供水 管网改造", "县水利局", LocalDate.of(2026, 3, 1))));

    private ImportPreview preview(boolean createUnits, String... lines) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of(HEADER));
        all.addAll(List.of(lines));
        return ImportPreview.of(ImportReader.read(TaskLists.utf8Csv(folder.resolve("t.csv"), all)), basis, TODAY,
                createUnits);
    }

    private static Map<Integer, String> problemsByRow(ImportPreview preview) {
        return preview.rows().stream().filter(row -> row.verdict() == PreviewRow.Verdict.INVALID)
                .collect(Collectors.toMap(PreviewRow::rowNumber, row -> String.join("; ", row.problems())));
    }

    @Test
    void everyKindOfBadRowIsReportedWithItsSpreadsheetRowNumber() throws Exception {
        ImportPreview preview = preview(false,
                "1,推进老旧小区改造,政府工作报告,重点督办,2026-03-01,县财政局,城关镇,王建国,2026-12-31",
                "2,,领导批示,常规,2026-03-01,县财政局,,李明,2026-04-30",
                "3,整治河道,领导批示,常规,2026-03-01,县水利局,,,2026-04-30",
                "4,修缮县图书馆,领导批示,常规,2026-03-01,,,张伟,2026-04-30",
                "5,建设智慧停车,领导批示,常规,2026-03-01,县城管局,县公安局、城关镇,孙丽,2026-04-30",
                "6,清理违建,领导批示,常规,2026-03-01,县财政局,,赵磊,下月底",
                "7,春季植树,领导批示,常规,2026-03-05,县财政局,,周敏,2026-03-01",
                "8,排查安全隐患,县委交办,常规,2026-03-01,县财政局,,吴强,2026-04-30",
                "9,推进老旧小区改造,政府工作报告,重点督办,2026-03-01,县财政局,,王建国,2026-12-31",
                "10,完善便民服务,领导批示,特急,2026-03-01,县财政局,,郑洁,2026-04-30",
                "11,落实减税政策,领导批示,常规,2026-03-01,县财政局,,钱坤,");

        Map<Integer, String> problems = problemsByRow(preview);

        assertThat(problems).containsOnlyKeys(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(problems.get(3)).isEqualTo("缺少督办事项");
        assertThat(problems.get(4)).isEqualTo("缺少责任人");
        assertThat(problems.get(5)).isEqualTo("缺少牵头单位");
        assertThat(problems.get(6)).isEqualTo("牵头单位 “县城管局” 不在单位名录中; 协办单位 “县公安局” 不在单位名录中");
        assertThat(problems.get(7)).isEqualTo("办理时限 “下月底” 无法识别为日期");
        assertThat(problems.get(8)).isEqualTo("办理时限 2026-03-01 早于交办日期 2026-03-05");
        assertThat(problems.get(9)).startsWith("无法识别的事项来源 “县委交办”").contains("领导批示");
        assertThat(problems.get(10)).isEqualTo("与第 2 行重复（督办事项、牵头单位、交办日期相同）");
        assertThat(problems.get(11)).startsWith("无法识别的督办类别 “特急”");
        assertThat(problems.get(12)).isEqualTo("缺少办理时限");
        assertThat(preview.rows().get(0).verdict()).isEqualTo(PreviewRow.Verdict.VALID);
        assertThat(preview.rows().get(0).rowNumber()).isEqualTo(2);
        assertThat(preview.unknownUnits()).containsExactly("县城管局", "县公安局");
        assertThat(preview.summary()).isEqualTo("共 11 行：可导入 1 行，有问题 10 行，已导入过 0 行");
        assertThat(preview.plan().rows()).extracting(ImportRowDraft::rowNumber).containsExactly(2);
    }

    @Test
    void aRowAlreadyInTheDatabaseIsSkippedNotAnError() throws Exception {
        ImportPreview preview = preview(false,
                "1,城区供水   管网改造 ,政府工作报告,重点督办,2026-03-01,县 水利局,,王建国,2026-12-31",
                "2,城区供水管网改造,政府工作报告,重点督办,2026-03-02,县水利局,,王建国,2026-12-31");

        assertThat(preview.rows().get(0).verdict()).isEqualTo(PreviewRow.Verdict.ALREADY_IMPORTED);
        assertThat(preview.rows().get(0).issues()).isEqualTo("已导入过，跳过");
        assertThat(preview.rows().get(1).verdict()).as("another 交办日期 is another item").isEqualTo(PreviewRow.Verdict.VALID);
        assertThat(preview.summary()).isEqualTo("共 2 行：可导入 1 行，有问题 0 行，已导入过 1 行");
        assertThat(preview.plan().duplicates()).isEqualTo(1);
    }

    @Test
    void unknownUnitsAreListedOnceAndBecomeValidOnlyWhenConfirmed() throws Exception {
        String[] lines = {
            "1,建设智慧停车,领导批示,常规,2026-03-01,县城管局,县公安局、县财政局,孙丽,2026-04-30",
            "2,整治占道经营,领导批示,常规,2026-03-01,县城管局,县公安局,钱坤,2026-04-30"};
        ImportPreview refused = preview(false, lines);
        assertThat(refused.unknownUnits()).containsExactly("县城管局", "县公安局");
        assertThat(refused.importable()).isZero();
        assertThat(refused.plan().unitsToCreate()).isEmpty();

        ImportPreview confirmed = preview(true, lines);
        assertThat(confirmed.importable()).isEqualTo(2);
        assertThat(confirmed.rows().get(0).issues()).contains("将新建单位 “县城管局”");
        assertThat(confirmed.plan().unitsToCreate()).containsExactly("县城管局", "县公安局");
    }

    @Test
    void missingDateSourceAndCategoryGetDefaultsWithANoteAndDatesInEveryForm() throws Exception {
        ImportPreview preview = preview(false,
                "1,推进老旧小区改造,,,,县财政局,县财政局；城关镇 ,王建国,2026年12月31日",
                "2,整治河道,2026年政府工作报告,重点,2026.3.1,县水利局,,李明,20260430",
                "3,修缮图书馆,领导批示,急件,2026/3/2,县财政局,,张伟,2026-3-9");

        PreviewRow first = preview.rows().get(0);
        assertThat(first.verdict()).isEqualTo(PreviewRow.Verdict.VALID);
        assertThat(first.notes()).contains("未填交办日期，按导入当天 2026-03-10 计", "未填事项来源，按 “其他” 导入",
                "未填督办类别，按 “常规” 导入", "协办单位中的 “县财政局” 是牵头单位，已略去");
        ImportRowDraft draft = first.draft();
        assertThat(draft.assignedOn()).isEqualTo(TODAY);
        assertThat(draft.source()).isEqualTo(Source.OTHER);
        assertThat(draft.category()).isEqualTo(Category.ROUTINE);
        assertThat(draft.assistUnits()).containsExactly("城关镇");
        assertThat(draft.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));

        ImportRowDraft second = preview.rows().get(1).draft();
        assertThat(second.source()).isEqualTo(Source.WORK_REPORT);
        assertThat(second.category()).isEqualTo(Category.KEY);
        assertThat(second.assignedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(second.deadline()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(preview.rows().get(2).draft().deadline()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(preview.rows().get(2).draft().category()).isEqualTo(Category.URGENT);
    }

    @Test
    void aHeaderWithoutTitleColumnIsOneFileLevelErrorNamingTheColumnsFound() throws Exception {
        ImportPreview preview = ImportPreview.of(ImportReader.read(TaskLists.utf8Csv(folder.resolve("x.csv"), List.of(
                "编号,名称,单位,联系人", "1,修路,县交通局,王五"))), basis, TODAY, false);

        assertThat(preview.fileProblem()).contains("督办事项").contains("编号、名称、单位、联系人");
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.plan().rows()).isEmpty();
    }
}
