package duban.documents.drafting;

import static duban.documents.drafting.OfficialDocx.BODY_FONT;
import static duban.documents.drafting.OfficialDocx.BODY_SIZE;
import static duban.documents.drafting.OfficialDocx.HEADING_FONT;
import static duban.documents.drafting.OfficialDocx.body;
import static duban.documents.drafting.OfficialDocx.cell;
import static duban.documents.drafting.OfficialDocx.levelHeading;
import static duban.documents.drafting.OfficialDocx.mm;
import static duban.documents.drafting.OfficialDocx.paragraph;
import static duban.documents.drafting.OfficialDocx.text;

import duban.domain.documents.DocumentKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The built-in templates, generated with POI in code rather than kept as .docx files: the wording
 * and layout of each paper are reviewable and diffable here, and a change of the catalogue of
 * placeholders shows up in the same commit as its use. An office exports one of these, edits it in
 * WPS or Word, and imports it as its own.
 */
final class BuiltInTemplates {

    private static final int TABLE_FONT = 12;
    private static final int EMU_PER_MM = 36000;

    private BuiltInTemplates() {
    }

    static byte[] of(DocumentKind kind) {
        try (XWPFDocument document = switch (kind) {
            case NOTICE -> notice();
            case REMINDER_NOTICE -> reminderNotice();
            case BULLETIN -> bulletin();
        }; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in template of " + kind + " cannot be written", e);
        }
    }

    /** The red heading, the number line over the red rule, the title and the addressee (主送). */
    private static XWPFDocument opening(String numberMarker, String title, String addressee) {
        XWPFDocument document = OfficialDocx.a4();
        OfficialDocx.redHeading(document, "{{heading}}");
        text(OfficialDocx.ruledLine(document), numberMarker);
        OfficialDocx.title(document, title, null);
        text(paragraph(document, ParagraphAlignment.LEFT), addressee);
        return document;
    }

    /**
     * A table filled by poi-tl's row loop: {@code loopMarker} sits in the header, the row after it,
     * naming the {@code fields}, is repeated once per entry. The {@code leftColumn} is aligned left.
     */
    private static void loopTable(XWPFDocument document, int[] widths, String[] header, String loopMarker,
                                  String[] fields, int leftColumn) {
        XWPFTable table = OfficialDocx.table(document, widths, header, TABLE_FONT);
        table.getRow(0).getCell(0).getParagraphs().get(0).insertNewRun(0).setText(loopMarker);
        XWPFTableRow template = table.createRow();
        for (int column = 0; column < fields.length; column++) {
            cell(template.getCell(column), fields[column], BODY_FONT, TABLE_FONT,
                    column == leftColumn ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
        }
    }

    private static XWPFDocument notice() {
        XWPFDocument document = opening("{{number}}", "督办通知单", "{{leadUnit}}：");
        text(body(document), "现将“{{title}}”交由你单位牵头办理。有关事项通知如下：");
        levelHeading(document, "一、督办事项");
        text(body(document), "{{details}}");
        levelHeading(document, "二、事项来源");
        text(body(document), "{{source}}（{{category}}），交办日期：{{assignedOn}}。");
        levelHeading(document, "三、办理时限");
        text(body(document), "请于{{deadline}}前办结。{{deadlineRule}}");
        levelHeading(document, "四、责任分工");
        text(body(document), "牵头单位：{{leadUnit}}；协办单位：{{assistUnits}}；责任人：{{owner}}；责任领导：{{leader}}。");
        levelHeading(document, "五、工作要求");
        text(body(document), "{{reporting}}办结后请书面报告办理结果，申请办结销号；确需延期的，请在办理时限届满前提出申请。");
        text(body(document), "{{contact}}");
        OfficialDocx.signatureAndDate(document);
        receipt(document);
        return document;
    }

    /** The tear-off 回执 the unit fills in and returns. */
    private static void receipt(XWPFDocument document) {
        XWPFParagraph cut = paragraph(document, ParagraphAlignment.CENTER);
        cut.setSpacingBefore(12 * OfficialDocx.TWIPS_PER_POINT);
        OfficialDocx.run(cut, "- - - - - - - - - - - - - 沿此线剪开 - - - - - - - - - - - - -", BODY_FONT, 10, false, null);
        XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER);
        title.setSpacingAfter(6 * OfficialDocx.TWIPS_PER_POINT);
        OfficialDocx.run(title, "回  执", HEADING_FONT, BODY_SIZE, false, null);
        int[] widths = {mm(26), mm(52), mm(26), mm(52)};
        XWPFTable table = OfficialDocx.table(document, widths, new String[]{"编号", "{{number}}", "督办事项", "{{title}}"}, TABLE_FONT);
        String[][] rows = {{"承办单位", "", "签收人", ""}, {"签收日期", "", "联系电话", ""}};
        for (String[] labels : rows) {
            XWPFTableRow row = table.createRow();
            row.setHeight(mm(10));
            for (int column = 0; column < labels.length; column++) {
                cell(row.getCell(column), labels[column], column % 2 == 0 ? HEADING_FONT : BODY_FONT, TABLE_FONT,
                        ParagraphAlignment.CENTER);
            }
        }
        XWPFTableRow plan = table.createRow();
        plan.setHeight(mm(30));
        cell(plan.getCell(0), "办理计划", HEADING_FONT, TABLE_FONT, ParagraphAlignment.CENTER);
        // One cell across the other three columns: the unit writes its plan there.
        plan.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
        plan.getCtRow().removeTc(3);
        plan.getCtRow().removeTc(2);
        cell(plan.getCell(1), "", BODY_FONT, TABLE_FONT, ParagraphAlignment.LEFT);
        XWPFParagraph note = paragraph(document, ParagraphAlignment.LEFT);
        note.setSpacingBefore(6 * OfficialDocx.TWIPS_PER_POINT);
        OfficialDocx.run(note, "请于收到本通知单之日起 3 个工作日内填写回执，报送{{signature}}。", BODY_FONT, 12, false, null);
    }

