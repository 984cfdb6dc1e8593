package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import duban.domain.Category;
import duban.domain.Closing;
import duban.domain.ConcurrentChangeException;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ItemEvent;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.SubItemsOpenException;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.testing.MovableClock;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ItemTreeStore} (事项分解) on a real SQLite file (and, through {@link ItemTreeStoreOnServerTest},
 * on a PostgreSQL server): splitting, the children, and the rules for crossing off, withdrawing and
 * restoring parents and sub-items.
 */
class ItemTreeStoreTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;

    Database db;
    ItemStore items;
    ItemTreeStore trees;
    Unit water;
    Unit finance;
    Unit town;

    @BeforeEach
    void open() throws Exception {
        MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 11, 21, 10, 0, 0, 0, SHANGHAI).toInstant(),
                SHANGHAI);
        db = where().open(dir, "tree");
        items = new ItemStore(db.dsl(), clock, () -> "李文");
        trees = new ItemTreeStore(db.dsl(), clock, () -> "李文");
        UnitStore units = new UnitStore(db.dsl());
        water = units.add("县水利局", UnitKind.COUNTY_DEPARTMENT);
        finance = units.add("县财政局", UnitKind.COUNTY_DEPARTMENT);
        town = units.add("青石镇", UnitKind.TOWNSHIP);
    }

    @AfterEach
    void close() {
        TestDatabase.discard(db);
    }

    /** Where the database lives: a file here, the server in {@link ItemTreeStoreOnServerTest}. */
    TestDatabase where() {
        return TestDatabase.FILE;
    }

    // ---- split and children ------------------------------------------------------------------

    @Test
    void splitMakesFullSubItemsAndRecordsTheSplitOnTheParent() {
        Item parent = items.create(draft("推进农村供水保障", water));

        List<Item> children = trees.split(parent.id(), 1, List.of(
                new ItemDraft("城区管网改造", "", Source.OTHER, Category.KEY, finance.id(), List.of(town.id()), "王芳",
                        null, TODAY, TODAY.plusDays(30)),
                draft("青石镇水厂扩建", town)));

        assertThat(children).extracting(Item::title).containsExactly("城区管网改造", "青石镇水厂扩建");
        Item first = children.get(0);
        assertThat(first.leadUnit()).isEqualTo(finance);
        assertThat(first.assistUnits()).containsExactly(town);
        assertThat(first.owner()).isEqualTo("王芳");
        assertThat(first.category()).isEqualTo(Category.KEY);
        assertThat(first.deadline()).isEqualTo(TODAY.plusDays(30));
        assertThat(first.status()).isEqualTo(Status.ASSIGNED);
        assertThat(children).allSatisfy(child -> assertThat(child.links().parentId()).isEqualTo(parent.id()));

        Item parentNow = items.find(parent.id());
        assertThat(parentNow.links().childCount()).isEqualTo(2);
        assertThat(parentNow.links().closedChildCount()).isZero();
        assertThat(parentNow.version()).as("splitting does not change the parent's own fields").isEqualTo(1);
        List<ItemEvent> parentHistory = items.history(parent.id());
        assertThat(parentHistory).filteredOn(event -> event.kind() == EventKind.SPLIT)
                .extracting(ItemEvent::note)
                .containsExactly("子事项 #" + first.id(), "子事项 #" + children.get(1).id());
        ItemEvent childCreated = items.history(first.id()).get(0);
        assertThat(childCreated.kind()).isEqualTo(EventKind.CREATE);
        assertThat(childCreated.changes()).contains("推进农村供水保障");
        assertThat(items.loadBoard()).extracting(Item::title)
                .as("every sub-item is a card of its own, the parent too")
                .contains("推进农村供水保障", "城区管网改造", "青石镇水厂扩建");
    }

    @Test
    void childrenAreListedInTheOrderTheyWereSplitOffWithdrawnOnesIncluded() {
        Item parent = items.create(draft("任务", water));
        Item other = items.create(draft("别的任务", water));
        List<Item> split = trees.split(parent.id(), 1, List.of(draft("一", finance), draft("二", town)));
        trees.split(other.id(), 1, List.of(draft("别的子事项", town)));
        items.withdraw(split.get(0).id(), 1, "重复登记");

        assertThat(trees.children(parent.id())).extracting(Item::title).containsExactly("一", "二");
        assertThat(trees.children(parent.id()).get(0).withdrawn()).isTrue();
        assertThat(items.find(parent.id()).links().childCount()).as("withdrawn sub-items are off the board")
                .isEqualTo(1);
        assertThat(items.loadBoard()).filteredOn(item -> item.id() == parent.id()).singleElement()
                .as("the board's read of every card counts them as the read of one does")
                .extracting(item -> item.links().childCount()).isEqualTo(1);
        assertThat(trees.children(split.get(1).id())).isEmpty();
    }

    @Test
    void aSubItemAWithdrawnItemAndACrossedOffItemCannotBeSplit() {
        Item parent = items.create(draft("任务", water));
        Item child = trees.split(parent.id(), 1, List.of(draft("子", finance))).get(0);
        Item withdrawn = items.withdraw(items.create(draft("撤销的", water)).id(), 1, "重复登记");
        Item closed = crossOff(items.create(draft("办结的", water)), null);
        int events = eventCount();

        assertThatThrownBy(() -> trees.split(child.id(), child.version(), List.of(draft("孙", town))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("子事项不能再分解");
        assertThatThrownBy(() -> trees.split(withdrawn.id(), withdrawn.version(), List.of(draft("子", town))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("已撤销督办");
        assertThatThrownBy(() -> trees.split(closed.id(), closed.version(), List.of(draft("子", town))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("已办结销号");
        assertThatThrownBy(() -> trees.split(parent.id(), parent.version(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(items.loadAll()).hasSize(4);
    }

    @Test
    void aSplitWithOneBadSubItemWritesNothing() {
        Item parent = items.create(draft("任务", water));
        int events = eventCount();
        ItemDraft assistIsLead = new ItemDraft("坏的", "", Source.OTHER, Category.ROUTINE, town.id(),
                List.of(town.id()), "张三", null, TODAY, TODAY.plusDays(10));

        assertThatThrownBy(() -> trees.split(parent.id(), 1, List.of(draft("好的", finance), assistIsLead)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(items.loadAll()).extracting(Item::title).containsExactly("任务");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(items.find(parent.id()).links().childCount()).isZero();
    }

    @Test
    void aSplitOfAParentChangedSinceItWasReadIsRefused() {
        Item parent = items.create(draft("任务", water));
        items.move(parent.id(), 1, Status.IN_PROGRESS, parent.position(), null, null);

        assertThatThrownBy(() -> trees.split(parent.id(), 1, List.of(draft("子", finance))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(trees.children(parent.id())).isEmpty();
    }

    // ---- crossing off a parent ------------------------------------------------------------------

    @Test
    void aParentWithOpenSubItemsIsNotCrossedOffWithoutAReason() {
        Item parent = items.create(draft("任务", water));
        trees.split(parent.id(), 1, List.of(draft("一", finance), draft("二", town)));
        int events = eventCount();

        SubItemsOpenException refused = catchThrowableOfType(SubItemsOpenException.class,
                () -> crossOff(items.find(parent.id()), "  "));

        assertThat(refused).isNotNull();
        assertThat(refused.openSubItems()).isEqualTo(2);
        assertThat(refused.getMessage()).contains("2 项子事项未办结").contains("原因");
        assertThat(StoreFailures.isRefusal(refused)).as("shown to the user as it is").isTrue();
        assertThat(items.find(parent.id()).status()).isEqualTo(Status.ASSIGNED);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aParentCrossedOffWithAReasonKeepsItInTheMoveEventAndTheChainHolds() throws Exception {
        Item parent = items.create(draft("任务", water));
        List<Item> children = trees.split(parent.id(), 1, List.of(draft("一", finance), draft("二", town),
                draft("三", town)));
        crossOff(children.get(0), null);

        Item closed = crossOff(items.find(parent.id()), "  二、三两项转入明年计划，由青石镇另行报送  ");

        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        ItemEvent move = items.history(parent.id()).get(items.history(parent.id()).size() - 1);
        assertThat(move.kind()).isEqualTo(EventKind.MOVE);
        assertThat(move.note()).isEqualTo("子事项未全部办结（2 项）：二、三两项转入明年计划，由青石镇另行报送");
        assertThat(trees.children(parent.id())).extracting(Item::status)
                .as("the sub-items stay as they were").containsExactly(Status.CLOSED, Status.ASSIGNED, Status.ASSIGNED);
        HistoryVerifier.Report report = verify();
        assertThat(report.intact()).isTrue();
    }

    @Test
    void aReasonChangedBehindTheBoardsBackIsCaughtByVerify() throws Exception {
        Item parent = items.create(draft("任务", water));
        trees.split(parent.id(), 1, List.of(draft("一", finance)));
        crossOff(items.find(parent.id()), "转入明年计划");
        long moveId = ((Number) db.dsl().fetchValue("SELECT max(id) FROM item_event WHERE item_id = " + parent.id()))
                .longValue();

        TestDatabase.pastHistoryTriggers(db,
                "UPDATE item_event SET note = replace(note, '转入明年计划', '已全部完成') WHERE id = " + moveId);

        HistoryVerifier.Report report = verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.chain().firstBadEvent()).contains(moveId);
    }

    @Test
    void aParentWhoseSubItemsAreAllCrossedOffOrWithdrawnNeedsNoReasonAndRecordsNone() {
        Item parent = items.create(draft("任务", water));
        List<Item> children = trees.split(parent.id(), 1, List.of(draft("一", finance), draft("二", town)));
        crossOff(children.get(0), null);
        items.withdraw(children.get(1).id(), 1, "并入一项办理");

        Item closed = items.move(parent.id(), 1, Status.CLOSED, 1.0,
                new Closing(TODAY, "已全部完成", "（多余的原因）"), "会上确认");

        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(items.history(parent.id())).last().extracting(ItemEvent::note).isEqualTo("会上确认");
    }

    @Test
    void theMoveNoteAndTheReasonAreBothKept() {
        Item parent = items.create(draft("任务", water));
        trees.split(parent.id(), 1, List.of(draft("一", finance)));

        items.move(parent.id(), 1, Status.CLOSED, 1.0, new Closing(TODAY, "主体完成", "转下年"), "领导同意");

        assertThat(items.history(parent.id())).last().extracting(ItemEvent::note)
                .isEqualTo("子事项未全部办结（1 项）：转下年；领导同意");
    }

    // ---- withdrawing, restoring, moving -------------------------------------------------------

    @Test
    void aParentWithOpenSubItemsIsNotWithdrawnUntilTheyAreWithdrawnOrCrossedOff() {
        Item parent = items.create(draft("任务", water));
        List<Item> children = trees.split(parent.id(), 1, List.of(draft("一", finance), draft("二", town)));

        assertThatThrownBy(() -> items.withdraw(parent.id(), 1, "领导批示撤销"))
                .isInstanceOf(SubItemsOpenException.class).hasMessageContaining("2 项子事项未办结");
        assertThat(items.find(parent.id()).withdrawn()).isFalse();

        crossOff(children.get(0), null);
        items.withdraw(children.get(1).id(), 1, "领导批示撤销");
        assertThat(items.withdraw(parent.id(), 1, "领导批示撤销").withdrawn()).isTrue();
    }

    @Test
    void aSubItemOfAWithdrawnParentIsRestoredOnlyAfterItsParent() {
        Item parent = items.create(draft("任务", water));
        Item child = trees.split(parent.id(), 1, List.of(draft("一", finance))).get(0);
        Item childWithdrawn = items.withdraw(child.id(), 1, "撤销");
        Item parentWithdrawn = items.withdraw(parent.id(), 1, "撤销");

        assertThatThrownBy(() -> items.restore(child.id(), childWithdrawn.version(), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("上级事项“任务”已撤销督办");
        assertThat(items.find(child.id()).withdrawn()).isTrue();

        items.restore(parent.id(), parentWithdrawn.version(), null);
        assertThat(items.restore(child.id(), childWithdrawn.version(), null).withdrawn()).isFalse();
        assertThat(items.find(parent.id()).links().childCount()).isEqualTo(1);
    }

    @Test
    void subItemsMoveLikeAnyCardAndTheParentCountsThoseCrossedOff() {
        Item parent = items.create(draft("任务", water));
        List<Item> children = trees.split(parent.id(), 1, List.of(draft("一", finance), draft("二", town)));

        Item moving = items.move(children.get(1).id(), 1, Status.IN_PROGRESS, 5.0, null, null);
        assertThat(moving.status()).isEqualTo(Status.IN_PROGRESS);
        crossOff(moving, null);
        assertThat(items.find(parent.id()).links().closedChildCount()).isEqualTo(1);

        Item reopened = items.move(children.get(1).id(), 3, Status.IN_PROGRESS, 6.0, null, "退回补充材料");
        assertThat(reopened.closedOn()).isNull();
        assertThat(items.find(parent.id()).links().closedChildCount()).isZero();
        assertThat(items.find(parent.id()).status()).as("a sub-item's move leaves the parent where it is")
                .isEqualTo(Status.ASSIGNED);
    }

    @Test
    void editingASubItemChangesOnlyItAndKeepsItUnderItsParent() {
        Item parent = items.create(draft("任务", water));
        Item child = trees.split(parent.id(), 1, List.of(draft("一", finance))).get(0);

        Item edited = items.update(child.id(), 1, new ItemDraft("一（改）", "", Source.OTHER, Category.ROUTINE,
                town.id(), List.of(), "赵六", null, TODAY, TODAY.plusDays(5)));

        assertThat(edited.leadUnit()).isEqualTo(town);
        assertThat(edited.links().parentId()).isEqualTo(parent.id());
        assertThat(items.find(parent.id()).version()).isEqualTo(1);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Crosses {@code item} off today, with {@code openSubItemsReason}. */
    Item crossOff(Item item, String openSubItemsReason) {
        return items.move(item.id(), item.version(), Status.CLOSED, 100.0 + item.id(),
                new Closing(TODAY, "已办结", openSubItemsReason), null);
    }

    HistoryVerifier.Report verify() throws Exception {
        return where() == TestDatabase.FILE ? HistoryVerifier.verify(dir.resolve("tree.db"))
                : HistoryVerifier.verify(db, Optional.empty());
    }

    int eventCount() {
        return db.dsl().fetchCount(duban.store.generated.Tables.ITEM_EVENT);
    }

    static ItemDraft draft(String title, Unit lead) {
        return new ItemDraft(title, "", Source.OTHER, Category.ROUTINE, lead.id(), List.of(), "张三", null,
                TODAY.minusDays(2), TODAY.plusDays(20));
    }
}
