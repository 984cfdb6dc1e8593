package duban.projector;

import duban.testing.TestItems;
import duban.ui.TaskRunner;
import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The fixed data set of the projector tests: 12 items of 3 units, today Saturday 2026-11-21 09:00,
 * the last meeting by default 7 days before (2026-11-14). Each item says what it is for the markers.
 *
 * <pre>
 * 新增: 1, 6, 12 (5 was registered on the meeting day, 10 is withdrawn)   → 3
 * 本周办结: 7, 8 (9 closed on the meeting day)                              → 2
 * 新逾期: 3 (deadline 11-17), 5 (deadline on the meeting day); 4 was overdue already → 2
 * </pre>
 */
final class MeetingBoard {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final LocalDate LAST_MEETING = LocalDate.of(2026, 11, 14);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    static final Deadlines DEADLINES = new Deadlines(CLOCK);

    static final Unit FINANCE = new Unit(1, "县财政局", UnitKind.COUNTY_DEPARTMENT, 10);
    static final Unit WATER = new Unit(2, "县水利局", UnitKind.COUNTY_DEPARTMENT, 20);
    static final Unit TOWN = new Unit(3, "城关镇", UnitKind.TOWNSHIP, 30);

    private MeetingBoard() {
    }

    static List<Item> items() {
        return List.of(
                copy(item(1, "城东片区征迁安置房建设资金拨付到位情况", FINANCE, Status.ASSIGNED, "2026-11-18",
                        "2026-12-20", null), null, Category.KEY, false),
                item(2, "老旧小区改造项目开工", WATER, Status.ASSIGNED, "2026-11-01", "2026-11-23", null),
                item(3, "惠民惠农补贴资金发放情况核查", FINANCE, Status.IN_PROGRESS, "2026-10-01", "2026-11-17", null),
                item(4, "老街立面改造及背街小巷环境综合整治提升工程", TOWN, Status.IN_PROGRESS, "2026-09-01", "2026-11-10", null),
                item(5, "防汛物资储备检查", WATER, Status.IN_PROGRESS, "2026-11-14", "2026-11-14", null),
                item(6, "群众反映饮水问题答复", TOWN, Status.AWAITING_FEEDBACK, "2026-11-20", "2026-11-21", null),
                item(7, "预算执行情况核查", FINANCE, Status.CLOSED, "2026-08-01", "2026-11-30", "2026-11-19"),
                item(8, "河道采砂专项整治", WATER, Status.CLOSED, "2026-08-01", "2026-11-12", "2026-11-16"),
                item(9, "农贸市场环境整治", TOWN, Status.CLOSED, "2026-08-01", "2026-11-20", "2026-11-14"),
                copy(item(10, "重复登记的水库巡查", FINANCE, Status.IN_PROGRESS, "2026-11-19", "2026-11-30", null),
                        null, null, true),
                copy(item(11, "背街小巷路灯安装", TOWN, Status.IN_PROGRESS, "2026-06-01", "2026-12-31", null),
                        null, Category.KEY, false),
                item(12, "农村公路养护资金下达", WATER, Status.ASSIGNED, "2026-11-21", "2026-12-05", null));
    }

    /** A board with {@code extra} more items in 办理中, for pagination at real screen sizes. */
    static List<Item> crowded(int extra) {
        List<Item> all = new ArrayList<>(items());
        String[] titles = {"乡镇便民服务中心标准化建设", "全县学校食堂明厨亮灶改造", "县城区供水管网改造",
                "农村人居环境整治提升三年行动", "高标准农田建设项目验收", "工业园区污水处理厂提标改造",
                "县人民医院门诊楼改扩建工程进度"};
        Unit[] units = {FINANCE, WATER, TOWN, new Unit(4, "县人力资源和社会保障局", UnitKind.COUNTY_DEPARTMENT, 40)};
        for (int i = 0; i < extra; i++) {
            Status status = Status.values()[i % 4];
            String deadline = TODAY.plusDays(i % 5 == 0 ? -(i + 1) : i + 1).toString();
            all.add(item(100 + i, titles[i % titles.length] + "第" + (i + 1) + "批", units[i % units.length], status,
                    "2026-10-" + String.format("%02d", 1 + i % 28), deadline,
                    status == Status.CLOSED ? TODAY.minusDays(i % 9).toString() : null));
        }
        return all;
    }

    static SimpleObjectProperty<List<Item>> property(List<Item> items) {
        return new SimpleObjectProperty<>(items);
    }

    static ProjectorViewModel viewModel(SimpleObjectProperty<List<Item>> items, ManualTicker ticker,
                                        MemorySettings settings) {
        return new ProjectorViewModel(items, DEADLINES, CLOCK, settings, TaskRunner.inline(), ticker);
    }

    static Item item(long id, String title, Unit unit, Status status, String created, String deadline, String closed) {
        OffsetDateTime createdAt = LocalDate.parse(created).atTime(10, 0).atOffset(ZoneOffset.ofHours(8));
        if (id == 12) {
            createdAt = TODAY.atTime(8, 0).atOffset(ZoneOffset.ofHours(8));
        }
        return TestItems.item(id, title).status(status).lead(unit).owner("王建国").assignedOn(LocalDate.parse(created))
                .deadline(LocalDate.parse(deadline)).closedOn(closed == null ? null : LocalDate.parse(closed))
                .closingNote(closed == null ? null : "已完成").stamp(createdAt).build();
    }

    /** {@code item} with another title and/or category (null keeps it), withdrawn or not, one version on. */
    static Item copy(Item item, String title, Category category, boolean withdrawn) {
        return TestItems.from(item).title(title == null ? item.title() : title)
                .category(category == null ? item.category() : category).withdrawn(withdrawn, "重复登记")
                .version(item.version() + 1).build();
    }
}
