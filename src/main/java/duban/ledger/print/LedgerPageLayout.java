package duban.ledger.print;

import duban.ledger.LedgerBreaks;
import duban.ui.print.LineBreaker;
import duban.ui.text.LineBreakRule;

import duban.ui.print.TextMeasure;

import duban.i18n.Messages;
import duban.ledger.Ledger;
import duban.ledger.LedgerColumn;
import duban.ledger.LedgerRow;
import duban.domain.Progress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out a 督办台账 on printed pages, once for the preview, the printer and the PDF alike. Every
 * page repeats the title, the scope and date line and the table's header row, and ends with
 * “第 n 页 共 m 页” and the print date. Text wraps inside its cell; a row moves whole to the next
 * page unless it alone is taller than a page's body, in which case it is split between lines and
 * continues on the next page. Group headings and subtotals appear when the ledger is grouped (a
 * group that goes on over a page break repeats its heading, marked 续); the totals stand under the
 * table on the last page.
 *
 * <p>Coordinates are points from the page's top-left corner, y downwards; texts are placed by
 * their baseline.
 */
public final class LedgerPageLayout {

    /** Space between a cell's rule and its text, left and right. */
    static final double PAD_X = 3;
    /** Space between a cell's rule and its text, above and below. */
    static final double PAD_Y = 2.5;
    static final double OUTER_RULE = 0.8;
    static final double INNER_RULE = 0.4;
    static final double HEADER_GRAY = 0.86;
    static final double GROUP_GRAY = 0.95;
    private static final double TITLE_GAP = 6;
    private static final double HEADING_GAP = 5;
    private static final double FOOTER_GAP = 6;
    private static final double TOTALS_GAP = 5;
    private static final int PROGRESS_EVERY = 100;
    /** A too-tall row starts on the current page only when at least this many of its lines fit there. */
    private static final int MIN_SPLIT_LINES = 3;

    /** Columns as wide as their widest usual content; the others share the rest by these weights. */
    private static final Map<LedgerColumn, String> FITTED = new EnumMap<>(Map.of(
            LedgerColumn.NUMBER, "99999",
            LedgerColumn.ASSIGNED_ON, "2026-11-21",
            LedgerColumn.DEADLINE, "2026-11-21",
            LedgerColumn.CLOSED_ON, "2026-11-21"));
    private static final Map<LedgerColumn, Double> WEIGHTS = new EnumMap<>(Map.of(
            LedgerColumn.TITLE, 17.0,
            LedgerColumn.SOURCE, 6.5,
            LedgerColumn.LEAD_UNIT, 8.5,
            LedgerColumn.ASSIST_UNITS, 8.5,
            LedgerColumn.OWNER, 6.5,
            LedgerColumn.PROGRESS, 17.0,
            LedgerColumn.STATUS, 9.0,
            LedgerColumn.REMARKS, 10.0));
    private static final Set<LedgerColumn> CENTRED = EnumSet.of(LedgerColumn.NUMBER, LedgerColumn.SOURCE,
            LedgerColumn.ASSIGNED_ON, LedgerColumn.OWNER, LedgerColumn.DEADLINE, LedgerColumn.STATUS,
            LedgerColumn.CLOSED_ON);
    private static final LedgerColumn[] COLUMNS = LedgerColumn.values();

    private final Ledger ledger;
    private final LedgerHeading heading;
    private final PageSetup setup;
    private final TextMeasure measure;
    private final Progress progress;
    /** Where the ledger's cells may break: the window's rule, knowing its units and headers. */
    private final LineBreakRule breaks;

    private final double fontSize;
    private final double titleSize;
    private final double subtitleSize;
    private final double lineHeight;
    private final double left;
    private final double right;
    private final double tableWidth;
    /** Left edge of every column, and the table's right edge last. */
    private final double[] columnX;
    private final double bodyBottom;
    private final List<String> titleLines;
    private final List<String> scopeLines;
    private final String producedText;
    private final List<List<String>> headerLines;
    private final double headerHeight;

    private final List<PageDraft> pages = new ArrayList<>();
    private PageDraft page;
    private double y;
    /** The heading of the group being laid out, repeated (续) after a page break; null outside groups. */
    private String openGroup;

