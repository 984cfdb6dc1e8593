package duban.filter;

import static duban.testing.TestItems.FINANCE;
import static duban.testing.TestItems.HOUSING;
import static duban.testing.TestItems.TOWN;
import static duban.testing.TestItems.WATER;
import static duban.testing.TestItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.DeadlineState;
import duban.domain.Item;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.CsvSource;

/** The criteria of {@link ItemFilter}, alone and together. */
class ItemFilterTest {

    /** A unit that only ever assists, so that finding it proves 协办单位 are searched. */
    private static final Unit AUDIT = new Unit(6, "县审计局", UnitKind.COUNTY_DEPARTMENT, 60);

    /** Each text lives in exactly one field of exactly one item, so a hit proves the field is searched. */
    private final Item budget = item(1, "年度预算执行情况核查").details("重点核查三公经费支出")
            .lead(FINANCE).assist(AUDIT).owner("王芳").leader("刘副县长")
            .source(Source.EXECUTIVE_MEETING).category(Category.KEY).build();
    private final Item waterPipes = item(2, "城区供水管网改造").details("更换DN300老旧管道")
            .lead(WATER).assist(FINANCE, TOWN).owner("李强").leader("陈副县长")
            .source(Source.WORK_REPORT).category(Category.ROUTINE).build();
    private final Item gdp = item(3, "GDP核算数据报送").details("按季度报送统计局")
            .lead(TOWN).owner("赵敏").source(Source.HIGHER_LEVEL).category(Category.URGENT).build();
    private final Item petition = item(4, "群众反映小区停车难").lead(HOUSING).owner("王芳")
            .source(Source.PETITION).category(Category.ROUTINE).build();
    private final Item withdrawn = item(5, "财政资金绩效评价（重复登记）").lead(FINANCE).owner("王芳")
            .source(Source.EXECUTIVE_MEETING).category(Category.KEY).withdrawn().build();

    private final List<Item> all = List.of(budget, waterPipes, gdp, petition, withdrawn);

    @Test
    void theEmptyFilterKeepsEveryItemOnTheBoardButNotWithdrawnOnes() {
        assertThat(ItemFilter.NONE.isEmpty()).isTrue();
        assertThat(kept(ItemFilter.NONE)).containsExactly(budget, waterPipes, gdp, petition);
        assertThat(new ItemFilter("   ", null, " ", null, null, Set.of())).isEqualTo(ItemFilter.NONE);
    }

    @ParameterizedTest
    @EnumSource(DeadlineState.class)
    void aWithdrawnItemNeverMatchesEvenWhenEveryCriterionFitsIt(DeadlineState state) {
        ItemFilter fitting = new ItemFilter("财政资金", FINANCE.id(), "王芳", Source.EXECUTIVE_MEETING,
                Category.KEY, Set.of(state));
        assertThat(fitting.matches(withdrawn, state)).isFalse();
        assertThat(ItemFilter.NONE.matches(withdrawn, state)).isFalse();
        // The same item, not withdrawn, does match: it is the withdrawal that keeps it out.
        Item restored = item(5, withdrawn.title()).lead(FINANCE).owner("王芳")
                .source(Source.EXECUTIVE_MEETING).category(Category.KEY).build();
        assertThat(fitting.matches(restored, state)).isTrue();
    }

    @ParameterizedTest(name = "{0} in the {2}")
    @CsvSource({
            "预算执行, 1, title",
            "三公经费, 1, details",
            "李强, 2, owner",
            "刘副县长, 1, leader",
            "县水利局, 2, lead unit name",
            "审计, 1, assist unit name",
            "按季度报送, 3, details",
    })
    void aChineseWordIsFoundAsASubstringOfEachSearchedField(String word, long expectedId, String field) {
        assertThat(kept(ItemFilter.NONE.withText(word))).extracting(Item::id).containsExactly(expectedId);
    }

    @Test
    void aWordMatchesEveryItemWhoseFieldsContainIt() {
        // 财政 is the lead unit of one item and an assisting unit of another.
        assertThat(kept(ItemFilter.NONE.withText("财政"))).containsExactly(budget, waterPipes);
        assertThat(kept(ItemFilter.NONE.withText("城关镇"))).containsExactly(waterPipes, gdp);
        assertThat(kept(ItemFilter.NONE.withText("王芳"))).containsExactly(budget, petition);
        assertThat(kept(ItemFilter.NONE.withText("不存在的词"))).isEmpty();
    }

    @Test
    void everyWordMustOccurSomewhereInTheItem() {
        // 财政 is in both; 李强 only in the water item: the words need not share a field.
        assertThat(kept(ItemFilter.NONE.withText("财政 李强"))).containsExactly(waterPipes);
        assertThat(kept(ItemFilter.NONE.withText("  财政\t王芳  "))).containsExactly(budget);
        // An IME types a full-width space between Chinese words.
        assertThat(kept(ItemFilter.NONE.withText("财政\u3000王芳"))).containsExactly(budget);
        assertThat(kept(ItemFilter.NONE.withText("财政 赵敏"))).isEmpty();
    }

    @Test
    void latinLettersMatchWhateverTheirCase() {
        assertThat(kept(ItemFilter.NONE.withText("gdp"))).containsExactly(gdp);
        assertThat(kept(ItemFilter.NONE.withText("Gdp核算"))).containsExactly(gdp);
        assertThat(kept(ItemFilter.NONE.withText("dn300"))).containsExactly(waterPipes);
        assertThat(kept(ItemFilter.NONE.withText("DN400"))).isEmpty();
    }

