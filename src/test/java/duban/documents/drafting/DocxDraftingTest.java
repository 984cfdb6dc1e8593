package duban.documents.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.ReminderLevel;
import duban.domain.UnitRow;
import duban.domain.documents.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind drafted from its built-in template to a .docx and read back with POI. */
class DocxDraftingTest {

    private final TemplateDrafter drafter = new TemplateDrafter();

    @TempDir
    Path folder;

    @Test
    void aNoticeStatesTheItemItsNumberUnitsDatesAndTheRuleOfItsDeadline() throws IOException {
        String text = draft(Drafts.notice(Drafts.item()), "notice");

        assertThat(text).doesNotContain("{{").doesNotContain("}}")
                .contains("清河县人民政府督查室", "清督办〔2026〕第 3 号", "督办通知单", "推进城区雨污分流改造工程",
                        "年底前完成管网铺设并通水验收", "领导批示（重点督办）", "交办日期：2026年11月2日",
                        "请于2026年12月2日前办结", "默认办理时限“30 天”确定",
                        "牵头单位：县住房和城乡建设局；协办单位：县水利局、县财政局；责任人：李明；责任领导：张副县长",
                        "请每 7 天报送一次办理进展", "联系人：王芳，电话：0316-1234567", "2026年12月5日", "回  执");
    }

    @Test
    void aDeadlineOtherThanTheRuleGivesIsSaidToBeSetAtAssignment() throws IOException {
        var item = duban.testing.TestItems.from(Drafts.item()).deadline(java.time.LocalDate.of(2026, 12, 20)).build();

        String text = draft(Drafts.notice(item), "notice-set");

        assertThat(text).contains("请于2026年12月20日前办结", "该时限为交办时确定（领导批示（重点督办）的默认办理时限为“30 天”）");
    }

