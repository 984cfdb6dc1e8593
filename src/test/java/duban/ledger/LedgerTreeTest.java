package duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemLinks;
import duban.testing.TestItems;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ledger of a decomposed task list: 1, 1.1, 1.2 under their parents, 只看上级事项, and 附件 in 备注. */
class LedgerTreeTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Deadlines DEADLINES = new Deadlines(
            Clock.fixed(TestItems.TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));

    /** Parent 1 (split in two), a plain item 2 assigned in between, and its two sub-items assigned last. */
    private static List<Item> decomposedWorkReport() {
        Item parent = TestItems.item(1, "推进城区供水管网改造").assignedOn(TestItems.TODAY.minusDays(50)).build()
                .withLinks(new ItemLinks(null, 2, 0, null, null, false, 0, 0));
        Item plain = TestItems.item(2, "做好冬季安全生产").assignedOn(TestItems.TODAY.minusDays(45)).build();
        Item first = TestItems.item(3, "推进城区供水管网改造（水利局）").lead(TestItems.WATER)
                .assignedOn(TestItems.TODAY.minusDays(40)).build().withLinks(child(1, 0));
        Item second = TestItems.item(4, "推进城区供水管网改造（住建局）").lead(TestItems.HOUSING)
                .assignedOn(TestItems.TODAY.minusDays(40)).build().withLinks(child(1, 3));
        return List.of(second, plain, first, parent);
    }

    private static ItemLinks child(long parentId, int attachments) {
        return new ItemLinks(parentId, 0, 0, null, null, false, attachments, 0);
    }

    private static Ledger ledger(List<Item> items, LedgerScope scope) {
        return Ledger.build(items, Map.of(), DEADLINES, scope, Ledger.Order.ASSIGNED_ON, Ledger.Grouping.NONE);
    }

    @Test
    void subItemsAreNumberedUnderTheirParentRightBelowIt() {
        Ledger ledger = ledger(decomposedWorkReport(), LedgerScope.ALL);

        assertThat(ledger.rows()).extracting(LedgerColumn.NUMBER::text).containsExactly("1", "1.1", "1.2", "2");
        assertThat(ledger.rows()).extracting(row -> row.item().id()).containsExactly(1L, 3L, 4L, 2L);
        assertThat(ledger.rows()).extracting(LedgerRow::isSubRow).containsExactly(false, true, true, false);
    }

    @Test
    void parentsOnlyHidesTheSubItemsAndKeepsItemsNeverSplit() {
        Ledger ledger = ledger(decomposedWorkReport(), LedgerScope.ALL.withParentsOnly(true));

        assertThat(ledger.rows()).extracting(LedgerColumn.NUMBER::text).containsExactly("1", "2");
        assertThat(ledger.rows()).extracting(row -> row.item().id()).containsExactly(1L, 2L);
        assertThat(ledger.scope().describe()).contains("只看上级事项");
    }

    @Test
    void aSubItemWhoseParentIsOutOfScopeShowsNumberedOnItsOwn() {
        // Only the housing bureau's items: the parent (water) is outside, its housing sub-item stays.
        Ledger ledger = ledger(decomposedWorkReport(), LedgerScope.ALL.withLeadUnit(TestItems.HOUSING));

        assertThat(ledger.rows()).extracting(row -> row.item().id()).containsExactly(4L);
        assertThat(ledger.rows()).extracting(LedgerColumn.NUMBER::text).containsExactly("1");
    }

    @Test
    void groupedByLeadUnitAChildInAnotherGroupIsNumberedThereOnItsOwn() {
        Ledger ledger = Ledger.build(decomposedWorkReport(), Map.of(), DEADLINES, LedgerScope.ALL,
                Ledger.Order.ASSIGNED_ON, Ledger.Grouping.LEAD_UNIT);

        // 县住房和城乡建设局 (sort 20) before 县水利局 (sort 30): 4 on its own, then 1 with 1.1 (item 3), 2.
        assertThat(ledger.rows()).extracting(row -> row.item().id()).containsExactly(4L, 1L, 3L, 2L);
        assertThat(ledger.rows()).extracting(LedgerColumn.NUMBER::text).containsExactly("1", "2", "2.1", "3");
    }

    @Test
    void remarksCountTheAttachments() {
        Ledger ledger = ledger(decomposedWorkReport(), LedgerScope.ALL);

        LedgerRow withThree = ledger.rows().stream().filter(row -> row.item().id() == 4L).findFirst().orElseThrow();
        assertThat(LedgerColumn.REMARKS.text(withThree)).contains("附件 3 个");
        LedgerRow withNone = ledger.rows().stream().filter(row -> row.item().id() == 3L).findFirst().orElseThrow();
        assertThat(LedgerColumn.REMARKS.text(withNone)).doesNotContain("附件");
    }
}
