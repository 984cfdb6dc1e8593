package duban.workflow;

import static duban.workflow.WorkflowItems.deadlines;
import static duban.workflow.WorkflowItems.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import duban.domain.Category;
import duban.domain.DeadlineState;
import duban.domain.Item;
import duban.domain.ReminderLevel;
import duban.domain.ReportCadence;
import duban.domain.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 今日待催办 on a hand-made board as of Saturday 2026-11-21: which items, in which order, and why. */
class ReminderQueueTest {

    private static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    /** 重点 every 5 days (not the default 7), 常规 monthly by the 25th; 急件 left to its default (every 3 days). */
    static final Map<Category, ReportCadence> CADENCES =
            Map.of(Category.KEY, ReportCadence.everyDays(5), Category.ROUTINE, ReportCadence.monthlyBy(25));

    /** A board of 13 items as of 2026-11-21: ten to chase, three not (normal, closed, withdrawn). */
    static List<Item> board() {
        List<Item> items = new ArrayList<>(List.of(
                // Extended from 11-10 to 11-18 and still open: overdue 3 days by the working deadline.
                item(1, "K 延期后仍逾期").deadline(nov(10)).extendedTo(nov(18), null).build(),
                // 10 days overdue, and its last report (11-10) is 6 days past the 5-day cadence.
                item(2, "B 逾期十天").unit("县住房和城乡建设局").owner("王建国").category(Category.KEY).deadline(nov(11)).lastReportOn(nov(10)).build(),
                item(3, "A 逾期三天").deadline(nov(18)).build(),
                // Never reported since 10-01 under the 5-day cadence: due 10-06, 46 days behind.
                item(4, "C 重点未报进展").unit("县发展和改革局").owner("刘洋").category(Category.KEY).assignedOn(LocalDate.of(2026, 10, 1))
                        .deadline(LocalDate.of(2026, 12, 31)).build(),
                // 常规, assigned 09-20, no report by 10-25: 27 days behind; still in 交办.
                item(5, "L 常规未报进展").unit("城关镇人民政府").owner("陈芳").status(Status.ASSIGNED).assignedOn(LocalDate.of(2026, 9, 20))
                        .deadline(LocalDate.of(2026, 12, 31)).build(),
                // 急件 uses the default cadence (every 3 days): last report 11-16, due 11-19, 2 days behind; chased twice.
                item(6, "D 急件进展逾期").unit("县应急管理局").owner("李强").category(Category.URGENT).deadline(LocalDate.of(2026, 12, 20))
                        .lastReportOn(nov(16)).reminded(2, ReminderLevel.BLUE).build(),
                // Due today: 临期 with 0 days left; chased once already with a red notice.
                item(7, "F 今日到期").deadline(nov(21)).reminded(1, ReminderLevel.RED).build(),
                item(8, "G 两天后到期").deadline(nov(23)).build(),
                item(9, "E 两天后到期").deadline(nov(23)).build(),
                item(10, "H 正常").deadline(LocalDate.of(2026, 12, 31)).build(),
                item(11, "I 已办结").deadline(nov(10)).closedOn(nov(15)).build(),
                item(12, "J 已撤销").deadline(nov(10)).withdrawn().build(),
                // Due in 3 days (临期) and 4 days behind on reporting (last 11-12, due 11-17): in the reporting group.
                item(14, "N 临期且进展逾期").category(Category.KEY).deadline(nov(24)).lastReportOn(nov(12)).build()));
        Collections.shuffle(items, new java.util.Random(4));
        return items;
    }

    @Test
    void overdueFirstThenBehindOnReportingThenDueSoonEachByUrgency() {
        List<ReminderDue> due = new ReminderQueue(deadlines(), CADENCES).due(board());

        assertThat(due).extracting(row -> row.item().title(), ReminderDue::reasonText, ReminderDue::suggestedLevel)
                .containsExactly(
                        tuple("B 逾期十天", "逾期 10 天、进展逾期 6 天", ReminderLevel.RED),
                        tuple("K 延期后仍逾期", "逾期 3 天", ReminderLevel.RED),
                        tuple("A 逾期三天", "逾期 3 天", ReminderLevel.RED),
                        tuple("C 重点未报进展", "进展逾期 46 天", ReminderLevel.YELLOW),
                        tuple("L 常规未报进展", "进展逾期 27 天", ReminderLevel.YELLOW),
                        tuple("N 临期且进展逾期", "进展逾期 4 天、临期（还剩 3 天）", ReminderLevel.YELLOW),
                        tuple("D 急件进展逾期", "进展逾期 2 天", ReminderLevel.YELLOW),
                        tuple("F 今日到期", "临期（今日到期）", ReminderLevel.RED),
                        tuple("G 两天后到期", "临期（还剩 2 天）", ReminderLevel.BLUE),
                        tuple("E 两天后到期", "临期（还剩 2 天）", ReminderLevel.BLUE));
    }