    private LedgerPageLayout(Ledger ledger, LedgerHeading heading, PageSetup setup, TextMeasure measure,
                             Progress progress) {
        this.ledger = ledger;
        this.heading = heading;
        this.setup = setup;
        this.measure = measure;
        this.progress = progress;
        this.breaks = LedgerBreaks.rule(ledger);
        fontSize = setup.fontSize();
        titleSize = Math.round(fontSize * 16 / 9.0 * 2) / 2.0;
        subtitleSize = Math.round(fontSize * 10 / 9.0 * 2) / 2.0;
        lineHeight = measure.lineHeight(fontSize);
        left = setup.margins().left();
        right = setup.pageWidth() - setup.margins().right();
        tableWidth = right - left;
        double[] widths = columnWidths(tableWidth, fontSize, measure);
        columnX = new double[widths.length + 1];
        columnX[0] = left;
        for (int i = 0; i < widths.length; i++) {
            columnX[i + 1] = columnX[i] + widths[i];
        }
        columnX[widths.length] = right;
        bodyBottom = setup.pageHeight() - setup.margins().bottom() - measure.lineHeight(fontSize) - FOOTER_GAP;

        titleLines = wrap(heading.title(), tableWidth, titleSize);
        producedText = measure.printable(Messages.get("print.produced", heading.dateText()));
        double producedWidth = measure.width(producedText, subtitleSize);
        scopeLines = wrap(heading.scope(), Math.max(tableWidth / 3, tableWidth - producedWidth - 4 * PAD_X),
                subtitleSize);
        headerLines = new ArrayList<>();
        int headerLineCount = 1;
        for (int c = 0; c < COLUMNS.length; c++) {
            List<String> lines = wrap(COLUMNS[c].header(), cellWidth(c), fontSize);
            headerLines.add(lines);
            headerLineCount = Math.max(headerLineCount, lines.size());
        }
        headerHeight = headerLineCount * lineHeight + 2 * PAD_Y;
        if (bodyBottom - rowsTop() < lineHeight + 2 * PAD_Y) {
            throw new IllegalArgumentException("the page has no room for a single line of the table");
        }
    }

    /**
     * Lays out {@code ledger} on pages of {@code setup} with the widths of {@code measure}, reporting
     * to {@code progress} every 100 rows.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} was cancelled
     */
    public static LedgerPages layout(Ledger ledger, LedgerHeading heading, PageSetup setup, TextMeasure measure,
                                     Progress progress) {
        return new LedgerPageLayout(ledger, heading, setup, measure, progress).run();
    }

    /**
     * The columns' widths for a table {@code tableWidth} wide: dates and 序号 just fit, the others
     * share the rest by fixed proportions, but none narrower than its header on one line.
     */
    static double[] columnWidths(double tableWidth, double fontSize, TextMeasure measure) {
        double[] widths = new double[COLUMNS.length];
        boolean[] settled = new boolean[COLUMNS.length];
        double left = tableWidth;
        for (int c = 0; c < COLUMNS.length; c++) {
            String sample = FITTED.get(COLUMNS[c]);
            if (sample != null) {
                double content = Math.max(widestDigits(sample, fontSize, measure),
                        measure.width(COLUMNS[c].header(), fontSize) / 2);
                widths[c] = Math.ceil(content + 2 * PAD_X + 1);
                settled[c] = true;
                left -= widths[c];
            }
        }
        // Share what is left by weight; a column that would be narrower than its header takes that
        // width instead, and the others share the rest again.
        boolean changed = true;
        while (changed) {
            changed = false;
            double weights = 0;
            for (int c = 0; c < COLUMNS.length; c++) {
                weights += settled[c] ? 0 : WEIGHTS.get(COLUMNS[c]);
            }
            for (int c = 0; c < COLUMNS.length && weights > 0; c++) {
                if (!settled[c]) {
                    widths[c] = Math.max(0, left) * WEIGHTS.get(COLUMNS[c]) / weights;
                    double header = Math.ceil(measure.width(COLUMNS[c].header(), fontSize) + 2 * PAD_X + 1);
                    if (widths[c] < header && header * 3 < left) {
                        widths[c] = header;
                        settled[c] = true;
                        left -= header;
                        changed = true;
                        break;
                    }
                }
            }
        }
        return widths;
    }

