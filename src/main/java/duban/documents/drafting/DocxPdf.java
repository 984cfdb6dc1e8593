package duban.documents.drafting;

import duban.ui.print.CjkFontFile;
import duban.ui.print.FontMeasure;
import java.awt.Color;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Draws a filled .docx onto PDF pages with the embedded CJK font, so that the PDF states what the
 * .docx states, an office's own template included: paragraphs (alignment, size, bold, colour,
 * spacing, indentation, page breaks, a bottom rule), tables (grid widths, merged columns, borders,
 * a repeated header row) and native charts (redrawn from their data with JFreeChart). It does not
 * draw text boxes, pictures, headers and footers, shading, or vertically merged cells.
 */
final class DocxPdf {

    private static final double TWIP = 1.0 / 20;
    private static final double EMU = 1.0 / 12700;
    private static final double CELL_PADDING_X = 5.4;
    private static final double CELL_PADDING_Y = 3;
    private static final double BOLD_OUTLINE = 0.035;
    private static final double PAGE_NUMBER_SIZE = 14;

    private final XWPFDocument docx;
    private final PDDocument pdf;
    private final PDType0Font font;
    private final FontMeasure measure;
    private final ParagraphLayout layout;
    private final ChartPicture charts;
    private final BooleanSupplier cancelled;
    private final double pageWidth;
    private final double pageHeight;
    private final double top;
    private final double bottom;
    private final double left;
    private final double right;
    private PDPageContentStream stream;
    /** Distance from the top of the page to where the next element starts. */
    private double y;
    private final List<PDPage> pages = new ArrayList<>();

    private DocxPdf(XWPFDocument docx, PDDocument pdf, PDType0Font font, FontMeasure measure, ChartPicture charts,
                    BooleanSupplier cancelled) {
        this.docx = docx;
        this.pdf = pdf;
        this.font = font;
        this.measure = measure;
        this.layout = new ParagraphLayout(measure);
        this.charts = charts;
        this.cancelled = cancelled;
        CTSectPr section = docx.getDocument().getBody().getSectPr();
        CTPageSz size = section != null ? section.getPgSz() : null;
        CTPageMar margins = section != null ? section.getPgMar() : null;
        pageWidth = size != null && size.getW() != null ? twips(size.getW()) : PDRectangle.A4.getWidth();
        pageHeight = size != null && size.getH() != null ? twips(size.getH()) : PDRectangle.A4.getHeight();
        top = margins != null && margins.getTop() != null ? twips(margins.getTop()) : 72;
        bottom = margins != null && margins.getBottom() != null ? twips(margins.getBottom()) : 72;
        left = margins != null && margins.getLeft() != null ? twips(margins.getLeft()) : 90;
        right = margins != null && margins.getRight() != null ? twips(margins.getRight()) : 90;
    }

    /** Writes {@code docx} as a PDF to {@code file} (a temporary file the caller moves into place). */
    static void write(XWPFDocument docx, CjkFontFile fontFile, Path file, BooleanSupplier cancelled)
            throws IOException {
        FontMeasure measure = FontMeasure.of(fontFile);
        ChartPicture charts = ChartPicture.with(fontFile);
        fontFile.withFont(trueType -> {
            try (PDDocument pdf = new PDDocument()) {
                PDType0Font font = PDType0Font.load(pdf, trueType, true);
                new DocxPdf(docx, pdf, font, measure, charts, cancelled).draw();
                pdf.save(file.toFile());
            }
            return null;
        });
    }

    private static double twips(Object value) {
        return ((BigInteger) value).doubleValue() * TWIP;
    }

    private double textWidth() {
        return pageWidth - left - right;
    }

    private void draw() throws IOException {
        newPage();
        List<IBodyElement> elements = docx.getBodyElements();
        for (int index = 0; index < elements.size(); index++) {
            IBodyElement element = elements.get(index);
            if (cancelled != null && cancelled.getAsBoolean()) {
                stream.close();
                throw new CancellationException("PDF drawing cancelled");
            }
            if (element instanceof XWPFParagraph paragraph) {
                // A heading kept with what follows it (保持与下段同页) moves with it to the next page.
                if (paragraph.isKeepNext() && index + 1 < elements.size() && y > top
                        && y + height(paragraph) + height(elements.get(index + 1)) > pageHeight - bottom) {
                    newPage();
                }
                paragraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                table(table);
            }
        }
        stream.close();
        numberPages();
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(new PDRectangle((float) pageWidth, (float) pageHeight));
        pdf.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(pdf, page);
        y = top;
    }

