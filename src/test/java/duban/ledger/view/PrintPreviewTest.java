package duban.ledger.view;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.ledger.Ledger;
import duban.ledger.LedgerRow;
import duban.ledger.LedgerScope;
import duban.ledger.export.LedgerExport;
import duban.ledger.print.LedgerPages;
import duban.ledger.print.Orientation;
import duban.store.Database;
import duban.store.DemoData;
import duban.store.ItemStore;
import duban.store.WorkflowStore;
import duban.testing.MachineRequirement;
import duban.testing.Screenshots;
import duban.ui.BackgroundJob;
import duban.ui.print.CjkFontFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 打印预览 over the demo office's ledger: the real pages one by one, another orientation, and with
 * no printer the message and the PDF of the very same pages.
 */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    static Path folder;

    private PrintPreviewViewModel viewModel;
    private PrintPreviewWindow view;
    private Scene scene;
    private Ledger ledger;

    @Start
    void start(Stage stage) throws Exception {
        try (Database database = Database.open(Files.createTempFile(folder, "preview", ".db"))) {
            new DemoData(database.dsl(), CLOCK).seedIfEmpty();
            List<Item> items = new ItemStore(database.dsl(), CLOCK).loadAll();
            ledger = Ledger.build(items, new WorkflowStore(database.dsl(), CLOCK).latestReports(), new Deadlines(CLOCK),
                    LedgerScope.ALL, Ledger.Order.ASSIGNED_ON, Ledger.Grouping.NONE);
        }
        viewModel = new PrintPreviewViewModel(ledger, "临江县人民政府办公室督办事项台账", TODAY,
                BackgroundJob.onBackgroundThread(), CjkFontFile::find);
        view = new PrintPreviewWindow(viewModel, "台账.pdf");
        scene = view.scene(1280, 800);
        stage.setScene(scene);
        stage.show();
        viewModel.layOut();
    }

    private LedgerPages pagesWhenLaidOut() throws Exception {
        // The pages are measured with, and drawn in, a Chinese TrueType font file; .ci/run installs one.
        MachineRequirement.require(viewModel.font().isPresent(), MachineRequirement.NO_CHINESE_FONT);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.pagesProperty().get() != null
                && !viewModel.job().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return viewModel.pagesProperty().get();
    }

    @Test
    void showsTheRealPagesOneByOneA4LandscapeWithTheirCount(FxRobot robot) throws Exception {
        LedgerPages pages = pagesWhenLaidOut();
        assertThat(pages.pageCount()).isGreaterThan(1);
        assertThat(pages.setup().orientation()).isEqualTo(Orientation.LANDSCAPE);
        assertThat(pages.page(1).width()).isGreaterThan(pages.page(1).height());
        assertThat(view.pagination().getPageCount()).isEqualTo(pages.pageCount());
        assertThat(robot.lookup("#preview-page-count").queryAs(Label.class).getText())
                .isEqualTo("共 " + pages.pageCount() + " 页");
        // Every row of the ledger on exactly one page, in order.
        assertThat(pages.pages().stream().flatMap(page -> page.rowNumbers().stream()).distinct().toList())
                .containsExactlyElementsOf(ledger.rows().stream().map(LedgerRow::number).toList());
        assertThat(robot.lookup("#preview-page-1").tryQuery()).isPresent();
        Screenshots.save(scene, "print-preview-page-1");

        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#preview-page-2").tryQuery().isPresent());
        assertThat(view.pagination().getCurrentPageIndex()).isEqualTo(1);
        Screenshots.save(scene, "print-preview-page-2");
    }

    @Test
    void choosingPortraitLaysThePagesOutAgain(FxRobot robot) throws Exception {
        int landscapePages = pagesWhenLaidOut().pageCount();
        robot.clickOn("#preview-orientation");
        robot.clickOn("纵向");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.pagesProperty().get().setup().orientation()
                == Orientation.PORTRAIT && !viewModel.job().runningProperty().get());
        // Read off the FX thread, the new pages can be seen before their listener has set the pagination.
        WaitForAsyncUtils.waitForFxEvents();
        LedgerPages portrait = viewModel.pagesProperty().get();
        assertThat(portrait.page(1).height()).isGreaterThan(portrait.page(1).width());
        assertThat(portrait.pageCount()).isNotEqualTo(landscapePages);
        assertThat(view.pagination().getPageCount()).isEqualTo(portrait.pageCount());

        robot.clickOn("#preview-margins");
        robot.clickOn(MarginChoice.WIDE.label());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.pagesProperty().get().setup().margins()
                .equals(MarginChoice.WIDE.margins()) && !viewModel.job().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        LedgerPages wide = viewModel.pagesProperty().get();
        assertThat(wide.setup().orientation()).isEqualTo(Orientation.PORTRAIT);
        // Wider margins leave less room: the rows need at least as many pages.
        assertThat(wide.pageCount()).isGreaterThanOrEqualTo(portrait.pageCount());
    }

    @Test
    void withNoPrinterItSaysSoAndOffersThePdfOfTheSamePages(FxRobot robot) throws Exception {
        LedgerPages pages = pagesWhenLaidOut();
        Path pdf = folder.resolve("preview.pdf");
        robot.interact(() -> {
            view.setPrinterJobs(() -> null);
            view.setSaveTarget((format, name) -> {
                assertThat(format).isEqualTo(LedgerExport.PDF);
                return pdf;
            });
        });
        robot.clickOn("#preview-print");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#preview-no-printer").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#preview-no-printer").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("这台电脑上没有可用的打印机。");
        assertThat(dialog.getContentText()).contains("PDF");
        Screenshots.save(dialog.getScene(), "print-preview-no-printer");
        // The dialog's own button: the preview's toolbar has one of the same name behind the modal dialog.
        javafx.scene.control.ButtonType exportType = dialog.getButtonTypes().stream()
                .filter(type -> type.getText().equals("导出 PDF…")).findFirst().orElseThrow();
        robot.clickOn(dialog.lookupButton(exportType));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pdf) && !viewModel.job().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#preview-message").queryAs(Label.class).getText()).startsWith("已导出 PDF");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages.pageCount());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String firstPage = stripper.getText(document).replaceAll("\\s", "");
            String shownFirstPage = pages.page(1).texts().stream().map(text -> text.text())
                    .collect(Collectors.joining()).replaceAll("\\s", "");
            assertThat(firstPage).contains("临江县人民政府办公室督办事项台账").contains("第1页共" + pages.pageCount() + "页");
            // The PDF's first page holds the very rows of the preview's first page.
            for (int number : pages.page(1).rowNumbers()) {
                String title = ledger.rows().get(number - 1).title().replaceAll("\\s", "");
                assertThat(shownFirstPage).contains(title);
                assertThat(firstPage).contains(title);
            }
        }
    }
}