    @Test
    void theTextIsTrimmed() {
        ItemFilter filter = ItemFilter.NONE.withText("  财政 ");
        assertThat(filter.text()).isEqualTo("财政");
        assertThat(filter.isEmpty()).isFalse();
    }

    @Test
    void theLeadUnitKeepsItemsItLeadsNotThoseItOnlyAssists() {
        ItemFilter filter = ItemFilter.NONE.withLeadUnitId(FINANCE.id());
        assertThat(filter.isEmpty()).isFalse();
        assertThat(kept(filter)).containsExactly(budget);
        assertThat(kept(ItemFilter.NONE.withLeadUnitId(HOUSING.id()))).containsExactly(petition);
    }

    @Test
    void theOwnerKeepsThatPersonsItems() {
        assertThat(kept(ItemFilter.NONE.withOwner("王芳"))).containsExactly(budget, petition);
        assertThat(kept(ItemFilter.NONE.withOwner("赵敏"))).containsExactly(gdp);
        // The owner is a person, not a search word: part of a name is not that person.
        assertThat(kept(ItemFilter.NONE.withOwner("王"))).isEmpty();
    }

    @Test
    void theSourceKeepsItemsFromIt() {
        assertThat(kept(ItemFilter.NONE.withSource(Source.PETITION))).containsExactly(petition);
        assertThat(kept(ItemFilter.NONE.withSource(Source.EXECUTIVE_MEETING))).containsExactly(budget);
        assertThat(kept(ItemFilter.NONE.withSource(Source.CPPCC_PROPOSAL))).isEmpty();
    }

    @Test
    void theCategoryKeepsItemsOfIt() {
        assertThat(kept(ItemFilter.NONE.withCategory(Category.ROUTINE))).containsExactly(waterPipes, petition);
        assertThat(kept(ItemFilter.NONE.withCategory(Category.URGENT))).containsExactly(gdp);
    }

    @Test
    void deadlineStatesKeepOnlyItemsStandingThere() {
        ItemFilter overdue = ItemFilter.NONE.withStates(Set.of(DeadlineState.OVERDUE));
        ItemFilter dueSoon = ItemFilter.NONE.withStates(Set.of(DeadlineState.DUE_SOON));
        ItemFilter either = ItemFilter.NONE.withStates(EnumSet.of(DeadlineState.OVERDUE, DeadlineState.DUE_SOON));

        for (DeadlineState state : DeadlineState.values()) {
            assertThat(overdue.matches(budget, state)).as("逾期 only, item %s", state)
                    .isEqualTo(state == DeadlineState.OVERDUE);
            assertThat(dueSoon.matches(budget, state)).as("临期 only, item %s", state)
                    .isEqualTo(state == DeadlineState.DUE_SOON);
            assertThat(either.matches(budget, state)).as("逾期 and 临期, item %s", state)
                    .isEqualTo(state == DeadlineState.OVERDUE || state == DeadlineState.DUE_SOON);
            assertThat(ItemFilter.NONE.matches(budget, state)).as("no states: all, item %s", state).isTrue();
        }
        assertThat(overdue.isEmpty()).isFalse();
    }

    @Test
    void combinedCriteriaMustAllHold() {
        ItemFilter wangFang = ItemFilter.NONE.withOwner("王芳");
        assertThat(kept(wangFang.withText("停车"))).containsExactly(petition);
        assertThat(kept(wangFang.withLeadUnitId(FINANCE.id()))).containsExactly(budget);
        assertThat(kept(wangFang.withCategory(Category.KEY).withSource(Source.EXECUTIVE_MEETING)))
                .containsExactly(budget);
        assertThat(kept(wangFang.withCategory(Category.KEY).withSource(Source.PETITION))).isEmpty();

        ItemFilter overdueFinance = ItemFilter.NONE.withText("财政").withStates(Set.of(DeadlineState.OVERDUE));
        assertThat(overdueFinance.matches(budget, DeadlineState.OVERDUE)).isTrue();
        assertThat(overdueFinance.matches(budget, DeadlineState.NORMAL)).isFalse();
        assertThat(overdueFinance.matches(gdp, DeadlineState.OVERDUE)).isFalse();
    }

    @Test
    void anUnsetCriterionIsNoneAndASetOneMakesTheFilterNonEmpty() {
        assertThat(ItemFilter.NONE.withText("x").isEmpty()).isFalse();
        assertThat(ItemFilter.NONE.withOwner("王芳").isEmpty()).isFalse();
        assertThat(ItemFilter.NONE.withSource(Source.OTHER).isEmpty()).isFalse();
        assertThat(ItemFilter.NONE.withCategory(Category.KEY).isEmpty()).isFalse();
        assertThat(ItemFilter.NONE.withOwner("王芳").withOwner(null)).isEqualTo(ItemFilter.NONE);
        assertThat(new ItemFilter(null, null, null, null, null, null)).isEqualTo(ItemFilter.NONE);
    }

    /** The items the filter keeps, in board order, each judged as a plain open item (正常). */
    private List<Item> kept(ItemFilter filter) {
        return all.stream().filter(item -> filter.matches(item, DeadlineState.NORMAL)).toList();
    }
}
