package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Card;
import duban.domain.Deadlines;
import duban.testing.StyledStage;
import duban.testing.TestItems;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The heights a column's flow answers for cards off screen are those cards' own, and follow a changed card. */
@ExtendWith(ApplicationExtension.class)
class CardFlowHeightsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Deadlines DEADLINES = new Deadlines(
            Clock.fixed(TestItems.TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
    private static final String LONG_TITLE = "督促县生态环境局落实2027年4月13日前完成的15 个工作日整改，".repeat(6);

    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private ListView<Card> list;
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        List<Card> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(card(i, i % 3 == 0 ? LONG_TITLE : "第" + i + "项"));
        }
        cards.setAll(many);
        list = new ListView<>(cards);
        list.setCellFactory(view -> new TitleCell());
        list.setSkin(new CardListSkin(list));
        stage = StyledStage.show(new VBox(list), 240, 300, "/theme.css");
    }

    @AfterEach
    void close(FxRobot robot) {
        StyledStage.close(robot, stage);
    }

    @Test
    void aCardOffScreenMeasuresAsItsOwnCellAndAgainOnceChanged(FxRobot robot) {
        CardFlow flow = robot.lookup(".virtual-flow").queryAs(CardFlow.class);
        double[] heights = new double[4];
        robot.interact(() -> {
            assertThat(flow.getVisibleCell(40)).as("card 41 is off screen").isNull();
            heights[0] = flow.getCell(40).getHeight(); // a short title
            heights[1] = flow.getCell(41).getHeight(); // a long one
            heights[2] = flow.getCell(40).getHeight(); // asked again: answered from what was measured
            cards.set(40, card(41, LONG_TITLE)); // the item changed: a new card
        });
        robot.interact(() -> heights[3] = flow.getCell(40).getHeight());

        assertThat(heights[1]).as("a long title measures taller").isGreaterThan(heights[0] * 2);
        assertThat(heights[2]).as("the same card again").isEqualTo(heights[0]);
        assertThat(heights[3]).as("the changed card, measured anew").isEqualTo(heights[1]);
    }

    private static Card card(long id, String title) {
        return Card.of(TestItems.item(id, title).build(), DEADLINES);
    }

    /** A cell whose height follows its card's title, wrapped at the column's width. */
    private static final class TitleCell extends ListCell<Card> {
        private final Label title = new Label();

        TitleCell() {
            title.setWrapText(true);
            setPrefWidth(0);
            setGraphic(title);
        }

        @Override
        protected void updateItem(Card card, boolean empty) {
            super.updateItem(card, empty);
            title.setText(empty || card == null ? "" : card.title());
        }
    }
}
