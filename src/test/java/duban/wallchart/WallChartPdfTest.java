package duban.wallchart;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Card;
import duban.domain.Status;
import duban.testing.MachineRequirement;
import duban.ui.print.CjkFontFile;
import duban.ui.print.FontMeasure;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wall chart's PDF: A3 landscape pages, the words of every card (title, 责任人 and 牵头单位, deadline
 * and where it stands) as real text, the figures and the date; its first pages rendered to PNGs.
 */
class WallChartPdfTest {

    @TempDir
    Path folder;

    @Test
    void everyCardsWordsAreInTheA3LandscapePdf() throws Exception {
        MachineRequirement.require(CjkFontFile.find().isPresent(), MachineRequirement.NO_CHINESE_FONT);
        WallChart chart = WallCharts.board(14, 5, 9, 4);
        Path pdf = folder.resolve("看板图.pdf");
        CjkFontFile font = CjkFontFile.require();
        List<WallChartPage> pages = WallChartLayout.layout(chart, FontMeasure.of(font));
        WallChartPdf.write(pages, chart.title(), font, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages.size()).isGreaterThan(1);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDRectangle size = document.getPage(i).getMediaBox();
                assertThat(size.getWidth()).as("A3 landscape width").isCloseTo(1190.55f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(size.getHeight()).as("A3 landscape height").isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.5f));
            }
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            for (Status status : Status.values()) {
                for (Card card : chart.cards(status)) {
                    assertThat(text).contains(card.ownerLine().replaceAll("\\s+", ""),
                            card.deadlineText().replaceAll("\\s+", ""), card.dueText().replaceAll("\\s+", ""));
                    assertThat(text).as("the title of card " + card.id())
                            .contains(card.title().replaceAll("\\s+", "").substring(0, 6));
                }
            }
            assertThat(text).contains("办结率", "2026年11月21日");
            Path screenshots = Path.of("target", "screenshots");
            Files.createDirectories(screenshots);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < Math.min(2, document.getNumberOfPages()); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 72);
                ImageIO.write(image, "png", screenshots.resolve("wall-chart-" + (i + 1) + ".png").toFile());
            }
        }
    }
}