    @Test
    void aReminderNoticeIsInItsColourAndListsThePreviousReminders() throws IOException {
        Path out = folder.resolve("reminder.docx");
        drafter.write(Drafts.reminder(ReminderLevel.RED), null, DocumentFormat.DOCX, out, () -> false);

        try (XWPFDocument document = open(out)) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).doesNotContain("{{").doesNotContain("}}").doesNotContain("[")
                    .contains("清催办〔2026〕第 11 号", "红色督办单", "原定办理时限为2026年12月2日",
                            "现行办理时限为2026年12月2日", "已逾期 3 天", "此前已催办 2 次",
                            "请于2026年12月10日前将办理情况书面报送清河县人民政府督查室");
            XWPFRun title = runWith(document, "红色督办单");
            assertThat(title.getColor()).isEqualTo("FF0000");
            XWPFTable previous = document.getTables().get(0);
            assertThat(cells(previous)).containsExactly(
                    List.of("催办日期", "催办方式", "督办单", "催办说明"),
                    List.of("2026年11月20日", "电话", "蓝色督办单", "电话提醒报送进展"),
                    List.of("2026年11月28日", "书面通知", "黄色督办单", "书面催报"));
        }
    }

    @Test
    void aBlueReminderIsBlueAndCountsTheDaysLeft() throws IOException {
        var blue = Drafts.reminder(ReminderLevel.BLUE);
        var early = new DocumentContent.ReminderNotice(blue.item(), blue.issued(), ReminderLevel.BLUE, List.of(),
                "请加快推进。", blue.requiredBy(), blue.letterhead(), blue.settings(), java.time.LocalDate.of(2026, 11, 25));
        Path out = folder.resolve("blue.docx");
        drafter.write(early, null, DocumentFormat.DOCX, out, () -> false);

        try (XWPFDocument document = open(out)) {
            assertThat(new XWPFWordExtractor(document).getText()).contains("蓝色督办单", "距办理时限还有 7 天",
                    "此前未催办", "催办要求：请加快推进。");
            assertThat(runWith(document, "蓝色督办单").getColor()).isEqualTo("0070C0");
            assertThat(cells(document.getTables().get(0))).hasSize(2).last()
                    .isEqualTo(List.of("—", "—", "—", "此前未催办。"));
        }
    }

    @Test
    void aBulletinRanksUnitsAsTheFiguresDoWithSharedRanksAndFillsBothCharts() throws IOException {
        DocumentContent.Bulletin bulletin = Drafts.bulletin();
        Path out = folder.resolve("bulletin.docx");
        drafter.write(bulletin, null, DocumentFormat.DOCX, out, () -> false);

        try (XWPFDocument document = open(out)) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).doesNotContain("{{").doesNotContain("}}")
                    .contains("关于2026年第四季度\n督办事项办理情况的通报", "全部来源", "共 5 项", "本期新交办 5 项",
                            "本期办结 3 项", "办结率为 60.0%，较上期上升 35.0 个百分点", "按时办结率为 100.0%，与上期持平",
                            "目前逾期未办结事项 1 项，无临期事项。", "县财政局、县水利局承办的事项全部按时办结",
                            "1. 县住房和城乡建设局（1 项）：“老旧小区改造”（办理时限2026年11月15日）");
            List<List<String>> rows = cells(document.getTables().get(0));
            List<List<String>> expected = new ArrayList<>();
            expected.add(List.of("名次", "单位", "交办", "办结", "办结率", "按时办结率", "逾期", "临期"));
            for (UnitRow row : bulletin.figures().ranking().rows()) {
                expected.add(List.of(String.valueOf(row.rank()), row.unit().name(), String.valueOf(row.tally().total()),
                        String.valueOf(row.tally().closed()), row.tally().completionRate().percentText(),
                        row.tally().onTimeRate().percentText(), String.valueOf(row.tally().overdue()),
                        String.valueOf(row.tally().dueSoon())));
            }
            assertThat(rows).isEqualTo(expected);
            assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0)).containsExactly("1", "1", "3", "4");

            List<XWPFChart> charts = document.getCharts();
            assertThat(charts).hasSize(2);
            XDDFChartData bars = charts.get(0).getChartSeries().get(0);
            assertThat(bars).isInstanceOf(XDDFBarChartData.class);
            assertThat(categories(bars.getSeries(0))).containsExactly("县财政局", "县水利局", "县住房和城乡建设局", "城关镇");
            assertThat(values(bars.getSeries(0))).containsExactly(100.0, 100.0, 50.0, 0.0);
            XDDFChartData lines = charts.get(1).getChartSeries().get(0);
            assertThat(lines).isInstanceOf(XDDFLineChartData.class);
            assertThat(lines.getSeriesCount()).isEqualTo(3);
            assertThat(categories(lines.getSeries(0))).containsExactly("11月8日", "11月15日", "11月22日", "11月29日", "12月5日");
            assertThat(values(lines.getSeries(0))).containsExactly(25.0, 25.0, 50.0, 60.0, 60.0);
            assertThat(values(lines.getSeries(1))).containsExactly(3.0, 3.0, 2.0, 2.0, 2.0);
            assertThat(values(lines.getSeries(2))).containsExactly(0.0, 0.0, 1.0, 1.0, 1.0);
        }
    }

    @Test
    void aUnitWithManyOverdueItemsIsNamedWithTheMostOverdueAndPointsToTheLedgerForTheRest() throws IOException {
        DocumentContent.Bulletin bulletin = Drafts.bulletin();
        List<duban.domain.Item> overdue = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            overdue.add(duban.testing.TestItems.item(100 + i, "逾期事项" + i).lead(duban.testing.TestItems.HOUSING)
                    .deadline(java.time.LocalDate.of(2026, 11, i)).build());
        }
        var figures = bulletin.figures();
        var many = new duban.domain.bulletin.BulletinFigures(figures.period(), figures.source(), figures.asOf(),
                figures.overview(), figures.ranking(), figures.commended(),
                List.of(new duban.domain.bulletin.BulletinFigures.NamedUnit(duban.testing.TestItems.HOUSING, overdue)),
                figures.weeks());

        String text = draft(new DocumentContent.Bulletin(many, bulletin.letterhead(), bulletin.issuedOn()), "many");

        assertThat(text).contains("1. 县住房和城乡建设局（8 项）：“逾期事项1”（办理时限2026年11月1日）；",
                "“逾期事项5”（办理时限2026年11月5日），另有 3 项逾期事项详见督办台账。");
        assertThat(text).doesNotContain("逾期事项6");
    }

    private String draft(DocumentContent content, String name) throws IOException {
        Path out = folder.resolve(name + ".docx");
        drafter.write(content, null, DocumentFormat.DOCX, out, () -> false);
        try (XWPFDocument document = open(out)) {
            return new XWPFWordExtractor(document).getText();
        }
    }

    static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static XWPFRun runWith(XWPFDocument document, String text) {
        return document.getParagraphs().stream().flatMap(paragraph -> paragraph.getRuns().stream())
                .filter(run -> run.text().contains(text)).findFirst().orElseThrow();
    }

    static List<List<String>> cells(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(cell -> cell.getText().strip()).toList());
        }
        return rows;
    }

    private static List<String> categories(XDDFChartData.Series series) {
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < series.getCategoryData().getPointCount(); i++) {
            categories.add(String.valueOf(series.getCategoryData().getPointAt(i)));
        }
        return categories;
    }

    private static List<Double> values(XDDFChartData.Series series) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < series.getValuesData().getPointCount(); i++) {
            values.add(series.getValuesData().getPointAt(i).doubleValue());
        }
        return values;
    }
}
