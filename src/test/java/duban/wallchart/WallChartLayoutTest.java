package duban.wallchart;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Card;
import duban.domain.Status;
import duban.ui.print.TextMeasure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wall chart's pages as pure layout: A3 landscape, every card of the board on exactly one page
 * and never cut by a page's edge, a long column continued on the next page, the figures and the
 * date on every page.
 */
class WallChartLayoutTest {

    private static final TextMeasure MEASURE = TextMeasure.approximate();

    @Test
    void aSmallBoardIsOneA3LandscapePageWithEveryCardItsFiguresAndTheDate() {
        WallChart chart = WallCharts.board(3, 2, 0, 2);
        List<WallChartPage> pages = WallChartLayout.layout(chart, MEASURE);
        assertThat(pages).hasSize(1);
        WallChartPage page = pages.get(0);
        assertThat(page.width()).isEqualTo(420 * 72 / 25.4, org.assertj.core.data.Offset.offset(0.1));
        assertThat(page.height()).isEqualTo(297 * 72 / 25.4, org.assertj.core.data.Offset.offset(0.1));
        assertThat(page.cardIds()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        String text = String.join("\n", page.texts());
        assertThat(text).contains("交办 3", "办理中 2", "待反馈 0", "办结销号 2", "暂无事项", "办结率", "逾期", "临期",
                "2026年11月21日", "第 1 页，共 1 页");
        for (Status status : Status.values()) {
            for (Card card : chart.cards(status)) {
                assertThat(text).contains(card.deadlineText(), card.dueText());
            }
        }
    }

    @Test
    void aLongColumnContinuesOnTheNextPagesAndNoCardIsCutOrLost() {
        WallChart chart = WallCharts.board(45, 3, 12, 1);
        List<WallChartPage> pages = WallChartLayout.layout(chart, MEASURE);
        assertThat(pages.size()).isGreaterThan(2);

        List<Long> printed = new ArrayList<>();
        pages.forEach(page -> printed.addAll(page.cardIds()));
        assertThat(printed).as("every card exactly once").hasSize(61).doesNotHaveDuplicates();

        for (WallChartPage page : pages) {
            assertThat(page.texts()).as("page " + page.number())
                    .anyMatch(line -> line.contains("第 " + page.number() + " 页，共 " + pages.size() + " 页"))
                    .contains("办结率", "逾期", "临期");
            for (WallElement element : page.elements()) {
                if (element instanceof WallElement.Box box) {
                    assertThat(box.y()).isGreaterThanOrEqualTo(0);
                    assertThat(box.y() + box.height()).as("a card inside the page")
                            .isLessThanOrEqualTo(page.height() - WallChartLayout.MARGIN + 0.01);
                    assertThat(box.x() + box.width()).isLessThanOrEqualTo(page.width() - WallChartLayout.MARGIN + 0.01);
                }
            }
        }
        assertThat(String.join("", pages.get(1).texts())).as("the column goes on, marked").contains("交办 45（续）");
    }

    @Test
    void aCardThatDoesNotFitBelowTheLastStartsTheNextPageWhole() {
        List<WallChartPage> pages = WallChartLayout.layout(WallCharts.board(30, 0, 0, 0), MEASURE);
        for (WallChartPage page : pages) {
            List<WallElement.Box> cards = page.elements().stream().filter(WallElement.Box.class::isInstance)
                    .map(WallElement.Box.class::cast).filter(box -> box.edge() > 0).toList();
            assertThat(cards).hasSize(page.cardIds().size());
            for (WallElement element : page.elements()) {
                if (element instanceof WallElement.Text text && text.baseline() > cards.get(0).y()) {
                    assertThat(cards).as("every card text inside its card: " + text.text())
                            .anyMatch(box -> text.baseline() > box.y() && text.baseline() < box.y() + box.height());
                }
            }
        }
    }
}
