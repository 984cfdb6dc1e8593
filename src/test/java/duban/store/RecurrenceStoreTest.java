package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Category;
import duban.domain.Closing;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ItemLinks;
import duban.domain.ItemEvent;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.UnitKind;
import duban.domain.recurrence.RecurrenceRule;
import duban.domain.recurrence.RecurrenceSeries;
import duban.testing.MovableClock;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 定期督办 on a real file (here) and on the embedded PostgreSQL ({@link RecurrenceStoreOnServerTest}):
 * making an item recur, the next occurrence on closing and at its period's start, once, and ending
 * the series.
 */
class RecurrenceStoreTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path folder;

    final MovableClock clock = new MovableClock(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    Database database;
    ItemStore items;
    RecurrenceStore recurrence;
    long unitId;

    @BeforeEach
    void open() throws Exception {
        database = where().open(folder, "recurrence");
        Stores stores = Stores.over(database, clock);
        items = stores.items();
        recurrence = stores.recurrence();
        unitId = new UnitStore(database.dsl()).add("县统计局", UnitKind.COUNTY_DEPARTMENT).id();
    }

    @AfterEach
    void close() {
        TestDatabase.discard(database);
    }

    TestDatabase where() {
        return TestDatabase.FILE;
    }

    Item monthlyReport(String title) {
        Item item = items.create(new ItemDraft(title, "报送当月经济运行情况", Source.EXECUTIVE_MEETING, Category.ROUTINE,
                unitId, List.of(), "李娜", "王副县长", TODAY, LocalDate.of(2026, 3, 25)));
        return recurrence.makeRecurring(item.id(), item.version(), RecurrenceRule.monthlyOn(25));
    }

    Item close(Item item) {
        Item current = items.find(item.id());
        return items.move(current.id(), current.version(), Status.CLOSED, 1, new Closing(LocalDate.now(clock), "已报送"),
                null);
    }

    void moveTo(LocalDate day) {
        clock.advance(Duration.between(LocalDate.now(clock).atStartOfDay(), day.atStartOfDay()));
    }

    List<Item> occurrences(Item item) {
        return recurrence.occurrences(items.find(item.id()).links().seriesId());
    }

    @Test
    void anItemMadeRecurringIsTheFirstOccurrenceOfItsMonth() {
        Item item = items.create(new ItemDraft("全县经济运行月报", "", Source.EXECUTIVE_MEETING, Category.ROUTINE, unitId,
                List.of(), "李娜", null, TODAY, LocalDate.of(2026, 3, 25)));

        Item recurring = recurrence.makeRecurring(item.id(), item.version(), RecurrenceRule.monthlyOn(25));

        assertThat(recurring.links().isRecurring()).isTrue();
        assertThat(recurring.links().recurrenceRule()).isEqualTo("MONTHLY_DAY:25");
        assertThat(recurring.version()).isEqualTo(item.version() + 1);
        assertThat(recurring.deadline()).isEqualTo(item.deadline());
        RecurrenceSeries series = recurrence.series(recurring.links().seriesId()).orElseThrow();
        assertThat(series.startedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(series.ended()).isFalse();
        ItemEvent made = items.history(item.id()).get(1);
        assertThat(made.kind()).isEqualTo(EventKind.RECUR);
        assertThat(made.note()).isEqualTo("设为定期督办：每月25日（2026年3月）");
        // Once only.
        assertThatThrownBy(() -> recurrence.makeRecurring(item.id(), recurring.version(), RecurrenceRule.monthlyOn(5)))
                .hasMessage("该事项已是定期督办事项。");
    }

    @Test
    void crossingOffCreatesTheNextMonthsOccurrenceOnceWithItsDeadline() {
        Item march = monthlyReport("全县经济运行月报");

        close(march);

        List<Item> series = occurrences(march);
        assertThat(series).hasSize(2);
        Item april = series.get(1);
        assertThat(april.title()).isEqualTo("全县经济运行月报");
        assertThat(april.details()).isEqualTo("报送当月经济运行情况");
        assertThat(april.owner()).isEqualTo("李娜");
        assertThat(april.leader()).isEqualTo("王副县长");
        assertThat(april.leadUnit().id()).isEqualTo(unitId);
        assertThat(april.status()).isEqualTo(Status.ASSIGNED);
        // The period starts later than today: 交办 on 04-01; 04-25 is a Saturday, so Monday 04-27.
        assertThat(april.assignedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(april.deadline()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(items.history(april.id())).extracting(ItemEvent::kind)
                .containsExactly(EventKind.CREATE, EventKind.RECUR);
        assertThat(items.history(april.id()).get(1).note()).isEqualTo("第 2 期：2026年4月，每月25日");

        // Reopened and crossed off again: April exists, nothing more.
        Item reopened = items.find(march.id());
        items.move(reopened.id(), reopened.version(), Status.IN_PROGRESS, 1, null, "补充材料");
        close(march);
        assertThat(occurrences(march)).hasSize(2);

        close(april);
        assertThat(occurrences(march)).extracting(Item::deadline).last().isEqualTo(LocalDate.of(2026, 5, 25));
    }

    @Test
    void theOccurrenceAppearsWhenItsPeriodStartsOnceAndOnlyTheCurrentAfterAGap() {
        Item march = monthlyReport("全县经济运行月报");

        assertThat(recurrence.createDueOccurrences(LocalDate.of(2026, 3, 31))).isEmpty();
        moveTo(LocalDate.of(2026, 4, 1));
        List<Item> created = recurrence.createDueOccurrences(LocalDate.of(2026, 4, 1));
        assertThat(created).extracting(Item::assignedOn, Item::deadline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 27)));
        assertThat(recurrence.createDueOccurrences(LocalDate.of(2026, 4, 1))).isEmpty();
        assertThat(occurrences(march)).hasSize(2);

        // Closing the older March occurrence now creates nothing: April is the latest.
        close(march);
        assertThat(occurrences(march)).hasSize(2);

        // Away until July 15: only July's occurrence, 交办 today; May and June get none.
        moveTo(LocalDate.of(2026, 7, 15));
        assertThat(recurrence.createDueOccurrences(LocalDate.of(2026, 7, 15)))
                .extracting(Item::assignedOn, Item::deadline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 27)));
        assertThat(occurrences(march)).hasSize(3);
    }

    @Test
    void anOccurrenceCaughtUpOnAfterItsDeadlineIsAssignedOnItsPeriodStart() {
        Item march = monthlyReport("全县经济运行月报");
        moveTo(LocalDate.of(2026, 4, 29));

        close(march);

        Item april = occurrences(march).get(1);
        assertThat(april.assignedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(april.deadline()).isEqualTo(LocalDate.of(2026, 4, 27));
    }

    @Test
    void theBoardAndTheLedgerReadEachItemsSeriesAsAReadOfThatItemAloneDoes() {
        Item ended = monthlyReport("全县经济运行月报");
        Item plain = items.create(new ItemDraft("统计执法检查", "", Source.LEADER_INSTRUCTION, Category.KEY, unitId,
                List.of(), "赵敏", null, TODAY, LocalDate.of(2026, 3, 31)));
        Item made = items.create(new ItemDraft("规上企业月度调度", "", Source.EXECUTIVE_MEETING, Category.ROUTINE, unitId,
                List.of(), "李娜", null, TODAY, LocalDate.of(2026, 3, 20)));
        Item running = recurrence.makeRecurring(made.id(), made.version(), RecurrenceRule.monthlyOn(20));
        recurrence.endSeries(items.find(ended.id()).links().seriesId(), "该项工作已纳入年度考核，不再按月督办");

        for (List<Item> read : List.of(items.loadBoard(), items.loadAll())) {
            Map<Long, Item> byId = read.stream().collect(Collectors.toMap(Item::id, Function.identity()));
            assertThat(byId.get(ended.id()).links().recurrenceRule()).isEqualTo("MONTHLY_DAY:25");
            assertThat(byId.get(ended.id()).links().seriesEnded()).isTrue();
            assertThat(byId.get(running.id()).links().recurrenceRule()).isEqualTo("MONTHLY_DAY:20");
            assertThat(byId.get(running.id()).links().seriesEnded()).isFalse();
            assertThat(byId.get(plain.id()).links()).isEqualTo(ItemLinks.NONE);
            for (Item item : List.of(ended, plain, running)) {
                assertThat(byId.get(item.id()).links()).isEqualTo(items.find(item.id()).links());
            }
        }
    }

    @Test
    void anEndedSeriesCreatesNothingMoreAndSaysWhyOnItsLatestOccurrence() {
        Item march = monthlyReport("全县经济运行月报");
        long seriesId = items.find(march.id()).links().seriesId();

        assertThatThrownBy(() -> recurrence.endSeries(seriesId, " ")).hasMessage("请填写结束定期督办的原因。");
        RecurrenceSeries ended = recurrence.endSeries(seriesId, "该项工作已纳入年度考核，不再按月督办");

        assertThat(ended.ended()).isTrue();
        assertThat(ended.endedOn()).isEqualTo(TODAY);
        assertThat(ended.endReason()).isEqualTo("该项工作已纳入年度考核，不再按月督办");
        assertThat(items.find(march.id()).links().seriesEnded()).isTrue();
        assertThat(items.history(march.id())).last().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(EventKind.END_SERIES);
            assertThat(event.note()).isEqualTo("该项工作已纳入年度考核，不再按月督办");
        });
        close(march);
        moveTo(LocalDate.of(2026, 5, 6));
        assertThat(recurrence.createDueOccurrences(LocalDate.of(2026, 5, 6))).isEmpty();
        assertThat(occurrences(march)).hasSize(1);
        assertThatThrownBy(() -> recurrence.endSeries(seriesId, "再次结束")).hasMessage("该定期督办已于 2026-03-10 结束。");
    }

    @Test
    void aCrossedOffItemCannotBeMadeRecurring() {
        Item item = items.create(new ItemDraft("临时事项", "", Source.OTHER, Category.ROUTINE, unitId, List.of(), "李娜",
                null, TODAY, TODAY.plusDays(5)));
        Item closed = close(item);

        assertThatThrownBy(() -> recurrence.makeRecurring(closed.id(), closed.version(), RecurrenceRule.monthlyOn(1)))
                .hasMessage("已办结的事项不能设为定期督办，请在下一期事项上设置。");
        assertThat(items.find(item.id()).links().isRecurring()).isFalse();
    }

    @Test
    void theHistoryStillVerifies() throws Exception {
        Item march = monthlyReport("全县经济运行月报");
        close(march);
        moveTo(LocalDate.of(2026, 5, 4));
        recurrence.createDueOccurrences(LocalDate.of(2026, 5, 4));
        recurrence.endSeries(items.find(march.id()).links().seriesId(), "停止");

        HistoryVerifier.Report report = database.onServer() ? HistoryVerifier.verify(database, Optional.empty())
                : HistoryVerifier.verify(database.file());
        assertThat(report.intact()).isTrue();
    }
}
