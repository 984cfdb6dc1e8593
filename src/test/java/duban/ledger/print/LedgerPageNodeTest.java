package duban.ledger.print;

import duban.ui.print.FontMeasure;

import static org.assertj.core.api.Assertions.assertThat;

import duban.ledger.Ledger;
import duban.domain.Progress;
import duban.testing.MachineRequirement;
import duban.testing.Screenshots;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A printed page as JavaFX nodes: the same elements as the PDF, drawn with the font the layout measured. */
@ExtendWith(ApplicationExtension.class)
class LedgerPageNodeTest {

    private LedgerPages pages;
    private Group page;
    private Scene scene;
    private FontMeasure measure;

    /** Before the window opens: a skip thrown from inside @Start would reach JUnit as an error. */
    @BeforeAll
    static void chineseFont() {
        MachineRequirement.require(PrintLedgers.fontMeasure() != null, MachineRequirement.NO_CHINESE_FONT);
    }

    @Start
    void start(Stage stage) {
        measure = PrintLedgers.fontMeasure();
        pages = LedgerPageLayout.layout(PrintLedgers.random(60, 3, Ledger.Grouping.LEAD_UNIT, false),
                PrintLedgers.HEADING, PageSetup.DEFAULT, measure, Progress.NONE);
        page = LedgerPageNode.of(pages.page(1), measure.font());
        // Shown at 1.5 times so that the snapshot can be read.
        Group shown = new Group(page);
        shown.getTransforms().add(new Scale(1.5, 1.5));
        scene = new Scene(shown, Color.LIGHTGRAY);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void thePageHasEveryElementOnAWhiteSheetOfItsSize(FxRobot robot) {
        LedgerPage first = pages.page(1);
        Rectangle sheet = (Rectangle) page.getChildren().get(0);
        assertThat(sheet.getFill()).isEqualTo(Color.WHITE);
        assertThat(sheet.getWidth()).isEqualTo(first.width());
        assertThat(sheet.getHeight()).isEqualTo(first.height());
        assertThat(page.getChildren()).hasSize(first.elements().size() + 1);
        assertThat(page.getChildren().stream().filter(Line.class::isInstance).count())
                .isEqualTo(first.elements().stream().filter(PageElement.Line.class::isInstance).count());

        List<Text> texts = page.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
        assertThat(texts).extracting(Text::getText).containsExactlyElementsOf(
                first.texts().stream().map(PageElement.Text::text).toList());
        assertThat(texts).extracting(Text::getText).contains("第 1 页 共 " + pages.pageCount() + " 页");
        Screenshots.save(scene, "ledger-page-1");
    }

    @Test
    void javaFxDrawsTheTextAsWideAsTheLayoutMeasuredIt(FxRobot robot) {
        List<Text> texts = page.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
        String loaded = LedgerPageNode.fontName(measure.font());
        assertThat(loaded.replace(" ", "").toLowerCase()).isEqualTo(measure.font().faceName().replace("-", "").toLowerCase());
        assertThat(texts).allSatisfy(text -> assertThat(text.getFont().getName()).isEqualTo(loaded));
        int compared = 0;
        for (Text text : texts) {
            if (text.getText().length() >= 8) {
                double measured = measure.width(text.getText(), text.getFont().getSize());
                double drawn = text.getLayoutBounds().getWidth() - text.getStrokeWidth();
                assertThat(drawn).as(text.getText()).isCloseTo(measured, org.assertj.core.data.Offset.offset(1.0));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(20);
    }
}
