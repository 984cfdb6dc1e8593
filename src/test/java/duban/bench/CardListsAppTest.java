package duban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The floor reference of {@code bench/run --packaged} is what its table calls it: the board's four
 * columns by the node contract, each showing its share of the cards, in cards of several lines.
 */
@ExtendWith(ApplicationExtension.class)
class CardListsAppTest {

    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = new Stage();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.close());
    }

    @Test
    void fourColumnsShowTheirShareOfTheCards(FxRobot robot) {
        robot.interact(() -> {
            stage.setScene(CardListsApp.scene(10_000));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<Integer> sizes = List.of("ASSIGNED", "IN_PROGRESS", "AWAITING_FEEDBACK", "CLOSED").stream()
                .map(status -> robot.lookup("#column-" + status).queryAs(ListView.class).getItems().size())
                .toList();
        assertThat(sizes).containsExactly(2_500, 2_500, 2_500, 2_500);

        Set<Node> cards = robot.lookup("#column-ASSIGNED .item-card").queryAll();
        assertThat(cards).as("a screenful of cards, not every item").hasSizeBetween(3, 30);
        Node first = cards.stream().filter(card -> Long.valueOf(0).equals(card.getProperties().get("duban.card.itemId")))
                .findFirst().orElseThrow();
        assertThat(first.getBoundsInLocal().getHeight()).as("a card of several lines").isGreaterThan(80);
        assertThat(robot.from(first).lookup(".card-title").queryAs(Label.class).getText())
                .isEqualTo("关于推进第0项重点工作落实情况的督办");
    }

    @Test
    void itemsComeFromTheArgumentsOrAreTenThousand() {
        assertThat(CardListsApp.itemsOf(List.of("--items", "50"))).isEqualTo(50);
        assertThat(CardListsApp.itemsOf(List.of("--db", "x.db", "--demo"))).isEqualTo(10_000);
    }
}
