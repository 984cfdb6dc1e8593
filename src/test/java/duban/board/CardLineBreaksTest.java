package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Card;
import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.ItemActivity;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.testing.Screenshots;
import duban.testing.StyledStage;
import duban.testing.TestItems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A card in a narrow column breaks its title and unit line by the shared rule: never 县生态环境/局. */
@ExtendWith(ApplicationExtension.class)
class CardLineBreaksTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Unit UNIT = new Unit(7, "县生态环境局", UnitKind.COUNTY_DEPARTMENT, 7);

    private Stage stage;
    private CardView view;

    @Start
    void start(Stage primaryStage) {
        Card card = Card.of(TestItems.item(1, "督促县生态环境局落实2027年4月13日前完成的15 个工作日整改")
                .source(Source.WORK_REPORT).category(Category.KEY).lead(UNIT).owner("周建平")
                .assignedOn(TODAY.minusDays(3)).deadline(TODAY.plusDays(20)).stamp(null)
                .activity(ItemActivity.NONE).build(),
                new Deadlines(Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE)));
        view = new CardView().show(card);
        // A column so narrow that the title takes several lines and the unit line wraps.
        stage = StyledStage.show(new VBox(view), 150, 360, "/theme.css", "/board.css");
    }

    @AfterEach
    void close(FxRobot robot) {
        StyledStage.close(robot, stage);
    }

    @Test
    void theTitleAndTheUnitLineKeepNamesDatesAndNumbersWhole(FxRobot robot) {
        Label title = (Label) view.lookup(".card-title");
        List<String> titleLines = List.of(title.getText().split("\n"));
        assertThat(titleLines).as("the title in several lines").hasSizeGreaterThan(2);
        assertThat(titleLines).anySatisfy(line -> assertThat(line).contains("县生态环境局"));
        assertThat(titleLines).anySatisfy(line -> assertThat(line).contains("2027年4月13日"));
        assertThat(titleLines).anySatisfy(line -> assertThat(line).contains("15 个工作日"));
        assertThat(String.join("", titleLines).replace(" ", "")).isEqualTo("督促县生态环境局落实2027年4月13日前完成的15个工作日整改");
        Label unitLine = view.lookupAll(".card-meta").stream().map(Label.class::cast)
                .filter(label -> label.getText().replace("\n", "").contains("周建平")).findFirst().orElseThrow();
        assertThat(List.of(unitLine.getText().split("\n"))).as("the unit line %s", unitLine.getText())
                .anySatisfy(line -> assertThat(line).contains("县生态环境局"));
        Screenshots.save(stage.getScene(), "card-narrow-column");
    }
}
