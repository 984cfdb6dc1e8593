package duban.documents.drafting;

import duban.ui.print.FontMeasure;
import duban.ui.print.LineBreaker;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * Breaks a Word paragraph into lines for the PDF: runs keep their size, weight and colour; the line
 * breaks as {@link LineBreaker} breaks the ledger's cells (Chinese anywhere, numbers and dates whole,
 * no closing punctuation at a line's start); the first line honours its indent; justified lines
 * spread their characters to the margin, as Word does.
 */
final class ParagraphLayout {

    private static final double TWIP = 1.0 / 20;
    /** Word's size when neither run nor style states one: 五号. */
    private static final double DEFAULT_SIZE = 10.5;
    private static final Pattern CHART_ID = Pattern.compile("chart\\b[^>]*?\\bid=\"([^\"]+)\"");

    private final FontMeasure measure;

    ParagraphLayout(FontMeasure measure) {
        this.measure = measure;
    }

    /** A stretch of one style within a line. */
    record Piece(String text, double size, boolean bold, Color colour, double width) {
    }

    /**
     * One line: its pieces, where it starts from the left of the text area, its height and baseline
     * from its top, and the extra space after each character of a justified line.
     */
    record Line(List<Piece> pieces, double x, double height, double baseline, double charSpacing) {
    }

    /** A native chart placed in the paragraph, by its relation and size. */
    record Chart(String relationId, long widthEmu, long heightEmu) {
    }

    /** A rule under the paragraph (its bottom border), as the red rule under the number line. */
    record Rule(Color colour, double width, double space) {
    }

    /** A paragraph laid out. */
    record Laid(List<Line> lines, List<Chart> charts, double spaceBefore, double spaceAfter, Rule rule,
                double indentLeft, double indentRight, boolean breaksPageAfter) {
    }

    private record Styled(int start, int end, double size, boolean bold, Color colour) {
    }

    Laid lay(XWPFParagraph paragraph, double width) {
        StringBuilder text = new StringBuilder();
        List<Styled> styles = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        boolean pageBreak = false;
        double size = 0;
        for (XWPFRun run : paragraph.getRuns()) {
            for (CTBr lineBreak : run.getCTR().getBrList()) {
                pageBreak |= lineBreak.getType() == STBrType.PAGE;
            }
            for (CTDrawing drawing : run.getCTR().getDrawingList()) {
                charts.addAll(charts(drawing));
            }
            String runText = measure.printable(clean(run.text()));
            Double runSize = run.getFontSizeAsDouble();
            double pieceSize = runSize != null && runSize > 0 ? runSize : DEFAULT_SIZE;
            if (!runText.isEmpty()) {
                styles.add(new Styled(text.length(), text.length() + runText.length(), pieceSize, run.isBold(),
                        colour(run.getColor())));
                text.append(runText);
                size = Math.max(size, pieceSize);
            } else if (size == 0) {
                size = pieceSize;
            }
        }
        if (size == 0) {
            size = DEFAULT_SIZE;
        }
        CTPPr properties = paragraph.getCTP().getPPr();
        double indentLeft = Math.max(0, twips(paragraph.getIndentationLeft()));
        double indentRight = Math.max(0, twips(paragraph.getIndentationRight()));
        double firstLine = twips(paragraph.getIndentationFirstLine()) - Math.max(0, twips(paragraph.getIndentationHanging()));
        if (properties != null && properties.getInd() != null) {
            CTInd ind = properties.getInd();
            if (ind.isSetFirstLineChars()) {
                firstLine = ind.getFirstLineChars().doubleValue() / 100 * size;
            }
            if (ind.isSetLeftChars()) {
                indentLeft = ind.getLeftChars().doubleValue() / 100 * size;
            }
        }
        firstLine = Math.max(firstLine, -indentLeft);
        double available = Math.max(size, width - indentLeft - indentRight);
        List<Line> lines = charts.isEmpty() || !text.toString().isBlank()
                ? lines(text.toString(), styles, size, available, firstLine, indentLeft, paragraph)
                : List.of();
        return new Laid(lines, charts, Math.max(0, twips(paragraph.getSpacingBefore())),
                Math.max(0, twips(paragraph.getSpacingAfter())), rule(properties), indentLeft, indentRight, pageBreak);
    }

