package duban.documents.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.ReminderLevel;
import duban.testing.MachineRequirement;
import duban.ui.print.CjkFontFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF of each kind: the same key values as the .docx, the CJK font embedded, and a look at page one. */
class PdfDraftingTest {

    private static final float DPI = 110;

    private final TemplateDrafter drafter = new TemplateDrafter();

    @TempDir
    Path folder;

    @BeforeAll
    static void needsAChineseFont() {
        MachineRequirement.require(CjkFontFile.find().isPresent(), MachineRequirement.NO_CHINESE_FONT);
    }

    @Test
    void aNoticePdfStatesWhatTheDocxStates() throws IOException {
        String text = pdfText(Drafts.notice(Drafts.item()), "notice");

        assertThat(text).contains("清河县人民政府督查室", "清督办〔2026〕第 3 号", "督办通知单", "推进城区雨污分流改造工程",
                "2026年11月2日", "2026年12月2日", "县住房和城乡建设局", "县水利局、县财政局", "2026年12月5日", "回");
    }

    @Test
    void aReminderPdfStatesTheDeadlinesAndThePreviousReminders() throws IOException {
        String text = pdfText(Drafts.reminder(ReminderLevel.RED), "reminder");

        assertThat(text).contains("清催办〔2026〕第 11 号", "红色督办单", "已逾期 3 天", "2026年11月20日", "书面催报");
    }

    @Test
    void aBulletinPdfHoldsTheRankingAndBothCharts() throws IOException {
        String text = pdfText(Drafts.bulletin(), "bulletin");

        assertThat(text).contains("关于2026年第四季度督办事项办理情况的通报", "办结率为 60.0%", "县住房和城乡建设局",
                "50.0%", "老旧小区改造");
    }

    private String pdfText(DocumentContent content, String name) throws IOException {
        Path out = folder.resolve(name + ".pdf");
        drafter.write(content, null, DocumentFormat.PDF, out, () -> false);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                    .as("the CJK font is embedded").isNotNull();
            Path screenshots = Path.of("target", "screenshots");
            Files.createDirectories(screenshots);
            for (int page = 0; page < Math.min(3, pdf.getNumberOfPages()); page++) {
                BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, DPI);
                ImageIO.write(image, "png", screenshots.resolve("document-" + name
                        + (page == 0 ? "" : "-" + (page + 1)) + ".png").toFile());
            }
            // Lines are laid out by the drafter; the text reads as one stream without the breaks.
            return new PDFTextStripper().getText(pdf).replace("\r", "").replace("\n", "");
        }
    }
}
