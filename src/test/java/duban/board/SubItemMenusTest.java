package duban.board;

import static duban.testing.TestItems.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.ItemLinks;
import duban.domain.Status;
import duban.testing.TestItems;
import org.junit.jupiter.api.Test;

/** 分解… is offered for a top-level open item only, and a refusal says why in the menu's words. */
class SubItemMenusTest {

    @Test
    void onlyATopLevelOpenItemCanBeSplit() {
        Item open = TestItems.item(1, "县城区供水管网改造").status(Status.IN_PROGRESS).deadline(TODAY.plusDays(5)).build();
        assertThat(SubItemMenus.splitRefusal(open)).isNull();
        assertThat(SubItemMenus.splitRefusal(open.withLinks(new ItemLinks(9L, 0, 0, null, null, false, 0, 0))))
                .isEqualTo("分解…（子事项不能再分解，请分解上级事项）");
        Item closed = TestItems.from(open).status(Status.CLOSED).closed(TODAY).build();
        assertThat(SubItemMenus.splitRefusal(closed)).isEqualTo("分解…（已办结销号的事项不能分解）");
    }
}
