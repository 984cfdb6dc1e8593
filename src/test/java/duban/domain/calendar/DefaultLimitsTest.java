package duban.domain.calendar;

import duban.domain.calendar.LineFormatException;

import duban.domain.calendar.HolidayCalendar;

import duban.domain.calendar.DefaultLimits;

import duban.domain.calendar.DeadlineRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import duban.domain.Category;
import duban.domain.Source;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The default 办理时限 per 事项来源 and 督办类别, and the text a settings table stores. */
class DefaultLimitsTest {

    private final DefaultLimits standard = DefaultLimits.standard();

    /** The table of the class comment, written out again here: 8 sources × 3 categories. */
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "LEADER_INSTRUCTION, KEY,     30 天",
            "LEADER_INSTRUCTION, ROUTINE, 15 天",
            "LEADER_INSTRUCTION, URGENT,  5 天",
            "EXECUTIVE_MEETING,  KEY,     30 个工作日",
            "EXECUTIVE_MEETING,  ROUTINE, 30 个工作日",
            "EXECUTIVE_MEETING,  URGENT,  5 天",
            "WORK_REPORT,        KEY,     当年年底",
            "WORK_REPORT,        ROUTINE, 当年年底",
            "WORK_REPORT,        URGENT,  5 天",
            "HIGHER_LEVEL,       KEY,     15 个工作日",
            "HIGHER_LEVEL,       ROUTINE, 15 个工作日",
            "HIGHER_LEVEL,       URGENT,  5 天",
            "NPC_SUGGESTION,     KEY,     3 个月",
            "NPC_SUGGESTION,     ROUTINE, 3 个月",
            "NPC_SUGGESTION,     URGENT,  5 天",
            "CPPCC_PROPOSAL,     KEY,     3 个月",
            "CPPCC_PROPOSAL,     ROUTINE, 3 个月",
            "CPPCC_PROPOSAL,     URGENT,  5 天",
            "PETITION,           KEY,     60 天",
            "PETITION,           ROUTINE, 60 天",
            "PETITION,           URGENT,  5 天",
            "OTHER,              KEY,     30 天",
            "OTHER,              ROUTINE, 15 天",
            "OTHER,              URGENT,  5 天"})
    void theStandardTable(Source source, Category category, String expected) {
        assertThat(standard.ruleFor(source, category).describe()).isEqualTo(expected);
    }

    @Test
    void theStandardTableHasARuleForEveryPair() {
        assertThat(standard.rules()).hasSize(Source.values().length * Category.values().length);
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void anUrgentItemOfAnySourceIsDueWithinFiveDays(Source source) {
        LocalDate assigned = LocalDate.of(2026, 9, 29);   // just before National Day: the longest gap
        LocalDate due = standard.ruleFor(source, Category.URGENT).apply(assigned, HolidayCalendar.fromResource());

        assertThat(ChronoUnit.DAYS.between(assigned, due)).isBetween(1L, 5L);
    }

    @Test
    void theTextRoundTripsTheStandardAndAChangedTable() throws Exception {
        assertThat(DefaultLimits.fromText(standard.toText())).isEqualTo(standard);

        DefaultLimits changed = standard
                .withRule(Source.LEADER_INSTRUCTION, Category.URGENT, DeadlineRule.calendarDays(3))
                .withRule(Source.PETITION, Category.KEY, DeadlineRule.workingDays(40));
        DefaultLimits readBack = DefaultLimits.fromText(changed.toText());

        assertThat(readBack).isEqualTo(changed).isNotEqualTo(standard);
        assertThat(readBack.ruleFor(Source.LEADER_INSTRUCTION, Category.URGENT)).isEqualTo(DeadlineRule.calendarDays(3));
        assertThat(readBack.ruleFor(Source.PETITION, Category.KEY)).isEqualTo(DeadlineRule.workingDays(40));
    }

    @Test
    void theTextHasOneReadableLinePerPair() {
        String text = standard.toText();

        assertThat(text).contains("LEADER_INSTRUCTION URGENT 5 CALENDAR_DAYS\n")
                .contains("EXECUTIVE_MEETING ROUTINE 30 WORKING_DAYS\n")
                .contains("WORK_REPORT KEY 0 END_OF_YEAR\n")
                .contains("NPC_SUGGESTION KEY 3 MONTHS\n");
        assertThat(text.lines().filter(line -> !line.startsWith("#")).count()).isEqualTo(24);
    }

    @Test
    void aPairTheTextLeavesOutKeepsItsStandardRule() throws Exception {
        DefaultLimits limits = DefaultLimits.fromText("# 只改一项\n\nPETITION ROUTINE 30 CALENDAR_DAYS\n");

        assertThat(limits.ruleFor(Source.PETITION, Category.ROUTINE)).isEqualTo(DeadlineRule.calendarDays(30));
        assertThat(limits.ruleFor(Source.PETITION, Category.KEY)).isEqualTo(DeadlineRule.calendarDays(60));
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PETITION ROUTINE 30                                               | 1 | 第 1 行：应有 事项来源 督办类别 数量 单位 四项，如 LEADER_INSTRUCTION URGENT 5 CALENDAR_DAYS
            # 注释\\nPETITIONS ROUTINE 30 CALENDAR_DAYS                        | 2 | 第 2 行：未知的事项来源“PETITIONS”
            PETITION NORMAL 30 CALENDAR_DAYS                                  | 1 | 第 1 行：未知的督办类别“NORMAL”
            PETITION ROUTINE 30 DAYS                                          | 1 | 第 1 行：未知的时限单位“DAYS”
            PETITION ROUTINE 三十 CALENDAR_DAYS                                | 1 | 第 1 行：“三十 CALENDAR_DAYS”不是有效的时限（工作日、天、月为 1 到 999，年底为 0）
            PETITION ROUTINE 0 CALENDAR_DAYS                                  | 1 | 第 1 行：“0 CALENDAR_DAYS”不是有效的时限（工作日、天、月为 1 到 999，年底为 0）
            WORK_REPORT KEY 1 END_OF_YEAR                                     | 1 | 第 1 行：“1 END_OF_YEAR”不是有效的时限（工作日、天、月为 1 到 999，年底为 0）
            PETITION ROUTINE 30 CALENDAR_DAYS\\n\\nPETITION ROUTINE 20 CALENDAR_DAYS | 3 | 第 3 行：PETITION ROUTINE 已在第 1 行设置过
            """)
    void reportsABadLineWithItsNumber(String text, int line, String message) {
        LineFormatException error = catchThrowableOfType(LineFormatException.class,
                () -> DefaultLimits.fromText(text.replace("\\n", "\n")));

        assertThat(error).as("no error for %s", text).isNotNull();
        assertThat(error.lineNumber()).isEqualTo(line);
        assertThat(error).hasMessage(message);
    }

    @Test
    void anIncompleteTableIsRefused() {
        Map<DefaultLimits.Key, DeadlineRule> rules = new HashMap<>(standard.rules());
        rules.remove(new DefaultLimits.Key(Source.OTHER, Category.URGENT));

        assertThatThrownBy(() -> new DefaultLimits(rules)).isInstanceOf(IllegalArgumentException.class);
    }
}
