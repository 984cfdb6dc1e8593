package duban.domain.calendar;

import duban.domain.calendar.OutsideCalendarException;

import duban.domain.calendar.HolidayCalendar;

import duban.domain.calendar.DeadlineUnit;

import duban.domain.calendar.DeadlineRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 办理时限 rules: what an officer may type, how each reads in Chinese, and the date each gives. */
class DeadlineRuleTest {

    private static final HolidayCalendar CALENDAR = HolidayCalendar.fromResource();

    @ParameterizedTest(name = "“{0}” → {1} {2}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            15个工作日|15|WORKING_DAYS
            15 个工作日|15|WORKING_DAYS
            15工作日|15|WORKING_DAYS
            15 工作日|15|WORKING_DAYS
              15个工作日  |15|WORKING_DAYS
            15个工作日内|15|WORKING_DAYS
            15个工作日以内|15|WORKING_DAYS
            １５个工作日|15|WORKING_DAYS
            １５　个工作日|15|WORKING_DAYS
            十五个工作日|15|WORKING_DAYS
            三十个工作日|30|WORKING_DAYS
            60天|60|CALENDAR_DAYS
            60 天|60|CALENDAR_DAYS
            60日|60|CALENDAR_DAYS
            60天内|60|CALENDAR_DAYS
            60个自然日|60|CALENDAR_DAYS
            60自然日|60|CALENDAR_DAYS
            六十天|60|CALENDAR_DAYS
            五天|5|CALENDAR_DAYS
            两天|2|CALENDAR_DAYS
            3个月|3|MONTHS
            3 个月|3|MONTHS
            ３个月|3|MONTHS
            三个月|3|MONTHS
            两个月|2|MONTHS
            十二个月|12|MONTHS
            二十一天|21|CALENDAR_DAYS
            九十九天|99|CALENDAR_DAYS
            999天|999|CALENDAR_DAYS
            年底|0|END_OF_YEAR
            年底前|0|END_OF_YEAR
             当年年底 |0|END_OF_YEAR
            """)
    void acceptsWhatAnOfficerTypes(String typed, int amount, DeadlineUnit unit) {
        assertThat(DeadlineRule.parse(typed)).contains(new DeadlineRule(amount, unit));
    }

    @ParameterizedTest(name = "“{0}” is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "15", "个工作日", "天", "3月", "15个天", "15 days", "15d", "0天", "0个工作日",
            "1000天", "-5天", "15.5天", "十五十天", "三五天", "两十天", "15个工作日后", "约15天", "15天15天",
            "2026-03-01", "下周", "年末吧"})
    void refusesAnythingElse(String typed) {
        assertThat(DeadlineRule.parse(typed)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "15, WORKING_DAYS, 15 个工作日",
            "60, CALENDAR_DAYS, 60 天",
            "3, MONTHS, 3 个月",
            "0, END_OF_YEAR, 当年年底"})
    void describesItselfInTheOfficesWords(int amount, DeadlineUnit unit, String expected) {
        DeadlineRule rule = new DeadlineRule(amount, unit);

        assertThat(rule.describe()).isEqualTo(expected);
        // What describe() writes, parse() reads back.
        assertThat(DeadlineRule.parse(rule.describe())).contains(rule);
    }

    @ParameterizedTest(name = "{0} 交办, {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-10 | 15个工作日 | 2026-03-09
            2026-09-30 | 3个工作日  | 2026-10-10
            2026-03-01 | 60天       | 2026-04-30
            2026-08-08 | 60天       | 2026-10-07
            2026-01-31 | 1个月      | 2026-02-28
            2028-01-31 | 1个月      | 2028-02-29
            2026-03-15 | 3个月      | 2026-06-15
            2026-03-05 | 年底       | 2026-12-31
            2027-12-01 | 60天       | 2028-01-30
            """)
    void appliesEachUnit(LocalDate assignedOn, String typed, LocalDate expected) {
        // Expected dates by hand: 15 个工作日 from 2-10 and 3 个工作日 from 9-30 as counted in
        // WorkingDaysTest; 60 天 plainly (the 10-07 holiday is kept; 2027-12-01 + 60 = 12-31 (30 days)
        // + 30 = 2028-01-30, no calendar needed); months clamped to the month's end.
        DeadlineRule rule = DeadlineRule.parse(typed).orElseThrow();

        assertThat(rule.apply(assignedOn, CALENDAR)).isEqualTo(expected);
    }

    @Test
    void aWorkingDayRuleBeyondTheCalendarSaysWhichYearIsMissing() {
        assertThatThrownBy(() -> DeadlineRule.workingDays(15).apply(LocalDate.of(2027, 12, 20), CALENDAR))
                .isInstanceOf(OutsideCalendarException.class)
                .hasMessageContaining("无法计算 2028 年的工作日");
    }

    @Test
    void refusesRulesThatMeanNothing() {
        assertThatThrownBy(() -> DeadlineRule.calendarDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlineRule.months(1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineRule(1, DeadlineUnit.END_OF_YEAR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineRule(5, null)).isInstanceOf(NullPointerException.class);
    }
}
