package duban.domain.calendar;

import duban.domain.calendar.OutsideCalendarException;

import duban.domain.calendar.HolidayCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped calendar: its years, its provisional year, and every day of 2026 against the notice. */
class HolidayCalendarTest {

    private final HolidayCalendar calendar = HolidayCalendar.fromResource();

    @Test
    void theShippedFileCovers2026And2027With2027Provisional() {
        assertThat(calendar.coveredYears()).containsExactly(2026, 2027);
        assertThat(calendar.isProvisional(2026)).isFalse();
        assertThat(calendar.isProvisional(2027)).isTrue();
        assertThat(calendar.provisionalYears()).containsExactly(2027);
    }

    @Test
    void coversOnlyItsYears() {
        assertThat(calendar.covers(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(calendar.covers(LocalDate.of(2028, 1, 1))).isFalse();
    }

    @ParameterizedTest(name = "{0} ({1}) working: {2}")
    @CsvSource({
            // ordinary weekdays and weekends
            "2026-03-10, 周二 平常工作日, true",
            "2026-03-13, 周五 平常工作日, true",
            "2026-03-14, 周六 平常周末, false",
            "2026-03-15, 周日 平常周末, false",
            // public holidays on weekdays
            "2026-01-02, 周五 元旦, false",
            "2026-02-16, 周一 春节, false",
            "2026-02-23, 周一 春节最后一天, false",
            "2026-04-06, 周一 清明节, false",
            "2026-05-05, 周二 劳动节, false",
            "2026-06-19, 周五 端午节, false",
            "2026-09-25, 周五 中秋节, false",
            "2026-10-05, 周一 国庆节, false",
            "2026-10-07, 周三 国庆节最后一天, false",
            // make-up working days on weekends (调休上班)
            "2026-01-04, 周日 元旦调休, true",
            "2026-02-14, 周六 春节调休, true",
            "2026-02-28, 周六 春节调休, true",
            "2026-05-09, 周六 劳动节调休, true",
            "2026-09-20, 周日 国庆节调休, true",
            "2026-10-10, 周六 国庆节调休, true",
            // the day after a holiday is back to the weekday rule
            "2026-02-24, 周二 春节后上班, true",
            "2026-10-08, 周四 国庆节后上班, true",
            // 2027, provisional: the statutory days themselves only
            "2027-01-01, 周五 元旦, false",
            "2027-02-05, 周五 除夕, false",
            "2027-02-08, 周一 正月初三, false",
            "2027-02-09, 周二 (调休未定), true",
            "2027-04-05, 周一 清明节, false",
            "2027-06-09, 周三 端午节, false",
            "2027-09-15, 周三 中秋节, false",
            "2027-10-01, 周五 国庆节, false"})
    void knowsWorkingDaysRestDaysAndMakeUpDays(LocalDate date, String what, boolean working) {
        assertThat(calendar.isWorkingDay(date)).as(what).isEqualTo(working);
    }

    /**
     * Every day of 2026 against the State Council's notice (国务院办公厅关于2026年部分节假日安排的通知,
     * 2025-11-04), transcribed here by hand, not read from the file under test.
     */
    @Test
    void everyDayOf2026FollowsTheNotice() {
        Set<LocalDate> holidays = new HashSet<>();
        holidays.addAll(days("2026-01-01", "2026-01-03"));   // 一、元旦 1月1日至3日
        holidays.addAll(days("2026-02-15", "2026-02-23"));   // 二、春节 2月15日至23日
        holidays.addAll(days("2026-04-04", "2026-04-06"));   // 三、清明节 4月4日至6日
        holidays.addAll(days("2026-05-01", "2026-05-05"));   // 四、劳动节 5月1日至5日
        holidays.addAll(days("2026-06-19", "2026-06-21"));   // 五、端午节 6月19日至21日
        holidays.addAll(days("2026-09-25", "2026-09-27"));   // 六、中秋节 9月25日至27日
        holidays.addAll(days("2026-10-01", "2026-10-07"));   // 七、国庆节 10月1日至7日
        Set<LocalDate> makeUpDays = Set.of(LocalDate.parse("2026-01-04"), LocalDate.parse("2026-02-14"),
                LocalDate.parse("2026-02-28"), LocalDate.parse("2026-05-09"), LocalDate.parse("2026-09-20"),
                LocalDate.parse("2026-10-10"));

        List<String> wrong = new ArrayList<>();
        int workingDays = 0;
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean expected = makeUpDays.contains(day) || (!weekend && !holidays.contains(day));
            if (calendar.isWorkingDay(day) != expected) {
                wrong.add(day + " " + day.getDayOfWeek());
            }
            if (calendar.isWorkingDay(day)) {
                workingDays++;
            }
        }
        assertThat(wrong).isEmpty();
        // 2026 starts on a Thursday: 52 whole weeks and Thursday 12-31, so 52 × 5 + 1 = 261 weekdays.
        // Holidays on weekdays: 元旦 1/1–1/2 (2), 春节 2/16–2/20 and 2/23 (6), 清明 4/6 (1), 劳动节 5/1,
        // 5/4, 5/5 (3), 端午 6/19 (1), 中秋 9/25 (1), 国庆 10/1, 10/2, 10/5–10/7 (5): 19. Make-up days: 6.
        assertThat(workingDays).isEqualTo(261 - 19 + 6);
    }

    @Test
    void aDateOutsideTheCoveredYearsIsRefusedWithAChineseMessageNamingTheYear() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2028, 1, 3)))
                .isInstanceOf(OutsideCalendarException.class)
                .hasMessage("节假日日历只包含 2026、2027 年，无法计算 2028 年的工作日。请在 设置 中更新节假日日历。")
                .satisfies(e -> {
                    OutsideCalendarException outside = (OutsideCalendarException) e;
                    assertThat(outside.missingYear()).isEqualTo(2028);
                    assertThat(outside.coveredYears()).containsExactly(2026, 2027);
                });
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2025, 12, 31)))
                .isInstanceOf(OutsideCalendarException.class)
                .hasMessageContaining("无法计算 2025 年的工作日");
    }

    @Test
    void warnsWhenADeadlineCrossesTheProvisionalYear() {
        assertThat(calendar.provisionalNotice(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1))).isEmpty();
        assertThat(calendar.provisionalNotice(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 15)))
                .hasValueSatisfying(notice -> assertThat(notice).startsWith("2027 年的节假日安排是暂定的"));
        assertThat(calendar.provisionalNotice(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 20))).isPresent();
    }

    private static List<LocalDate> days(String first, String last) {
        return LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1)).toList();
    }
}
