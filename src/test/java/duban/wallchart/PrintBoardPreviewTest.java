package duban.wallchart;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.testing.BoardFixture;
import duban.testing.BoardTest;
import duban.testing.MachineRequirement;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import duban.ui.print.CjkFontFile;
import duban.ui.print.NoPrinterOffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.print.Printer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * 打印看板 on the running board, as a user would: the toolbar button opens the preview of the wall
 * chart's A3 landscape pages with their count; with no printer (Monocle has none) 打印… offers the
 * PDF instead, and the PDF written has the same pages and the cards' words.
 */
class PrintBoardPreviewTest extends BoardTest {

    /** Enough cards in 办理中 for the column to go on over several pages. */
    private static final int EXTRA_IN_PROGRESS = 40;

    @Override
    protected BoardFixture createFixture(Path file) throws Exception {
        // The pages are measured with, and drawn in, a Chinese TrueType font file; .ci/run installs one.
        MachineRequirement.require(CjkFontFile.find().isPresent(), MachineRequirement.NO_CHINESE_FONT);
        return BoardFixture.create(file, EXTRA_IN_PROGRESS);
    }

    private Optional<Stage> preview() {
        return robot.listWindows().stream().filter(Window::isShowing)
                .filter(window -> window instanceof Stage stage && "打印预览 - 打印看板".equals(stage.getTitle()))
                .map(Stage.class::cast).findFirst();
    }

    @Test
    void printBoardShowsThePagesAndWithNoPrinterWritesTheSamePagesAsPdf() throws Exception {
        robot.clickOn("#print-board");
        RunningBoard.waitUntil(() -> preview().isPresent());
        Stage window = preview().orElseThrow();
        WallChartPreview view = (WallChartPreview) window.getScene().getRoot();
        // Laid out in the background: the pages come a moment after the window.
        RunningBoard.waitUntil(() -> !view.pages().isEmpty());
        List<WallChartPage> pages = view.pages();

        // Every card the board shows is on exactly one page, and the column of 42 needs more than one.
        int cards = 3 + 2 + EXTRA_IN_PROGRESS + 1;
        assertThat(pages.stream().flatMap(page -> page.cardIds().stream()).distinct().toList())
                .hasSize(cards).containsAll(fixture.ids.values());
        assertThat(pages.size()).isGreaterThan(1);
        assertThat(pages.get(0).width()).isGreaterThan(pages.get(0).height());
        assertThat(view.pagination().getPageCount()).isEqualTo(pages.size());
        assertThat(robot.lookup("#wall-chart-page-count").queryAs(Label.class).getText())
                .isEqualTo("共 " + pages.size() + " 页");
        RunningBoard.waitUntil(() -> robot.lookup("#wall-chart-page-1").tryQuery().isPresent());
        Screenshots.save(window.getScene(), "print-board-preview-page-1");
        robot.type(KeyCode.PAGE_DOWN);
        RunningBoard.waitUntil(() -> robot.lookup("#wall-chart-page-2").tryQuery().isPresent());
        Screenshots.save(window.getScene(), "print-board-preview-page-2");

        // Monocle has no printer: 打印… says so and offers the PDF of the same pages.
        assertThat(Printer.getDefaultPrinter()).as("a printer under Monocle").isNull();
        Path pdf = folder.resolve("看板图.pdf");
        robot.interact(() -> view.setSaveTarget(suggested -> {
            assertThat(suggested).isEqualTo("督办看板图.pdf");
            return pdf;
        }));
        robot.clickOn("#wall-chart-print");
        RunningBoard.waitUntil(() -> robot.lookup("#" + NoPrinterOffer.ID).tryQuery().isPresent());
        DialogPane offer = robot.lookup("#" + NoPrinterOffer.ID).queryAs(DialogPane.class);
        assertThat(offer.getHeaderText()).isEqualTo("这台电脑上没有可用的打印机。");
        Screenshots.save(offer.getScene(), "print-board-no-printer");
        ButtonType exportPdf = offer.getButtonTypes().stream()
                .filter(type -> type.getText().equals("导出 PDF…")).findFirst().orElseThrow();
        robot.clickOn(offer.lookupButton(exportPdf));

        RunningBoard.waitUntil(() -> Files.exists(pdf));
        assertThat(robot.lookup("#wall-chart-message").queryAs(Label.class).getText()).startsWith("已导出 看板图.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages.size());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("城东片区征迁安置房建设资金拨付").contains("乡镇便民服务中心标准化建设第" + EXTRA_IN_PROGRESS + "批")
                    .contains("（续）");
        }
        assertThat(board.shown(Status.IN_PROGRESS)).isNotEmpty();
    }
}