    /**
     * The width of {@code sample} with its digits all as wide as the font's widest: in a
     * proportional font 2026-10-28 is wider than 2026-11-21, and a date must never wrap.
     */
    private static double widestDigits(String sample, double fontSize, TextMeasure measure) {
        double widest = 0;
        for (char digit = '0'; digit <= '9'; digit++) {
            widest = Math.max(widest, measure.width(sample.replaceAll("\\d", String.valueOf(digit)), fontSize));
        }
        return widest;
    }

    private LedgerPages run() {
        List<LedgerRow> all = ledger.rows();
        int total = all.size();
        int done = 0;
        progress.advance(0, total);
        startPage();
        if (all.isEmpty()) {
            drawSpan(wrap(Messages.get("print.empty"), tableWidth - 2 * PAD_X, fontSize), false, 1, true);
        }
        boolean grouped = ledger.grouping() != Ledger.Grouping.NONE;
        for (Ledger.Group group : ledger.groups()) {
            if (grouped) {
                String label = groupLabel(group.heading());
                List<String> lines = wrap(label, tableWidth - 2 * PAD_X, fontSize);
                double needed = spanHeight(lines.size());
                if (!group.rows().isEmpty()) {
                    needed += Math.min(rowBlock(group.rows().get(0)).height(), MIN_SPLIT_LINES * lineHeight + 2 * PAD_Y);
                }
                if (y + needed > bodyBottom && y > rowsTop()) {
                    newPage(false);
                }
                drawSpan(lines, true, GROUP_GRAY, false);
                openGroup = label;
            }
            for (LedgerRow row : group.rows()) {
                placeRow(rowBlock(row));
                done++;
                if (done % PROGRESS_EVERY == 0) {
                    progress.advance(done, total);
                }
            }
            if (grouped) {
                List<String> lines = wrap(Messages.get("print.subtotal", group.subtotal().describe()),
                        tableWidth - 2 * PAD_X, fontSize);
                if (y + spanHeight(lines.size()) > bodyBottom) {
                    newPage(true);
                }
                drawSpan(lines, true, 1, false);
                openGroup = null;
            }
        }
        endTable();
        placeTotals();
        pages.add(page);
        progress.advance(total, total);
        return finish();
    }

    // ---------------------------------------------------------------- pages

    private double rowsTop() {
        return setup.margins().top() + titleLines.size() * measure.lineHeight(titleSize) + TITLE_GAP
                + Math.max(1, scopeLines.size()) * measure.lineHeight(subtitleSize) + HEADING_GAP + headerHeight;
    }

    private void startPage() {
        page = new PageDraft();
        y = setup.margins().top();
        double titleLineHeight = measure.lineHeight(titleSize);
        for (String line : titleLines) {
            double x = left + (tableWidth - measure.width(line, titleSize)) / 2;
            page.texts.add(new PageElement.Text(line, x, y + measure.baseline(titleSize), titleSize, true));
            y += titleLineHeight;
        }
        y += TITLE_GAP;
        double subtitleLineHeight = measure.lineHeight(subtitleSize);
        double subtitleBaseline = y + measure.baseline(subtitleSize);
        page.texts.add(new PageElement.Text(producedText, right - measure.width(producedText, subtitleSize),
                subtitleBaseline, subtitleSize, false));
        for (String line : scopeLines) {
            page.texts.add(new PageElement.Text(line, left, y + measure.baseline(subtitleSize), subtitleSize, false));
            y += subtitleLineHeight;
        }
        y += (scopeLines.isEmpty() ? subtitleLineHeight : 0) + HEADING_GAP;

        page.tableTop = y;
        page.fills.add(new PageElement.Fill(left, y, tableWidth, headerHeight, HEADER_GRAY));
        int headerLineCount = (int) Math.round((headerHeight - 2 * PAD_Y) / lineHeight);
        for (int c = 0; c < COLUMNS.length; c++) {
            drawCell(c, headerLines.get(c), y, (headerLineCount - headerLines.get(c).size()) * lineHeight / 2, true, true);
        }
        openRules(y);
        y += headerHeight;
        page.lines.add(new PageElement.Line(left, y, right, y, INNER_RULE));
    }

    /** Closes the table on this page and starts the next, repeating the open group's heading when asked. */
    private void newPage(boolean continueGroup) {
        endTable();
        pages.add(page);
        startPage();
        if (continueGroup && openGroup != null) {
            drawSpan(wrap(Messages.get("print.group.continued", openGroup), tableWidth - 2 * PAD_X, fontSize),
                    true, GROUP_GRAY, false);
        }
    }

