package duban.documents;

import static org.assertj.core.api.Assertions.assertThat;

import duban.documents.drafting.DocumentFormat;
import duban.testing.BoardTest;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The documents in the real window over a real file: a card's 督办通知单 and a 催办 by 督办单 with its
 * 催办单, numbered by the store, recorded in the history and drafted by the real drafter.
 */
class DocumentsOnBoardTest extends BoardTest {

    @Test
    void aCardsNoticeIsNumberedRecordedAndDraftedWhereTheOfficerSaysSo() throws Exception {
        Path target = folder.resolve("通知单").resolve("P2 督办通知单.docx");
        Files.createDirectories(target.getParent());

        board.openContextMenu(board.card("P2"));
        robot.clickOn(board.menuEntry("生成督办通知单…"));
        RunningBoard.waitUntil(() -> robot.lookup("#notice-target").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#notice-target").queryAs(TextField.class).setText(target.toString()));
        robot.clickOn("#notice-generate");
        RunningBoard.waitUntil(() -> Files.exists(target));
        Screenshots.save(robot.lookup("#notice-generate").query().getScene(), "documents-notice-on-board");
        // The list now says the item's notice is issued, under the number just taken.
        RunningBoard.waitUntil(() -> robot.lookup("#notice-items").queryListView().getItems().stream()
                .map(row -> ((NoticeRow) row).text()).anyMatch(text -> text.contains("已发 督办〔")));
        assertThat(robot.lookup(".check-box-list-cell").queryAll().stream()
                .map(cell -> ((javafx.scene.control.Labeled) cell).getText()))
                .anySatisfy(text -> assertThat(text).contains("已发 督办〔" + fixture.today.getYear() + "〕第 1 号"));

        assertThat(fixture.events("P2")).last().isEqualTo("NOTICE null->null 督办〔" + fixture.today.getYear()
                + "〕第 1 号");
        try (InputStream in = Files.newInputStream(target); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("督办〔" + fixture.today.getYear() + "〕第 1 号", "回执")
                    .doesNotContain("{{", "}}");
        }
        robot.clickOn("#notice-close");
    }

    @Test
    void aReminderBySupervisionNoticeTakesItsNumberWithTheReminderAndSavesItsPdf() throws Exception {
        Path target = folder.resolve("催办单.pdf");

        board.openContextMenu(board.card("A3"));
        robot.clickOn(board.menuEntry("催办…"));
        RunningBoard.waitUntil(() -> robot.lookup("#reminder-ok").tryQuery().isPresent());
        robot.clickOn("#reminder-ok");
        RunningBoard.waitUntil(() -> robot.lookup("#reminder-notice-save").tryQuery().isPresent());
        // The reminder and the 催办单's number were written together, before anything is saved.
        assertThat(fixture.events("A3")).last().asString().startsWith("REMIND");

        robot.interact(() -> {
            robot.lookup("#reminder-notice-format").<DocumentFormat>queryComboBox().getSelectionModel()
                    .select(DocumentFormat.PDF);
            robot.lookup("#reminder-notice-target").queryAs(TextField.class).setText(target.toString());
        });
        robot.clickOn("#reminder-notice-save");
        RunningBoard.waitUntil(() -> Files.exists(target));
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("催办〔" + fixture.today.getYear() + "〕第1号", "督办单");
        }
    }
}
