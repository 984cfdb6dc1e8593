package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.recurrence.RecurrenceRule;
import duban.testing.TestClock;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read of many items on a file takes its rows from the driver's result set, not from jOOQ's
 * records (see {@code ItemQueries.fetchItemRows}); the read of one item goes through jOOQ. Both
 * must give the same items, every field of every kind of item alike.
 */
class ItemQueriesTest {

    @TempDir
    Path folder;

    Database database;
    Stores stores;
    ItemStore items;

    @BeforeEach
    void demoOffice() throws Exception {
        database = TestDatabase.FILE.open(folder, "queries");
        stores = Stores.over(database, TestClock.startingToday());
        stores.demoData().seedIfEmpty();
        items = stores.items();
    }

    @AfterEach
    void close() {
        TestDatabase.discard(database);
    }

    @Test
    void everyItemOfTheBoardsAndTheLedgersReadIsTheItemThatReadingItAloneGives() {
        long unit = stores.units().all().get(0).id();
        Item bare = items.create(new ItemDraft("📌 “放管服”改革 —— 𠀋字与 emoji 各占四个字节", "", Source.OTHER,
                Category.ROUTINE, unit, List.of(), "欧阳明", null, TestClock.TODAY, TestClock.TODAY.plusDays(20)));
        Item parent = items.create(new ItemDraft("推进农村供水保障", "分两个单位办理", Source.WORK_REPORT, Category.KEY,
                unit, List.of(), "李娜", "王副县长", TestClock.TODAY, TestClock.TODAY.plusDays(40)));
        stores.trees().split(parent.id(), parent.version(), List.of(
                new ItemDraft("城区管网改造", "", Source.WORK_REPORT, Category.KEY, unit, List.of(), "赵敏", null,
                        TestClock.TODAY, TestClock.TODAY.plusDays(30))));
        Item monthly = items.create(new ItemDraft("全县经济运行月报", "", Source.EXECUTIVE_MEETING, Category.ROUTINE,
                unit, List.of(), "李娜", null, TestClock.TODAY, TestClock.TODAY.plusDays(7)));
        stores.recurrence().makeRecurring(monthly.id(), monthly.version(), RecurrenceRule.monthlyOn(25));
        Item withdrawn = items.withdraw(bare.id(), bare.version(), "重复登记，并入另一事项");

        List<Item> board = items.loadBoard();
        List<Item> ledger = items.loadAll();

        assertThat(ledger).as("every kind of item is in the read")
                .anyMatch(item -> item.details().isEmpty() && item.leader() == null && item.withdrawn())
                .anyMatch(item -> item.status() == Status.CLOSED && item.closedOn() != null
                        && item.closingNote() != null)
                .anyMatch(item -> !item.assistUnits().isEmpty())
                .anyMatch(item -> item.links().isChild())
                .anyMatch(item -> item.links().isParent())
                .anyMatch(item -> item.links().isRecurring())
                .anyMatch(item -> item.activity().reportCount() > 0)
                .anyMatch(item -> item.activity().reminderCount() > 0)
                .anyMatch(item -> item.workingDeadline() != null)
                .anyMatch(item -> item.returnCount() > 0);
        assertThat(ledger).contains(withdrawn);
        assertThat(board).doesNotContain(withdrawn).hasSize(ledger.size() - 1);
        for (Item item : ledger) {
            assertThat(item).as("item %d", item.id()).isEqualTo(items.find(item.id()));
        }
        for (Item item : board) {
            assertThat(item).as("item %d", item.id()).isEqualTo(items.find(item.id()));
        }
    }
}