    /** Draws the column rules still open and the table's outer frame. */
    private void endTable() {
        closeRules(y);
        double top = page.tableTop;
        page.lines.add(new PageElement.Line(left, top, right, top, OUTER_RULE));
        page.lines.add(new PageElement.Line(left, y, right, y, OUTER_RULE));
        page.lines.add(new PageElement.Line(left, top, left, y, OUTER_RULE));
        page.lines.add(new PageElement.Line(right, top, right, y, OUTER_RULE));
    }

    private void placeTotals() {
        List<String> lines = wrap(Messages.get("print.totals", ledger.totals().describe()), tableWidth, subtitleSize);
        double lineHeightTotals = measure.lineHeight(subtitleSize);
        double height = TOTALS_GAP + lines.size() * lineHeightTotals;
        if (y + height > bodyBottom) {
            pages.add(page);
            startPage();
            endTable();
        }
        y += TOTALS_GAP;
        for (String line : lines) {
            page.texts.add(new PageElement.Text(line, left, y + measure.baseline(subtitleSize), subtitleSize, false));
            y += lineHeightTotals;
        }
    }

    /** Adds every page's footer, now that the page count is known. */
    private LedgerPages finish() {
        List<LedgerPage> result = new ArrayList<>(pages.size());
        int count = pages.size();
        double footerBaseline = setup.pageHeight() - setup.margins().bottom() - measure.lineHeight(fontSize)
                + measure.baseline(fontSize);
        String printed = measure.printable(Messages.get("print.printedOn", heading.dateText()));
        double printedX = right - measure.width(printed, fontSize);
        for (int i = 0; i < count; i++) {
            PageDraft draft = pages.get(i);
            String number = Messages.get("print.pageNumber", String.valueOf(i + 1), String.valueOf(count));
            draft.texts.add(new PageElement.Text(number, left + (tableWidth - measure.width(number, fontSize)) / 2,
                    footerBaseline, fontSize, false));
            draft.texts.add(new PageElement.Text(printed, printedX, footerBaseline, fontSize, false));
            List<PageElement> elements = new ArrayList<>(draft.fills.size() + draft.texts.size() + draft.lines.size());
            elements.addAll(draft.fills);
            elements.addAll(draft.texts);
            elements.addAll(draft.lines);
            result.add(new LedgerPage(i + 1, setup.pageWidth(), setup.pageHeight(), elements, draft.rows));
        }
        return new LedgerPages(heading, setup, result);
    }

    // ---------------------------------------------------------------- rows

    /** A ledger row's cells as wrapped lines. */
    private record RowBlock(int number, String numberText, List<List<String>> cells, int lineCount, double height) {
    }

    private RowBlock rowBlock(LedgerRow row) {
        List<List<String>> cells = new ArrayList<>(COLUMNS.length);
        int lineCount = 1;
        for (int c = 0; c < COLUMNS.length; c++) {
            String text = COLUMNS[c].text(row);
            if (COLUMNS[c] == LedgerColumn.STATUS && measure.width(text, fontSize) > cellWidth(c)) {
                text = text.replace("·", "·\n");   // 办结销号· / 按时办结 rather than a break inside a word
            }
            List<String> lines = wrap(text, cellWidth(c), fontSize);
            cells.add(lines);
            lineCount = Math.max(lineCount, lines.size());
        }
        return new RowBlock(row.number(), row.numberText(), cells, lineCount, lineCount * lineHeight + 2 * PAD_Y);
    }

    private void placeRow(RowBlock row) {
        double bodyHeight = bodyBottom - rowsTop();
        if (y + row.height() > bodyBottom && row.height() <= bodyHeight) {
            newPage(true);
        }
        if (y + row.height() <= bodyBottom) {
            drawRow(row, 0, row.lineCount());
            return;
        }
        // Taller than what is left of a fresh page: split between lines.
        int from = 0;
        while (from < row.lineCount()) {
            int fit = (int) Math.floor((bodyBottom - y - 2 * PAD_Y) / lineHeight + 1e-9);
            boolean freshPage = page.rows.isEmpty();
            if (freshPage) {
                fit = Math.max(1, fit);   // never turn pages without drawing something
            }
            if (fit < 1 || (from == 0 && fit < MIN_SPLIT_LINES && !freshPage)) {
                newPage(true);
                continue;
            }
            int to = Math.min(row.lineCount(), from + fit);
            drawRow(row, from, to);
            from = to;
            if (from < row.lineCount()) {
                newPage(true);
            }
        }
    }

