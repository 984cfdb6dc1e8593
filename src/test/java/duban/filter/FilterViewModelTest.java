package duban.filter;

import static duban.testing.TestItems.FINANCE;
import static duban.testing.TestItems.HOUSING;
import static duban.testing.TestItems.TOWN;
import static duban.testing.TestItems.WATER;
import static duban.testing.TestItems.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Category;
import duban.domain.DeadlineState;
import duban.domain.Item;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The filter bar's state, without any node: plain JUnit, JavaFX properties need no toolkit. */
class FilterViewModelTest {

    /** Leads only a withdrawn item. */
    private static final Unit STATISTICS = new Unit(9, "县统计局", UnitKind.COUNTY_DEPARTMENT, 1);

    private final FilterViewModel filters = new FilterViewModel();

    private final List<Item> board = List.of(
            item(1, "年度预算执行情况核查").lead(FINANCE).owner("赵敏").build(),
            item(2, "城区供水管网改造").lead(WATER).assist(FINANCE).owner("李强").build(),
            item(3, "老旧小区改造").lead(HOUSING).owner("张伟").build(),
            item(4, "农贸市场提升").lead(TOWN).owner("陈静").build(),
            item(5, "防汛物资储备").lead(WATER).owner("王芳").build(),
            item(6, "财政资金绩效评价").lead(FINANCE).owner("李强").build(),
            // Off the board: neither its unit nor its owner is offered.
            item(7, "重复登记的事项").lead(STATISTICS).owner("孙丽").withdrawn().build());

    @Test
    void startsWithNoFilterAndNothingActive() {
        assertThat(filters.getFilter()).isEqualTo(ItemFilter.NONE);
        assertThat(filters.activeProperty().get()).isFalse();
    }

    @Test
    void theFilterIsRecomputedAsTheTextIsTyped() {
        List<ItemFilter> seen = new ArrayList<>();
        filters.filterProperty().addListener((observable, old, now) -> seen.add(now));

        for (String typed : List.of("财", "财政", "财政 ", "财政 李")) {
            filters.textProperty().set(typed);
        }

        // "财政 " is trimmed to the same filter as "财政", so it changes nothing.
        assertThat(seen).extracting(ItemFilter::text).containsExactly("财", "财政", "财政 李");
        assertThat(filters.getFilter().text()).isEqualTo("财政 李");
        assertThat(filters.activeProperty().get()).isTrue();
        assertThat(board.stream().filter(item -> filters.getFilter().matches(item, DeadlineState.NORMAL)))
                .extracting(Item::id).containsExactly(2L, 6L);
    }

    @Test
    void everyCriterionReachesTheFilter() {
        filters.leadUnitProperty().set(FINANCE);
        filters.ownerProperty().set("李强");
        filters.sourceProperty().set(Source.PETITION);
        filters.categoryProperty().set(Category.URGENT);
        filters.overdueOnlyProperty().set(true);

        assertThat(filters.getFilter()).isEqualTo(new ItemFilter("", FINANCE.id(), "李强", Source.PETITION,
                Category.URGENT, Set.of(DeadlineState.OVERDUE)));

        filters.dueSoonOnlyProperty().set(true);
        assertThat(filters.getFilter().states()).containsExactlyInAnyOrder(DeadlineState.OVERDUE, DeadlineState.DUE_SOON);
        filters.overdueOnlyProperty().set(false);
        assertThat(filters.getFilter().states()).containsExactly(DeadlineState.DUE_SOON);
    }

    @Test
    void eachCriterionAloneMakesTheFilterActive() {
        List<Runnable> setters = List.of(
                () -> filters.textProperty().set("财政"),
                () -> filters.leadUnitProperty().set(WATER),
                () -> filters.ownerProperty().set("王芳"),
                () -> filters.sourceProperty().set(Source.OTHER),
                () -> filters.categoryProperty().set(Category.KEY),
                () -> filters.overdueOnlyProperty().set(true),
                () -> filters.dueSoonOnlyProperty().set(true));
        for (Runnable setter : setters) {
            setter.run();
            assertThat(filters.activeProperty().get()).isTrue();
            filters.clear();
            assertThat(filters.activeProperty().get()).isFalse();
        }
        // Blank text is no filter.
        filters.textProperty().set("   ");
        assertThat(filters.activeProperty().get()).isFalse();
    }

