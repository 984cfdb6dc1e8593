package duban.filter;

import static duban.testing.TestItems.FINANCE;
import static duban.testing.TestItems.TODAY;
import static duban.testing.TestItems.WATER;
import static duban.testing.TestItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.BoardStats;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Status;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The header's figures of a filtered board, beside the whole board's. */
class FilteredFiguresTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Deadlines DEADLINES = new Deadlines(Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));

    @Test
    void anActiveFilterShowsItsCountAndRateBesideTheWholeBoards() {
        BoardStats filtered = new BoardStats(Map.of(Status.CLOSED, 6), 12, 5, 1, 2, 1);
        BoardStats whole = new BoardStats(Map.of(Status.CLOSED, 14), 46, 10, 4, 5, 3);

        assertThat(FilteredFigures.summaryText(ItemFilter.NONE.withText("财政"), filtered, whole))
                .isEqualTo("筛选 12 / 46 项 · 办结率 50.0%（全部 30.4%）");
    }

    @Test
    void noFilterMeansNoSummary() {
        BoardStats whole = new BoardStats(Map.of(Status.CLOSED, 14), 46, 10, 4, 5, 3);
        assertThat(FilteredFigures.summaryText(ItemFilter.NONE, whole, whole)).isEmpty();
    }

    @Test
    void aFilterThatKeepsNothingHasAnUndefinedRate() {
        BoardStats whole = new BoardStats(Map.of(Status.CLOSED, 1), 3, 1, 0, 0, 0);
        assertThat(FilteredFigures.summaryText(ItemFilter.NONE.withOwner("无此人"), BoardStats.EMPTY, whole))
                .isEqualTo("筛选 0 / 3 项 · 办结率 —（全部 33.3%）");
    }

    @Test
    void computesBothFiguresFromTheItemsAsOfToday() {
        List<Item> items = List.of(
                item(1, "财政预算公开").lead(FINANCE).closed(TODAY.minusDays(2)).deadline(TODAY).build(),
                item(2, "财政专项资金检查").lead(FINANCE).deadline(TODAY.minusDays(1)).build(),
                item(3, "水库除险加固").lead(WATER).closed(TODAY.minusDays(1)).deadline(TODAY.minusDays(3)).build(),
                item(4, "河道清淤").lead(WATER).deadline(TODAY.plusDays(2)).build(),
                item(5, "财政资金绩效评价（撤销）").lead(FINANCE).withdrawn().build());

        FilteredFigures figures = FilteredFigures.of(items, ItemFilter.NONE.withLeadUnitId(FINANCE.id()), DEADLINES);

        assertThat(figures.filtered().total()).isEqualTo(2);
        assertThat(figures.filtered().closed()).isEqualTo(1);
        assertThat(figures.filtered().overdue()).isEqualTo(1);
        assertThat(figures.whole().total()).isEqualTo(4);
        assertThat(figures.whole().closedLate()).isEqualTo(1);
        assertThat(figures.whole().dueSoon()).isEqualTo(1);
        assertThat(figures.summaryText()).isEqualTo("筛选 2 / 4 项 · 办结率 50.0%（全部 50.0%）");
    }
}