    /** Draws lines {@code from} (inclusive) to {@code to} (exclusive) of a row; the whole row is centred vertically. */
    private void drawRow(RowBlock row, int from, int to) {
        boolean whole = from == 0 && to == row.lineCount();
        double height = (to - from) * lineHeight + 2 * PAD_Y;
        openRules(y);
        for (int c = 0; c < COLUMNS.length; c++) {
            List<String> cell = row.cells().get(c);
            List<String> lines = cell.subList(Math.min(from, cell.size()), Math.min(to, cell.size()));
            if (from > 0 && COLUMNS[c] == LedgerColumn.NUMBER && lines.isEmpty()) {
                lines = List.of(row.numberText());   // a continued row keeps its 序号 in view
            }
            double offset = whole ? (row.lineCount() - lines.size()) * lineHeight / 2 : 0;
            drawCell(c, lines, y, offset, CENTRED.contains(COLUMNS[c]), false);
        }
        y += height;
        page.lines.add(new PageElement.Line(left, y, right, y, INNER_RULE));
        page.rows.add(new PageRow(row.number(), from > 0, to < row.lineCount()));
    }

    private void drawCell(int column, List<String> lines, double top, double offset, boolean centred, boolean bold) {
        double baseline = top + PAD_Y + offset + measure.baseline(fontSize);
        for (String line : lines) {
            double x = centred
                    ? columnX[column] + (columnX[column + 1] - columnX[column] - measure.width(line, fontSize)) / 2
                    : columnX[column] + PAD_X;
            if (!line.isEmpty()) {
                page.texts.add(new PageElement.Text(line, x, baseline, fontSize, bold));
            }
            baseline += lineHeight;
        }
    }

    /** A line across the whole table (group heading, subtotal, "no items"): no column rules through it. */
    private void drawSpan(List<String> lines, boolean bold, double gray, boolean centred) {
        closeRules(y);
        double height = spanHeight(lines.size());
        if (gray < 1) {
            page.fills.add(new PageElement.Fill(left, y, tableWidth, height, gray));
        }
        double baseline = y + PAD_Y + measure.baseline(fontSize);
        for (String line : lines) {
            double x = centred ? left + (tableWidth - measure.width(line, fontSize)) / 2 : left + PAD_X;
            page.texts.add(new PageElement.Text(line, x, baseline, fontSize, bold));
            baseline += lineHeight;
        }
        y += height;
        page.lines.add(new PageElement.Line(left, y, right, y, INNER_RULE));
    }

    private double spanHeight(int lines) {
        return Math.max(1, lines) * lineHeight + 2 * PAD_Y;
    }

    /** Column rules run from {@code top} down until a line across the table or the end of the page. */
    private void openRules(double top) {
        if (Double.isNaN(page.rulesFrom)) {
            page.rulesFrom = top;
        }
    }

    private void closeRules(double bottom) {
        if (!Double.isNaN(page.rulesFrom) && bottom > page.rulesFrom) {
            for (int c = 1; c < COLUMNS.length; c++) {
                page.lines.add(new PageElement.Line(columnX[c], page.rulesFrom, columnX[c], bottom, INNER_RULE));
            }
        }
        page.rulesFrom = Double.NaN;
    }

    private String groupLabel(String groupHeading) {
        return ledger.grouping() == Ledger.Grouping.LEAD_UNIT
                ? Messages.get("print.group.leadUnit", groupHeading)
                : Messages.get("print.group.status", groupHeading);
    }

    private double cellWidth(int column) {
        return columnX[column + 1] - columnX[column] - 2 * PAD_X;
    }

    private List<String> wrap(String text, double width, double size) {
        String clean = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        return LineBreaker.lines(measure.printable(clean), width, size, measure, breaks);
    }

    /** A page being filled: fills, texts and rules kept apart so that rules are drawn over fills. */
    private static final class PageDraft {
        final List<PageElement.Fill> fills = new ArrayList<>();
        final List<PageElement.Text> texts = new ArrayList<>();
        final List<PageElement.Line> lines = new ArrayList<>();
        final List<PageRow> rows = new ArrayList<>();
        double tableTop;
        double rulesFrom = Double.NaN;
    }
}