    private List<Line> lines(String text, List<Styled> styles, double size, double available, double firstLine,
                             double indentLeft, XWPFParagraph paragraph) {
        List<String> broken = new ArrayList<>();
        List<String> first = LineBreaker.lines(text, Math.max(size, available - firstLine), size, measure);
        if (first.isEmpty()) {
            broken.add("");
        } else {
            broken.add(first.get(0));
            int start = text.indexOf(first.get(0));
            int end = start < 0 ? first.get(0).length() : start + first.get(0).length();
            String rest = text.substring(Math.min(end, text.length()));
            rest = rest.startsWith("\n") ? rest.substring(1) : rest.stripLeading();
            if (!rest.isEmpty()) {
                broken.addAll(LineBreaker.lines(rest, available, size, measure));
            }
        }
        double height = lineHeight(paragraph, size);
        double baseline = (height - measure.lineHeight(size)) / 2 + measure.baseline(size);
        ParagraphAlignment alignment = paragraph.getAlignment();
        List<Line> lines = new ArrayList<>();
        int cursor = 0;
        for (int index = 0; index < broken.size(); index++) {
            String line = broken.get(index);
            int start = line.isEmpty() ? cursor : text.indexOf(line, cursor);
            List<Piece> pieces = start < 0 ? List.of(piece(line, styles.isEmpty() ? null : styles.get(0), size))
                    : pieces(text, styles, start, start + line.length(), size);
            if (start >= 0) {
                cursor = start + line.length();
            }
            double lineWidth = pieces.stream().mapToDouble(Piece::width).sum();
            double indent = index == 0 ? firstLine : 0;
            double room = available - indent - lineWidth;
            boolean hardEnd = start < 0 || index == broken.size() - 1 || endsWithBreak(text, cursor);
            double x = indentLeft + indent;
            double spacing = 0;
            switch (alignment) {
                case CENTER -> x += room / 2;
                case RIGHT -> x += room;
                case BOTH, DISTRIBUTE -> {
                    int count = line.codePointCount(0, line.length());
                    if (!hardEnd && count > 1 && room > 0 && room < size * count / 4.0) {
                        spacing = room / (count - 1);
                    }
                }
                default -> {
                }
            }
            lines.add(new Line(pieces, x, height, baseline, spacing));
        }
        return lines;
    }

    private static boolean endsWithBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ') {
                return false;
            }
        }
        return true;
    }

    private double lineHeight(XWPFParagraph paragraph, double size) {
        double natural = measure.lineHeight(size);
        double between = paragraph.getSpacingBetween();
        LineSpacingRule rule = paragraph.getSpacingLineRule();
        if (between <= 0) {
            return natural;
        }
        return switch (rule) {
            case EXACT -> between;
            case AT_LEAST -> Math.max(between, natural);
            default -> natural * between;
        };
    }

    private List<Piece> pieces(String text, List<Styled> styles, int start, int end, double size) {
        List<Piece> pieces = new ArrayList<>();
        for (Styled style : styles) {
            int from = Math.max(start, style.start());
            int to = Math.min(end, style.end());
            if (from < to) {
                pieces.add(piece(text.substring(from, to), style, size));
            }
        }
        return pieces;
    }

    private Piece piece(String text, Styled style, double size) {
        double pieceSize = style != null ? style.size() : size;
        return new Piece(text, pieceSize, style != null && style.bold(), style != null ? style.colour() : Color.BLACK,
                measure.width(text, 0, text.length(), pieceSize));
    }

    private static List<Chart> charts(CTDrawing drawing) {
        List<Chart> charts = new ArrayList<>();
        for (CTInline inline : drawing.getInlineList()) {
            chart(inline.getGraphic().getGraphicData().xmlText(), inline.getExtent().getCx(), inline.getExtent().getCy(),
                    charts);
        }
        for (CTAnchor anchor : drawing.getAnchorList()) {
            chart(anchor.getGraphic().getGraphicData().xmlText(), anchor.getExtent().getCx(), anchor.getExtent().getCy(),
                    charts);
        }
        return charts;
    }

    private static void chart(String graphicXml, long width, long height, List<Chart> charts) {
        Matcher matcher = CHART_ID.matcher(graphicXml);
        if (matcher.find() && width > 0 && height > 0) {
            charts.add(new Chart(matcher.group(1), width, height));
        }
    }

    private static Rule rule(CTPPr properties) {
        if (properties == null || properties.getPBdr() == null || properties.getPBdr().getBottom() == null) {
            return null;
        }
        CTBorder bottom = properties.getPBdr().getBottom();
        if (bottom.getVal() == null || bottom.getVal() == STBorder.NONE || bottom.getVal() == STBorder.NIL) {
            return null;
        }
        double width = bottom.getSz() != null ? bottom.getSz().doubleValue() / 8 : 0.5;
        double space = bottom.getSpace() != null ? bottom.getSpace().doubleValue() : 1;
        return new Rule(colour(bottom.isSetColor() ? bottom.xgetColor().getStringValue() : null), width, space);
    }

    static Color colour(String hex) {
        if (hex == null || hex.length() != 6) {
            return Color.BLACK;
        }
        try {
            return new Color(Integer.parseInt(hex, 16));
        } catch (NumberFormatException auto) {
            return Color.BLACK;
        }
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out.append(' ');
            } else if (c == '\n' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static double twips(int value) {
        return value < 0 ? 0 : value * TWIP;
    }
}