    @Test
    void eachRowCarriesItsFiguresAndReasons() {
        List<ReminderDue> due = new ReminderQueue(deadlines(), CADENCES).due(board());
        ReminderDue first = due.get(0);
        assertThat(first.state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(first.daysOverdue()).isEqualTo(10);
        assertThat(first.daysLeft()).isEqualTo(-10);
        assertThat(first.daysBehindReporting()).isEqualTo(6);
        assertThat(first.reasons()).containsExactly("逾期 10 天", "进展逾期 6 天");

        ReminderDue chasedTwice = due.stream().filter(row -> row.item().id() == 6).findFirst().orElseThrow();
        assertThat(chasedTwice.reminderCount()).isEqualTo(2);
        assertThat(chasedTwice.isOverdue()).isFalse();
        assertThat(chasedTwice.daysOverdue()).isZero();

        ReminderDue dueToday = due.stream().filter(row -> row.item().id() == 7).findFirst().orElseThrow();
        assertThat(dueToday.daysLeft()).isZero();
        assertThat(dueToday.isDueSoon()).isTrue();
    }

    @Test
    void categoriesLeftOutOfTheSettingsUseTheOfficeDefaults() {
        ReminderQueue defaults = new ReminderQueue(deadlines());
        assertThat(defaults.cadenceFor(Category.KEY)).isEqualTo(ReportCadence.everyDays(7));
        assertThat(defaults.cadenceFor(Category.ROUTINE)).isEqualTo(ReportCadence.monthlyBy(25));
        assertThat(new ReminderQueue(deadlines(), CADENCES).cadenceFor(Category.URGENT))
                .isEqualTo(ReportCadence.everyDays(3));

        // Under the default weekly cadence the report of 11-10 was due 11-17: 4 days behind, not 6.
        Item key = item(2, "B").category(Category.KEY).deadline(nov(11)).lastReportOn(nov(10)).build();
        assertThat(defaults.daysBehindReporting(key)).isEqualTo(4);
    }

    @Test
    void theCadenceRunsFromTheLatestReportElseFromTheAssignment() {
        ReminderQueue queue = new ReminderQueue(deadlines(), CADENCES);
        Item neverReported = item(1, "未报").category(Category.KEY).assignedOn(nov(10))
                .deadline(LocalDate.of(2026, 12, 31)).build();
        Item reportedYesterday = item(2, "昨天报过").category(Category.KEY).assignedOn(nov(10)).lastReportOn(nov(20))
                .deadline(LocalDate.of(2026, 12, 31)).build();

        assertThat(ReminderQueue.reportingSince(neverReported)).isEqualTo(nov(10));
        assertThat(ReminderQueue.reportingSince(reportedYesterday)).isEqualTo(nov(20));
        assertThat(queue.daysBehindReporting(neverReported)).isEqualTo(6); // due 11-15
        assertThat(queue.isBehindReporting(reportedYesterday)).isFalse();
        assertThat(queue.due(List.of(neverReported, reportedYesterday))).extracting(row -> row.item().id())
                .containsExactly(1L);
    }

    @Test
    void closedAndWithdrawnItemsAreNeverDueNorBehind() {
        ReminderQueue queue = new ReminderQueue(deadlines(), CADENCES);
        Item closed = item(1, "已办结").assignedOn(LocalDate.of(2026, 1, 5)).deadline(nov(10)).closedOn(nov(15)).build();
        Item withdrawn = item(2, "已撤销").assignedOn(LocalDate.of(2026, 1, 5)).deadline(nov(10)).withdrawn().build();
        assertThat(queue.daysBehindReporting(closed)).isZero();
        assertThat(queue.daysBehindReporting(withdrawn)).isZero();
        assertThat(queue.due(List.of(closed, withdrawn))).isEmpty();
    }

    @Test
    void aNormalItemIsAssessedButNotListed() {
        ReminderQueue queue = new ReminderQueue(deadlines(), CADENCES);
        Item normal = item(10, "H 正常").deadline(LocalDate.of(2026, 12, 31)).build();
        ReminderDue assessed = queue.assess(normal);
        assertThat(assessed.isDue()).isFalse();
        assertThat(assessed.reasons()).isEmpty();
        assertThat(assessed.suggestedLevel()).isEqualTo(ReminderLevel.BLUE);
        assertThat(queue.due(List.of(normal))).isEmpty();
    }

    @Test
    void theQueueAndItsRowsAreFreeOfJavaFx() throws IOException {
        for (String file : List.of("ReminderQueue.java", "ReminderDue.java", "ReportInput.java", "ReminderInput.java",
                "ExtensionInput.java")) {
            String source = Files.readString(Path.of("src/main/java/duban/workflow", file), StandardCharsets.UTF_8);
            assertThat(source).as(file).doesNotContain("import javafx.");
        }
    }
}
