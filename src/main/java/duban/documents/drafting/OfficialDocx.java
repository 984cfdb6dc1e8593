package duban.documents.drafting;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The look of a Chinese government paper (公文, GB/T 9704) in POI terms: A4 with margins of 37 / 35 /
 * 28 / 26 mm, a red 发文机关 heading over a red rule, a 小标宋 title, 仿宋 body text in 三号 on a
 * fixed 28-point line, 黑体 level headings. The fonts are named as offices have them; WPS substitutes
 * what a PC lacks, and the PDF uses the embedded CJK font anyway.
 */
final class OfficialDocx {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String RED = "FF0000";
    /** 三号: the body size. */
    static final int BODY_SIZE = 16;
    /** 二号: the title size. */
    static final int TITLE_SIZE = 22;
    /** The heading of the issuing office, large and red. */
    static final int HEADING_SIZE = 30;
    static final int LINE_POINTS = 28;
    static final int TWIPS_PER_POINT = 20;
    /** The text width on A4 with 28 + 26 mm margins, in twips: 210 - 54 = 156 mm. */
    static final int TEXT_WIDTH = mm(156);

    private OfficialDocx() {
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    /** An empty A4 document with the 公文 margins. */
    static XWPFDocument a4() {
        XWPFDocument document = new XWPFDocument();
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(37)));
        margins.setBottom(BigInteger.valueOf(mm(35)));
        margins.setLeft(BigInteger.valueOf(mm(28)));
        margins.setRight(BigInteger.valueOf(mm(26)));
        margins.setHeader(BigInteger.valueOf(mm(15)));
        margins.setFooter(BigInteger.valueOf(mm(28)));
        return document;
    }

    /** A paragraph with the fixed line of the body. */
    static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    /** A body paragraph indented by two characters. */
    static XWPFParagraph body(XWPFDocument document) {
        XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(2 * BODY_SIZE * TWIPS_PER_POINT);
        return paragraph;
    }

    /** Adds text in {@code font} at {@code size} points to {@code paragraph}. */
    static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size, boolean bold, String colour) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        CTFonts fonts = run.getCTR().isSetRPr() && run.getCTR().getRPr().sizeOfRFontsArray() > 0
                ? run.getCTR().getRPr().getRFontsArray(0)
                : (run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr()).addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        fonts.setCs(font);
        run.setFontSize(size);
        run.setBold(bold);
        if (colour != null) {
            run.setColor(colour);
        }
        return run;
    }

    static XWPFRun text(XWPFParagraph paragraph, String text) {
        return run(paragraph, text, BODY_FONT, BODY_SIZE, false, null);
    }

    /** The red 发文机关 heading: {@code {{heading}}}, centred. */
    static void redHeading(XWPFDocument document, String marker) {
        XWPFParagraph heading = document.createParagraph();
        heading.setAlignment(ParagraphAlignment.CENTER);
        heading.setSpacingBefore(0);
        heading.setSpacingAfter(12 * TWIPS_PER_POINT);
        run(heading, marker, TITLE_FONT, HEADING_SIZE, false, RED);
    }

    /** A centred line (the number line) with the red rule under it. */
    static XWPFParagraph ruledLine(XWPFDocument document) {
        XWPFParagraph line = paragraph(document, ParagraphAlignment.CENTER);
        CTBorder bottom = line.getCTP().getPPr().addNewPBdr().addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(18));
        bottom.setSpace(BigInteger.valueOf(4));
        bottom.setColor(RED);
        line.setSpacingAfter(18 * TWIPS_PER_POINT);
        return line;
    }

    /** The title, in 小标宋, centred, with a blank line after. */
    static XWPFRun title(XWPFDocument document, String text, String colour) {
        XWPFParagraph title = document.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingBefore(6 * TWIPS_PER_POINT);
        title.setSpacingAfter(18 * TWIPS_PER_POINT);
        title.setSpacingBetween(36, LineSpacingRule.EXACT);
        return run(title, text, TITLE_FONT, TITLE_SIZE, false, colour);
    }

    /** A level-one heading (一、…) in 黑体. */
    static void levelHeading(XWPFDocument document, String text) {
        XWPFParagraph heading = body(document);
        heading.setKeepNext(true);
        run(heading, text, HEADING_FONT, BODY_SIZE, false, null);
    }

    /** The 落款 and the date, right-aligned, four characters from the margin. */
    static void signatureAndDate(XWPFDocument document) {
        for (String marker : new String[]{"{{signature}}", "{{issuedOn}}"}) {
            XWPFParagraph line = paragraph(document, ParagraphAlignment.RIGHT);
            line.setIndentationRight(4 * BODY_SIZE * TWIPS_PER_POINT);
            boolean signature = marker.contains("signature");
            if (signature) {
                // A line below the text, and on one page with its date.
                line.setSpacingBefore(LINE_POINTS * TWIPS_PER_POINT);
                line.setKeepNext(true);
            }
            text(line, marker);
        }
    }

    /** A bordered table with these column widths (twips), its first row the header. */
    static XWPFTable table(XWPFDocument document, int[] widths, String[] header, int fontSize) {
        XWPFTable table = document.createTable(1, widths.length);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.getCTTbl().getTblPr().addNewTblW().setType(STTblWidth.DXA);
        table.getCTTbl().getTblPr().getTblW().setW(BigInteger.valueOf(sum(widths)));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (int column = 0; column < widths.length; column++) {
            XWPFTableCell cell = table.getRow(0).getCell(column);
            cell.setWidth(String.valueOf(widths[column]));
            cell(cell, header[column], HEADING_FONT, fontSize, ParagraphAlignment.CENTER);
        }
        table.getRow(0).setRepeatHeader(true);
        return table;
    }

    /** Puts {@code text} into an empty cell. */
    static XWPFRun cell(XWPFTableCell cell, String text, String font, int fontSize, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1.0);
        return run(paragraph, text, font, fontSize, false, null);
    }

    static int sum(int[] widths) {
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        return total;
    }
}