    @Test
    void clearResetsEveryCriterionAndChangesTheFilterOnce() {
        filters.textProperty().set("改造");
        filters.leadUnitProperty().set(HOUSING);
        filters.ownerProperty().set("张伟");
        filters.sourceProperty().set(Source.WORK_REPORT);
        filters.categoryProperty().set(Category.ROUTINE);
        filters.overdueOnlyProperty().set(true);
        filters.dueSoonOnlyProperty().set(true);
        assertThat(filters.activeProperty().get()).isTrue();

        List<ItemFilter> seen = new ArrayList<>();
        filters.filterProperty().addListener((observable, old, now) -> seen.add(now));
        filters.clear();

        assertThat(filters.textProperty().get()).isEmpty();
        assertThat(filters.leadUnitProperty().get()).isNull();
        assertThat(filters.ownerProperty().get()).isNull();
        assertThat(filters.sourceProperty().get()).isNull();
        assertThat(filters.categoryProperty().get()).isNull();
        assertThat(filters.overdueOnlyProperty().get()).isFalse();
        assertThat(filters.dueSoonOnlyProperty().get()).isFalse();
        assertThat(filters.getFilter()).isEqualTo(ItemFilter.NONE);
        assertThat(filters.activeProperty().get()).isFalse();
        assertThat(seen).containsExactly(ItemFilter.NONE);
    }

    @Test
    void optionsAreTheLeadingUnitsInDisplayOrderAndTheOwnersInPinyinOrder() {
        filters.setOptions(board);

        // sortOrder: 城关镇 5, 县财政局 10, 县住房和城乡建设局 20, 县水利局 30; each once.
        assertThat(filters.leadUnitOptions()).containsExactly(TOWN, FINANCE, HOUSING, WATER);
        // chen, li, wang, zhang, zhao: not the code-point order (张 李 王 赵 陈); 李强 once.
        assertThat(filters.ownerOptions()).containsExactly("陈静", "李强", "王芳", "张伟", "赵敏");
    }

    @Test
    void aUnitThatOnlyAssistsIsNotOffered() {
        filters.setOptions(List.of(item(1, "管网改造").lead(WATER).assist(FINANCE).owner("李强").build()));
        assertThat(filters.leadUnitOptions()).containsExactly(WATER);
    }

    @Test
    void aChosenOptionThatVanishesFromTheItemsStaysChosen() {
        filters.setOptions(board);
        filters.leadUnitProperty().set(HOUSING);
        filters.ownerProperty().set("张伟");
        ItemFilter chosen = filters.getFilter();

        // The board reloads without item 3, the only one led by 住建局 and owned by 张伟.
        List<Item> reloaded = board.stream().filter(item -> item.id() != 3).toList();
        filters.setOptions(reloaded);

        assertThat(filters.leadUnitProperty().get()).isEqualTo(HOUSING);
        assertThat(filters.ownerProperty().get()).isEqualTo("张伟");
        assertThat(filters.getFilter()).isEqualTo(chosen);
        // Still offered, so that the drop-down can show what is chosen.
        assertThat(filters.leadUnitOptions()).containsExactly(TOWN, FINANCE, HOUSING, WATER);
        assertThat(filters.ownerOptions()).contains("张伟");

        // Once the user lets go of it, the next reload no longer offers it.
        filters.clear();
        filters.setOptions(reloaded);
        assertThat(filters.leadUnitOptions()).containsExactly(TOWN, FINANCE, WATER);
        assertThat(filters.ownerOptions()).containsExactly("陈静", "李强", "王芳", "赵敏");
    }

    @Test
    void theOptionListsCannotBeChangedFromOutside() {
        filters.setOptions(board);
        assertThatThrownBy(() -> filters.ownerOptions().add("外人"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