    private static XWPFDocument reminderNotice() {
        XWPFDocument document = opening("{{number}}", "{{levelTitle}}", "{{leadUnit}}：");
        text(body(document), "你单位牵头办理的“{{title}}”，于{{assignedOn}}交办，原定办理时限为{{originalDeadline}}，"
                + "现行办理时限为{{currentDeadline}}，{{deadlineStatus}}；{{reportingStatus}}。");
        text(body(document), "{{previousSummary}}");
        int[] widths = {mm(42), mm(24), mm(28), mm(62)};
        loopTable(document, widths, new String[]{"催办日期", "催办方式", "督办单", "催办说明"}, "{{previous}}",
                new String[]{"[date]", "[method]", "[level]", "[note]"}, 3);
        XWPFParagraph requirement = body(document);
        requirement.setSpacingBefore(8 * OfficialDocx.TWIPS_PER_POINT);
        text(requirement, "催办要求：{{requirement}}");
        text(body(document), "请于{{requiredBy}}前将办理情况书面报送{{signature}}。逾期仍未办结或未报送的，将在督查通报中予以通报。");
        text(body(document), "{{contact}}");
        OfficialDocx.signatureAndDate(document);
        return document;
    }

    private static XWPFDocument bulletin() {
        XWPFDocument document = opening("", "{{bulletinTitle}}", "各有关单位：");
        text(body(document), "{{overview}}");
        levelHeading(document, "一、各单位办理情况");
        text(body(document), "{{period}}各单位办理情况排名如下（{{scope}}，按办结率、按时办结率、逾期事项数排序）：");
        int[] widths = {mm(13), mm(37), mm(14), mm(14), mm(20), mm(24), mm(17), mm(17)};
        loopTable(document, widths, new String[]{"名次", "单位", "交办", "办结", "办结率", "按时办结率", "逾期", "临期"},
                "{{ranking}}", new String[]{"[rank]", "[unit]", "[total]", "[closed]", "[completion]", "[onTime]",
                        "[overdue]", "[dueSoon]"}, 1);
        chart(document, ChartTypes.BAR, "{{completionChart}}", "各单位办结率（%）", new String[]{"办结率"});
        levelHeading(document, "二、表扬");
        text(body(document), "{{commended}}");
        levelHeading(document, "三、通报");
        text(body(document), "{{named}}");
        levelHeading(document, "四、办理趋势");
        chart(document, ChartTypes.LINE, "{{trendChart}}", "逐周办理情况", new String[]{"办结率（%）", "未办结", "逾期"});
        levelHeading(document, "五、下步要求");
        text(body(document), "各单位要对照本通报，认真梳理未办结事项，逐项明确责任人和完成时限；对逾期事项，"
                + "要说明原因、提出整改措施，限期办结。督查室将持续跟踪督办，对仍未按期办结的事项视情予以通报。");
        OfficialDocx.signatureAndDate(document);
        return document;
    }

    /**
     * A native Word chart whose data poi-tl replaces: its tag stands in the drawing's 可选文字
     * (alt text), where poi-tl looks for it and where WPS lets the office see and keep it.
     */
    private static void chart(XWPFDocument document, ChartTypes type, String marker, String title, String[] series) {
        XWPFParagraph holder = paragraph(document, ParagraphAlignment.CENTER);
        holder.setSpacingBetween(1.0);
        XWPFRun run = holder.createRun();
        try {
            XWPFChart chart = document.createChart(run, 150 * EMU_PER_MM, 80 * EMU_PER_MM);
            chart.setTitleText(title);
            chart.setTitleOverlay(false);
            XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
            String[] names = {"单位一", "单位二", "单位三"};
            XDDFDataSource<String> categoryData = XDDFDataSourcesFactory.fromArray(names,
                    chart.formatRange(new CellRangeAddress(1, names.length, 0, 0)), 0);
            XDDFChartData data = chart.createData(type, categories, values);
            if (data instanceof XDDFBarChartData bars) {
                bars.setBarDirection(BarDirection.COL);
                bars.setVaryColors(false);
            }
            for (int index = 0; index < series.length; index++) {
                XDDFNumericalDataSource<Double> valueData = XDDFDataSourcesFactory.fromArray(
                        new Double[]{50.0 + index, 60.0 + index, 70.0 + index},
                        chart.formatRange(new CellRangeAddress(1, names.length, index + 1, index + 1)), index + 1);
                XDDFChartData.Series added = data.addSeries(categoryData, valueData);
                added.setTitle(series[index], chart.setSheetTitle(series[index], index + 1));
            }
            chart.plot(data);
            // poi-tl rewrites the chart's sheet as a table whose header row it reads whole, A1 included.
            var header = chart.getWorkbook().getSheetAt(0).getRow(0);
            (header.getCell(0) != null ? header.getCell(0) : header.createCell(0)).setCellValue(" ");
            if (series.length > 1) {
                chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot add a chart to the built-in template", e);
        }
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(marker);
    }
}
