package duban.domain.calendar;

import duban.domain.calendar.WorkingDays;

import duban.domain.calendar.OutsideCalendarException;

import duban.domain.calendar.HolidayCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working-day deadlines across the 2026 Spring Festival and National Day. Every expected date is
 * counted by hand from the State Council's 2026 notice; the reasoning is beside each case.
 *
 * <p>Spring Festival 2026: 休 2-15 (Sun) .. 2-23 (Mon); 班 2-14 (Sat) and 2-28 (Sat).
 * Mid-Autumn: 休 9-25 (Fri) .. 9-27 (Sun). National Day: 休 10-01 (Thu) .. 10-07 (Wed);
 * 班 9-20 (Sun) and 10-10 (Sat).
 */
class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(HolidayCalendar.fromResource());

    @ParameterizedTest(name = "{0} + {1} 个工作日 = {2}")
    @CsvSource({
            // Fri 2-13 is the last weekday before the holiday. Day 1 is Sat 2-14 (班, counted),
            // 2-15..2-23 are off, day 2 is Tue 2-24, day 3 Wed 2-25.
            "2026-02-13, 1, 2026-02-14",
            "2026-02-13, 2, 2026-02-24",
            "2026-02-13, 3, 2026-02-25",
            // Sat 2-14 (班) is the last working day before it: 2-24, 2-25, 2-26.
            "2026-02-14, 3, 2026-02-26",
            // Assigned on a holiday (Wed 2-18): the first working day after it is Tue 2-24.
            "2026-02-18, 1, 2026-02-24",
            // Tue 2-24: 2-25 (1), 2-26 (2), 2-27 (3), Sat 2-28 班 (4); Sun 3-01 off, Mon 3-02 (5).
            "2026-02-24, 4, 2026-02-28",
            "2026-02-24, 5, 2026-03-02",
            // 15 working days from Tue 2-10: 2-11, 2-12, 2-13, 2-14 (班) = 4; 2-24..2-27 = 8;
            // 2-28 (班) = 9; 3-02..3-06 = 14; Mon 3-09 = 15.
            "2026-02-10, 15, 2026-03-09"})
    void countsAcrossTheSpringFestival(LocalDate assigned, int n, LocalDate expected) {
        assertThat(workingDays.addWorkingDays(assigned, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} 个工作日 = {2}")
    @CsvSource({
            // Fri 9-18: Sat 9-19 is off, Sun 9-20 is 班: day 1.
            "2026-09-18, 1, 2026-09-20",
            // Thu 9-24: Fri 9-25..Sun 9-27 中秋 off, day 1 is Mon 9-28.
            "2026-09-24, 1, 2026-09-28",
            // Wed 9-30: 10-01..10-07 off, Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 班 (3),
            // Sun 10-11 off, Mon 10-12 (4).
            "2026-09-30, 1, 2026-10-08",
            "2026-09-30, 3, 2026-10-10",
            "2026-09-30, 4, 2026-10-12",
            // 30 working days from Tue 9-15 (常务会议决定): 9-16, 9-17, 9-18 = 3; Sun 9-20 班 = 4;
            // 9-21..9-24 = 8; 9-25..9-27 中秋 off; 9-28, 9-29, 9-30 = 11; 10-01..10-07 off;
            // 10-08, 10-09 = 13; Sat 10-10 班 = 14; 10-12..10-16 = 19; 10-19..10-23 = 24;
            // 10-26..10-30 = 29; Sat 10-31, Sun 11-01 off; Mon 11-02 = 30.
            "2026-09-15, 30, 2026-11-02"})
    void countsAcrossNationalDayAndItsMakeUpDays(LocalDate assigned, int n, LocalDate expected) {
        assertThat(workingDays.addWorkingDays(assigned, n)).isEqualTo(expected);
    }

    @Test
    void zeroWorkingDaysIsTheAssignmentDayItselfEvenOnARestDay() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 3, 10), 0)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 2, 16), 0)).isEqualTo(LocalDate.of(2026, 2, 16));
    }

    @Test
    void oneWorkingDayIsTheNextWorkingDayNotTheAssignmentDay() {
        // Tue 3-10 is itself a working day; day 1 is Wed 3-11.
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 3, 10), 1)).isEqualTo(LocalDate.of(2026, 3, 11));
        // Fri 3-13: the weekend does not count, Mon 3-16.
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 3, 13), 1)).isEqualTo(LocalDate.of(2026, 3, 16));
        // Sat 3-14, assigned on a weekend: Mon 3-16.
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 3, 14), 1)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void countingIntoAYearTheCalendarLacksNamesThatYear() {
        // Fri 2027-12-24: 12-27..12-31 are days 1..5, the sixth would be in 2028.
        assertThat(workingDays.addWorkingDays(LocalDate.of(2027, 12, 24), 5)).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThatThrownBy(() -> workingDays.addWorkingDays(LocalDate.of(2027, 12, 24), 6))
                .isInstanceOf(OutsideCalendarException.class)
                .hasMessage("节假日日历只包含 2026、2027 年，无法计算 2028 年的工作日。请在 设置 中更新节假日日历。");
    }

    @Test
    void calendarDaysAreCountedPlainlyAndARestDayIsKept() {
        // 3-01 + 60 days: 30 left in March → 3-31, 30 more → 4-30.
        assertThat(WorkingDays.addCalendarDays(LocalDate.of(2026, 3, 1), 60)).isEqualTo(LocalDate.of(2026, 4, 30));
        // 8-08 + 60: 8-08 → 9-08 is 31 days, 9-08 → 10-07 is 29 more: Wed 10-07, a National Day holiday, kept.
        assertThat(WorkingDays.addCalendarDays(LocalDate.of(2026, 8, 8), 60)).isEqualTo(LocalDate.of(2026, 10, 7));
        // No holiday calendar is needed, so any year works.
        assertThat(WorkingDays.addCalendarDays(LocalDate.of(2030, 12, 20), 15)).isEqualTo(LocalDate.of(2031, 1, 4));
    }

    @ParameterizedTest(name = "{0} + {1} 个月 = {2}")
    @CsvSource({
            "2026-03-15, 3, 2026-06-15",
            "2026-01-31, 1, 2026-02-28",   // February 2026 has 28 days
            "2028-01-31, 1, 2028-02-29",   // 2028 is a leap year
            "2026-01-31, 3, 2026-04-30",   // April has 30 days
            "2027-11-30, 3, 2028-02-29",
            "2026-08-31, 1, 2026-09-30"})
    void monthsKeepTheDayOfMonthAndClampToTheMonthsEnd(LocalDate start, int n, LocalDate expected) {
        assertThat(WorkingDays.addMonths(start, n)).isEqualTo(expected);
    }

    @Test
    void aNegativeCountIsAProgrammingError() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        assertThatThrownBy(() -> workingDays.addWorkingDays(day, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.addCalendarDays(day, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.addMonths(day, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
