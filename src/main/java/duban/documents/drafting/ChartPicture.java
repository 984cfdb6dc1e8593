package duban.documents.drafting;

import duban.ui.print.CjkFontFile;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;

/**
 * Redraws a Word chart for the PDF from the data the .docx holds (its cached categories and series,
 * as WPS shows them), with JFreeChart and the same CJK font as the text. Bar and line charts are
 * drawn as such; any other kind is drawn as bars of its data.
 */
final class ChartPicture {

    /** Pixels per point: sharp when printed and when the page is rendered at 110 dpi. */
    private static final int SCALE = 3;
    private static final Pattern TEXT = Pattern.compile("<(?:\\w+:)?t>([^<]*)</(?:\\w+:)?t>");
    private static final Color[] SERIES = {new Color(0x2E5E9E), new Color(0xC0392B), new Color(0xE69500),
            new Color(0x3A8F4A)};

    private final Font font;

    private ChartPicture(Font font) {
        this.font = font;
    }

    static ChartPicture with(CjkFontFile file) throws IOException {
        try {
            Font[] faces = Font.createFonts(file.file().toFile());
            Font chosen = faces[0];
            for (Font face : faces) {
                if (face.getFontName().equals(file.faceName()) || face.getPSName().equals(file.faceName())
                        || face.getFamily().equals(file.faceName())) {
                    chosen = face;
                    break;
                }
            }
            return new ChartPicture(chosen);
        } catch (FontFormatException unreadable) {
            throw new IOException("the CJK font cannot be read by Java2D: " + file.file(), unreadable);
        }
    }

    /** The chart as an image of {@code width} × {@code height} points (drawn at {@value #SCALE} pixels a point). */
    BufferedImage draw(XWPFChart chart, double width, double height) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        boolean line = false;
        int seriesNumber = 0;
        for (XDDFChartData data : chart.getChartSeries()) {
            line |= data instanceof XDDFLineChartData;
            for (int index = 0; index < data.getSeriesCount(); index++) {
                XDDFChartData.Series series = data.getSeries(index);
                String name = seriesName(series, ++seriesNumber);
                XDDFDataSource<?> categories = series.getCategoryData();
                XDDFNumericalDataSource<? extends Number> values = series.getValuesData();
                for (int point = 0; point < values.getPointCount(); point++) {
                    Object category = categories != null && point < categories.getPointCount()
                            ? categories.getPointAt(point) : String.valueOf(point + 1);
                    dataset.addValue(values.getPointAt(point), name, String.valueOf(category));
                }
            }
        }
        String title = title(chart);
        StandardChartTheme theme = new StandardChartTheme("公文");
        theme.setExtraLargeFont(font.deriveFont(Font.PLAIN, 14f));
        theme.setLargeFont(font.deriveFont(Font.PLAIN, 11f));
        theme.setRegularFont(font.deriveFont(Font.PLAIN, 10f));
        theme.setSmallFont(font.deriveFont(Font.PLAIN, 9f));
        ChartFactory.setChartTheme(theme);
        JFreeChart picture = line
                ? ChartFactory.createLineChart(title, null, null, dataset, PlotOrientation.VERTICAL, true, false, false)
                : ChartFactory.createBarChart(title, null, null, dataset, PlotOrientation.VERTICAL,
                dataset.getRowCount() > 1, false, false);
        picture.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = picture.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBBBBBB));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        plot.getRangeAxis().setUpperMargin(0.12);
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setMaximumBarWidth(0.08);
            bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
            bars.setDefaultItemLabelsVisible(true);
            bars.setDefaultItemLabelFont(font.deriveFont(Font.PLAIN, 9f));
        }
        if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
            lines.setDefaultShapesVisible(true);
        }
        for (int series = 0; series < dataset.getRowCount(); series++) {
            plot.getRenderer().setSeriesPaint(series, SERIES[series % SERIES.length]);
            plot.getRenderer().setSeriesStroke(series, new BasicStroke(2f));
        }
        BufferedImage image = new BufferedImage((int) Math.ceil(width * SCALE), (int) Math.ceil(height * SCALE),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // The image is whole pixels; its fraction beyond the chart would stay black.
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.scale(SCALE, SCALE);
            picture.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private static String seriesName(XDDFChartData.Series series, int number) {
        CTSerTx text = null;
        if (series instanceof XDDFBarChartData.Series bar) {
            text = bar.getCTBarSer().getTx();
        } else if (series instanceof XDDFLineChartData.Series line) {
            text = line.getCTLineSer().getTx();
        }
        if (text != null && text.getStrRef() != null && text.getStrRef().getStrCache() != null
                && text.getStrRef().getStrCache().sizeOfPtArray() > 0) {
            return text.getStrRef().getStrCache().getPtArray(0).getV();
        }
        if (text != null && text.isSetV()) {
            return text.getV();
        }
        return "系列" + number;
    }

    private static String title(XWPFChart chart) {
        if (chart.getCTChart().getTitle() == null) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        Matcher matcher = TEXT.matcher(chart.getCTChart().getTitle().xmlText());
        while (matcher.find()) {
            title.append(matcher.group(1));
        }
        return title.length() == 0 ? null : title.toString();
    }
}
