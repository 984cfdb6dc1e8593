package duban.wallchart;

import static duban.testing.TestItems.TODAY;

import duban.domain.BoardStats;
import duban.domain.Card;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Status;
import duban.testing.TestItems;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Boards to print in the wall-chart tests: a few cards in every state, or a column long enough for several pages. */
final class WallCharts {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Deadlines DEADLINES = new Deadlines(Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
    private static final String[] TITLES = {"城东片区征迁安置房建设资金拨付", "老旧小区改造项目开工",
            "全县学校食堂明厨亮灶改造及食品安全专项整治，覆盖全部中小学和幼儿园", "县城区供水管网改造",
            "农村公路养护资金下达", "中央环保督察反馈问题整改", "春节前根治欠薪专项行动", "政府工作报告重点任务分解落实"};

    private WallCharts() {
    }

    /** {@code perColumn[i]} cards in column i, deadlines spread so that every state shows. */
    static WallChart board(int... perColumn) {
        Map<Status, List<Card>> columns = new EnumMap<>(Status.class);
        List<Item> items = new ArrayList<>();
        long id = 1;
        Status[] statuses = Status.values();
        for (int column = 0; column < statuses.length; column++) {
            List<Card> cards = new ArrayList<>();
            for (int i = 0; i < perColumn[column]; i++, id++) {
                TestItems.Builder builder = TestItems.item(id, TITLES[(int) (id % TITLES.length)] + " " + id)
                        .status(statuses[column]).lead(id % 2 == 0 ? TestItems.HOUSING : TestItems.FINANCE)
                        .owner("王建国").deadline(TODAY.plusDays(i % 5 * 4 - 3));
                Item item = statuses[column] == Status.CLOSED
                        ? builder.deadline(TODAY.plusDays(i % 3 - 1)).closed(TODAY.minusDays(i % 2)).build()
                        : builder.build();
                items.add(item);
                cards.add(Card.of(item, DEADLINES));
            }
            columns.put(statuses[column], cards);
        }
        return new WallChart("督办看板", TODAY, BoardStats.of(items, DEADLINES), columns);
    }
}
