package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemEvent;
import duban.domain.ProgressReport;
import duban.domain.Status;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's history is believable whatever the day it is made on: every event dated when it
 * happened (in order, after the item's 交办日期, never in the future), the seasonal items in their
 * season, something new and something closed this week, and a file that verifies.
 */
class DemoHistoryTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    /** Today, a Saturday in November; a Wednesday in the Spring Festival's January; a Monday in June. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-21", "2027-01-20", "2026-06-01"})
    void theHistoryIsDatedWhenItHappenedAndTheFileVerifies(String day) throws Exception {
        LocalDate today = LocalDate.parse(day);
        Clock clock = Clock.fixed(today.atTime(LocalTime.of(9, 30)).atZone(SHANGHAI).toInstant(), SHANGHAI);
        try (Database db = TestDatabase.FILE.open(dir, "demo")) {
            new DemoData(db.dsl(), clock).seedIfEmpty();
            ItemStore store = new ItemStore(db.dsl(), clock);
            WorkflowStore workflow = new WorkflowStore(db.dsl(), clock);
            List<Item> items = store.loadAll();
            int olderThanAMonth = 0;
            for (Item item : items) {
                List<ItemEvent> history = store.history(item.id());
                List<java.time.Instant> stamps = history.stream().map(event -> event.at().toInstant()).toList();
                assertThat(stamps).as("history of %s", item.title()).isSorted()
                        .allSatisfy(at -> assertThat(at).isBeforeOrEqualTo(clock.instant()));
                assertThat(dayOf(history.get(0))).as("registered on 交办日期: %s", item.title())
                        .isEqualTo(item.assignedOn());
                if (dayOf(history.get(0)).isBefore(today.minusDays(30))) {
                    olderThanAMonth++;
                }
                if (item.status() == Status.CLOSED) {
                    ItemEvent closing = history.stream().filter(event -> event.toStatus() == Status.CLOSED
                            && event.kind() == EventKind.MOVE).reduce((a, b) -> b).orElseThrow();
                    assertThat(dayOf(closing)).as("crossed off on 办结日期: %s", item.title()).isEqualTo(item.closedOn());
                }
                List<ItemEvent> reports = history.stream().filter(event -> event.kind() == EventKind.REPORT).toList();
                List<ProgressReport> stored = workflow.reports(item.id());
                assertThat(reports.stream().map(DemoHistoryTest::dayOf).toList()).as("reports of %s", item.title())
                        .containsExactlyInAnyOrderElementsOf(stored.stream().map(ProgressReport::reportedOn).toList());
            }
            assertThat(olderThanAMonth).isGreaterThanOrEqualTo(20);

            Item winter = items.stream().filter(item -> item.title().equals("春节前根治欠薪专项行动")).findFirst()
                    .orElseThrow();
            assertThat(winter.assignedOn().getMonth()).isIn(Set.of(Month.NOVEMBER, Month.DECEMBER, Month.JANUARY,
                    Month.FEBRUARY));
            assertThat(winter.closedOn()).isBefore(today);
            Item harvest = items.stream().filter(item -> item.title().startsWith("夏收期间")).findFirst().orElseThrow();
            assertThat(harvest.assignedOn().getMonth()).isIn(Month.MAY, Month.JUNE);

            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            assertThat(items).as("new this week").anyMatch(item -> !item.assignedOn().isBefore(monday));
            assertThat(items).as("closed this week").anyMatch(item -> item.closedOn() != null
                    && !item.closedOn().isBefore(monday));
        }
        assertThat(HistoryVerifier.verify(dir.resolve("demo.db")).intact()).isTrue();
    }

    private static LocalDate dayOf(ItemEvent event) {
        return event.at().atZoneSameInstant(SHANGHAI).toLocalDate();
    }
}
