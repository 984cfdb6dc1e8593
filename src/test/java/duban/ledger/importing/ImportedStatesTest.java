package duban.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.importing.ImportBasis;
import duban.domain.importing.ImportedState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview of a ledger's 状态, 办结日期, 办结情况 and 办理进展: what is taken over, and, row by
 * row, what cannot be and what the import does instead, said before anything is imported.
 */
class ImportedStatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final String HEADER = "序号,督办事项,督办类别,交办日期,牵头单位,责任人,办理时限,办理进展,状态,办结日期,备注,办结情况";

    @TempDir
    Path folder;

    private ImportBasis basis = new ImportBasis(List.of(new Unit(1, "县财政局", UnitKind.COUNTY_DEPARTMENT, 1)), List.of());

    private Map<Integer, PreviewRow> preview(String header, String... lines) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of(header));
        all.addAll(List.of(lines));
        ImportPreview preview = ImportPreview.of(ImportReader.read(TaskLists.utf8Csv(folder.resolve("台账.csv"), all)),
                basis, TODAY, false);
        return preview.rows().stream().collect(Collectors.toMap(PreviewRow::rowNumber, Function.identity()));
    }

    private static ImportedState state(PreviewRow row) {
        assertThat(row.verdict()).as(row.issues()).isEqualTo(PreviewRow.Verdict.VALID);
        return row.draft().state();
    }

    @Test
    void theLedgersOwnWordsAreTakenOver() throws Exception {
        Map<Integer, PreviewRow> rows = preview(HEADER,
                "1,事项甲,急件,2026-09-01,县财政局,张三,2026-12-31,2026-11-20: 已完成过半,办理中·逾期,,,",
                "2,事项乙,重点督办,2026-09-01,县财政局,张三,2026-12-31,2026-10-30：主体完工,办结销号·按时办结,2026-11-02,销号人 李四,已全部完成",
                "3,事项丙,常规,2026-09-01,县财政局,张三,2026-12-31,,待反馈,,,",
                "4,事项丁,常规,2026-09-01,县财政局,张三,2026-12-31,,已撤销,,撤销原因: 重复登记; 最近经办 李四,",
                "5,事项戊,常规,2026-09-01,县财政局,张三,2026-12-31,,交办,,,");

        ImportedState inProgress = state(rows.get(2));
        assertThat(inProgress.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(inProgress.progressOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(inProgress.progress()).isEqualTo("已完成过半");
        assertThat(rows.get(2).draft().category()).isEqualTo(Category.URGENT);
        assertThat(rows.get(2).notes()).contains("导入后在“办理中”栏");

        ImportedState closed = state(rows.get(3));
        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(closed.closingNote()).isEqualTo("已全部完成");
        assertThat(closed.progressOn()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(closed.progress()).isEqualTo("主体完工");
        assertThat(rows.get(3).notes()).contains("导入后为“办结销号”，办结日期 2026-11-02");

        assertThat(state(rows.get(4)).status()).isEqualTo(Status.AWAITING_FEEDBACK);
        ImportedState withdrawn = state(rows.get(5));
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawnReason()).isEqualTo("重复登记");
        assertThat(rows.get(5).notes()).contains("已撤销：导入后即撤销，原因“重复登记”");
        assertThat(state(rows.get(6))).isEqualTo(new ImportedState(Status.ASSIGNED, "交办", null, null, null, null, null));
        assertThat(rows.get(6).notes()).isEmpty();
    }

    @Test
    void aClosingThatCannotBeTakenOverGoesToAwaitingFeedbackAndThePreviewSaysWhy() throws Exception {
        Map<Integer, PreviewRow> rows = preview(HEADER,
                "1,没有办结情况,常规,2026-09-01,县财政局,张三,2026-12-31,,办结销号,2026-11-02,,",
                "2,没有办结日期,常规,2026-09-01,县财政局,张三,2026-12-31,,办结销号·按时办结,,,已完成",
                "3,办结日期在明天,常规,2026-09-01,县财政局,张三,2026-12-31,,办结销号,2026-11-22,,已完成",
                "4,办结早于交办,常规,2026-09-01,县财政局,张三,2026-12-31,,办结销号,2026-08-30,,已完成");

        assertThat(rows.values()).allSatisfy(row -> {
            assertThat(state(row).status()).as(row.title()).isEqualTo(Status.AWAITING_FEEDBACK);
            assertThat(state(row).closedOn()).isNull();
        });
        assertThat(rows.get(2).issues()).contains("状态为办结销号，但没有办结情况：按“待反馈”导入");
        assertThat(rows.get(3).issues()).contains("但没有办结日期：按“待反馈”导入");
        assertThat(rows.get(4).issues()).contains("但办结日期 2026-11-22 晚于今天");
        assertThat(rows.get(5).issues()).contains("但办结日期 2026-08-30 早于交办日期 2026-09-01");
    }

    @Test
    void aCategoryThatNeedsEvidenceIsNotCrossedOffByTheImport() throws Exception {
        basis = basis.withEvidenceRequired(Set.of(Category.KEY));
        Map<Integer, PreviewRow> rows = preview(HEADER,
                "1,重点事项,重点督办,2026-09-01,县财政局,张三,2026-12-31,,办结销号,2026-11-02,,已完成",
                "2,常规事项,常规,2026-09-01,县财政局,张三,2026-12-31,,办结销号,2026-11-02,,已完成");

        assertThat(state(rows.get(2)).status()).isEqualTo(Status.AWAITING_FEEDBACK);
        assertThat(rows.get(2).issues()).contains("设置要求“重点督办”事项有佐证材料才能办结销号");
        assertThat(state(rows.get(3)).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void anUnknownStatusIsAProblemOfItsRow() throws Exception {
        Map<Integer, PreviewRow> rows = preview(HEADER,
                "1,事项甲,常规,2026-09-01,县财政局,张三,2026-12-31,,已完成,,,");

        assertThat(rows.get(2).verdict()).isEqualTo(PreviewRow.Verdict.INVALID);
        assertThat(rows.get(2).problems()).containsExactly("无法识别的状态“已完成”（可用：交办、办理中、待反馈、办结销号、已撤销）");
    }

    @Test
    void progressWithoutADateOrInTheFutureIsRecordedTodayAndSaidSo() throws Exception {
        Map<Integer, PreviewRow> rows = preview(HEADER,
                "1,事项甲,常规,2026-09-01,县财政局,张三,2026-12-31,已召开推进会,办理中,,,",
                "2,事项乙,常规,2026-09-01,县财政局,张三,2026-12-31,2026-12-01: 已开工,办理中,,,");

        assertThat(state(rows.get(2)).progressOn()).isEqualTo(TODAY);
        assertThat(state(rows.get(2)).progress()).isEqualTo("已召开推进会");
        assertThat(rows.get(2).notes()).contains("办理进展没有日期，按导入当天 2026-11-21 记录");
        assertThat(state(rows.get(3)).progressOn()).isEqualTo(TODAY);
        assertThat(rows.get(3).notes()).contains("办理进展的日期 2026-12-01 晚于今天，按导入当天 2026-11-21 记录");
    }

    @Test
    void aLedgerWithoutClosingNotesSaysSoForTheWholeFile() throws Exception {
        List<String> lines = List.of("序号,督办事项,交办日期,牵头单位,责任人,办理时限,状态,办结日期",
                "1,事项甲,2026-09-01,县财政局,张三,2026-12-31,办结销号·按时办结,2026-11-02");
        ImportPreview preview = ImportPreview.of(ImportReader.read(TaskLists.utf8Csv(folder.resolve("旧台账.csv"), lines)),
                basis, TODAY, false);

        assertThat(preview.fileNotes()).contains(
                "文件中没有“办结情况”列：状态为办结销号的事项按“待反馈”导入，核实后请在看板上办结销号。");
        assertThat(preview.rows().get(0).draft().state().status()).isEqualTo(Status.AWAITING_FEEDBACK);
    }
}