    private void paragraph(XWPFParagraph paragraph) throws IOException {
        if (paragraph.isPageBreak() && y > top) {
            newPage();
        }
        ParagraphLayout.Laid laid = layout.lay(paragraph, textWidth());
        y += laid.spaceBefore();
        for (ParagraphLayout.Chart chart : laid.charts()) {
            chart(paragraph, chart);
        }
        for (ParagraphLayout.Line line : laid.lines()) {
            if (y + line.height() > pageHeight - bottom && y > top) {
                newPage();
            }
            drawLine(line, left, y);
            y += line.height();
        }
        if (laid.rule() != null) {
            ParagraphLayout.Rule rule = laid.rule();
            y += rule.space();
            stream.setStrokingColor(rule.colour());
            stream.setLineWidth((float) rule.width());
            stream.moveTo((float) (left + laid.indentLeft()), (float) (pageHeight - y));
            stream.lineTo((float) (pageWidth - right - laid.indentRight()), (float) (pageHeight - y));
            stream.stroke();
            y += rule.width();
        }
        y += laid.spaceAfter();
        if (laid.breaksPageAfter()) {
            newPage();
        }
    }

    /** About how tall {@code element} is drawn: a paragraph exactly, a table by its first two rows. */
    private double height(IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            ParagraphLayout.Laid laid = layout.lay(paragraph, textWidth());
            double height = laid.spaceBefore() + laid.lines().stream().mapToDouble(ParagraphLayout.Line::height).sum();
            for (ParagraphLayout.Chart chart : laid.charts()) {
                double width = Math.min(chart.widthEmu() * EMU, textWidth());
                height += chart.heightEmu() * EMU * width / (chart.widthEmu() * EMU);
            }
            return height;
        }
        return element instanceof XWPFTable ? 60 : 0;
    }

    private void chart(XWPFParagraph paragraph, ParagraphLayout.Chart placed) throws IOException {
        POIXMLDocumentPart part = docx.getRelationById(placed.relationId());
        if (!(part instanceof XWPFChart chart)) {
            return;
        }
        double width = Math.min(placed.widthEmu() * EMU, textWidth());
        double height = placed.heightEmu() * EMU * width / (placed.widthEmu() * EMU);
        if (y + height > pageHeight - bottom && y > top) {
            newPage();
        }
        var image = charts.draw(chart, width, height);
        double x = left + (textWidth() - width) / 2;
        stream.drawImage(LosslessFactory.createFromImage(pdf, image), (float) x, (float) (pageHeight - y - height),
                (float) width, (float) height);
        y += height;
    }

    /** Draws a laid-out line whose top is at {@code lineTop}, starting at {@code x}. */
    private void drawLine(ParagraphLayout.Line line, double x, double lineTop) throws IOException {
        double baseline = lineTop + line.baseline();
        double cursor = x + line.x();
        for (ParagraphLayout.Piece piece : line.pieces()) {
            if (piece.text().isEmpty()) {
                continue;
            }
            stream.beginText();
            stream.setFont(font, (float) piece.size());
            stream.setNonStrokingColor(piece.colour());
            stream.setStrokingColor(piece.colour());
            stream.setCharacterSpacing((float) line.charSpacing());
            if (piece.bold()) {
                stream.setRenderingMode(RenderingMode.FILL_STROKE);
                stream.setLineWidth((float) (piece.size() * BOLD_OUTLINE));
            } else {
                stream.setRenderingMode(RenderingMode.FILL);
            }
            stream.newLineAtOffset((float) cursor, (float) (pageHeight - baseline));
            stream.showText(piece.text());
            stream.endText();
            cursor += piece.width() + line.charSpacing() * piece.text().codePointCount(0, piece.text().length());
        }
    }

    private void table(XWPFTable table) throws IOException {
        List<Double> grid = new ArrayList<>();
        if (table.getCTTbl().getTblGrid() != null) {
            for (CTTblGridCol column : table.getCTTbl().getTblGrid().getGridColList()) {
                grid.add(column.getW() != null ? twips(column.getW()) : 0);
            }
        }
        double total = grid.stream().mapToDouble(Double::doubleValue).sum();
        double x0 = left + Math.max(0, (textWidth() - total) / 2);
        boolean borders = table.getCTTbl().getTblPr() != null && table.getCTTbl().getTblPr().isSetTblBorders();
        List<XWPFTableRow> rows = table.getRows();
        for (int index = 0; index < rows.size(); index++) {
            XWPFTableRow row = rows.get(index);
            List<CellBox> cells = cells(row, grid, x0, total);
            double height = row.getHeight() > 0 ? row.getHeight() * TWIP : 0;
            for (CellBox cell : cells) {
                height = Math.max(height, cell.contentHeight() + 2 * CELL_PADDING_Y);
            }
            if (y + height > pageHeight - bottom && y > top) {
                newPage();
                if (index > 0 && rows.get(0).isRepeatHeader()) {
                    drawRow(cells(rows.get(0), grid, x0, total), rowHeight(rows.get(0), grid, x0, total), borders);
                }
            }
            drawRow(cells, height, borders);
        }
        y += 4;
    }

    private double rowHeight(XWPFTableRow row, List<Double> grid, double x0, double total) {
        double height = row.getHeight() > 0 ? row.getHeight() * TWIP : 0;
        for (CellBox cell : cells(row, grid, x0, total)) {
            height = Math.max(height, cell.contentHeight() + 2 * CELL_PADDING_Y);
        }
        return height;
    }

    private void drawRow(List<CellBox> cells, double height, boolean borders) throws IOException {
        for (CellBox cell : cells) {
            double lineTop = y + (height - cell.contentHeight()) / 2;
            for (ParagraphLayout.Line line : cell.lines()) {
                drawLine(line, cell.x() + CELL_PADDING_X, lineTop);
                lineTop += line.height();
            }
            if (borders) {
                stream.setStrokingColor(Color.BLACK);
                stream.setLineWidth(0.5f);
                stream.addRect((float) cell.x(), (float) (pageHeight - y - height), (float) cell.width(), (float) height);
                stream.stroke();
            }
        }
        y += height;
    }

    /** One cell laid out: where it is, how wide, its lines. */
    private record CellBox(double x, double width, List<ParagraphLayout.Line> lines) {
        double contentHeight() {
            return lines.stream().mapToDouble(ParagraphLayout.Line::height).sum();
        }
    }

    private List<CellBox> cells(XWPFTableRow row, List<Double> grid, double x0, double total) {
        List<CellBox> boxes = new ArrayList<>();
        double x = x0;
        int column = 0;
        List<XWPFTableCell> cells = row.getTableCells();
        for (XWPFTableCell cell : cells) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            int span = properties != null && properties.getGridSpan() != null
                    ? properties.getGridSpan().getVal().intValue() : 1;
            double width = 0;
            for (int k = column; k < column + span && k < grid.size(); k++) {
                width += grid.get(k);
            }
            if (width <= 0) {
                width = (total > 0 ? total : textWidth()) / cells.size();
            }
            column += span;
            List<ParagraphLayout.Line> lines = new ArrayList<>();
            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                lines.addAll(layout.lay(paragraph, width - 2 * CELL_PADDING_X).lines());
            }
            boxes.add(new CellBox(x, width, lines));
            x += width;
        }
        return boxes;
    }

    /** 公文 page numbers: — 1 — at the foot of each page, in 宋体 four (14 pt). */
    private void numberPages() throws IOException {
        if (pages.size() < 2) {
            return;
        }
        for (int index = 0; index < pages.size(); index++) {
            String text = "— " + (index + 1) + " —";
            double width = measure.width(text, 0, text.length(), PAGE_NUMBER_SIZE);
            try (PDPageContentStream foot = new PDPageContentStream(pdf, pages.get(index),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                foot.beginText();
                foot.setFont(font, (float) PAGE_NUMBER_SIZE);
                foot.setNonStrokingColor(Color.BLACK);
                foot.newLineAtOffset((float) ((pageWidth - width) / 2), (float) (bottom / 2));
                foot.showText(text);
                foot.endText();
            }
        }
    }
}
