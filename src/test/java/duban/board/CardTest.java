package duban.board;

import duban.domain.Card;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemActivity;
import duban.domain.ReminderLevel;
import duban.domain.ReportCadence;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.testing.TestItems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a card says about an item: deadline words and the workflow markers. */
class CardTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Deadlines DEADLINES = new Deadlines(Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
    private static final Unit UNIT = new Unit(1, "县水利局", UnitKind.COUNTY_DEPARTMENT, 1);

    private static Item item(Category category, LocalDate assignedOn, LocalDate deadline, LocalDate working,
                             int returns, ItemActivity activity) {
        return TestItems.item(1, "县城区供水管网改造").source(Source.WORK_REPORT).category(category).lead(UNIT)
                .owner("周建平").assignedOn(assignedOn).deadline(deadline).stamp(null).deadlines(working, working)
                .returns(returns).activity(activity).build();
    }

    private static List<String> markerTexts(Card card) {
        return card.markers().stream().map(Card.Marker::text).toList();
    }

    @Test
    void anItemWithNothingAroundItHasNoMarkers() {
        Card card = Card.of(item(Category.KEY, TODAY.minusDays(3), TODAY.plusDays(20), null, 0, ItemActivity.NONE),
                DEADLINES);
        assertThat(card.markers()).isEmpty();
        assertThat(card.deadlineText()).isEqualTo("时限 2026-12-11");
        assertThat(card.originalDeadlineText()).isEmpty();
    }

    @Test
    void everyMarkerInWordsWithItsKind() {
        ItemActivity activity = new ItemActivity(2, TODAY.minusDays(2), 3, ReminderLevel.YELLOW, 1);
        Card card = Card.of(item(Category.KEY, TODAY.minusDays(40), TODAY.minusDays(1), TODAY.plusDays(29), 1, activity),
                DEADLINES);

        assertThat(markerTexts(card)).containsExactly("已延期", "退回 1 次", "催办 3 次", "进展 11-19");
        assertThat(card.markers()).extracting(marker -> marker.kind().styleClass())
                .containsExactly("marker-extended", "marker-returned", "marker-reminded-yellow", "marker-last-report");
        // Extended: works to the new date, shows the original beside it, and is not overdue.
        assertThat(card.deadlineText()).isEqualTo("时限 2026-12-20");
        assertThat(card.originalDeadlineText()).isEqualTo("（原 2026-11-20）");
        assertThat(card.dueText()).isEqualTo("剩 29 天");
    }

    @Test
    void anOpenItemBehindItsCadenceSaysSoInsteadOfItsLastReport() {
        // 重点: weekly; last report 10 days ago: due 3 days ago.
        ItemActivity activity = new ItemActivity(1, TODAY.minusDays(10), 0, null, 0);
        Card card = Card.of(item(Category.KEY, TODAY.minusDays(30), TODAY.plusDays(20), null, 0, activity), DEADLINES);
        assertThat(card.behindReporting()).isTrue();
        assertThat(markerTexts(card)).containsExactly("进展逾期 3 天");

        // Without a report, the cadence counts from 交办日期; a monthly one set by the settings.
        Card routine = Card.of(item(Category.ROUTINE, TODAY.minusDays(70), TODAY.plusDays(20), null, 0,
                ItemActivity.NONE), DEADLINES, category -> ReportCadence.monthlyBy(25));
        assertThat(markerTexts(routine)).containsExactly("进展逾期 27 天");
    }
}
