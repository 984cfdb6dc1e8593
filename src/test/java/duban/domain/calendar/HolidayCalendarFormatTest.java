package duban.domain.calendar;

import duban.domain.calendar.LineFormatException;

import duban.domain.calendar.HolidayCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a calendar text a user wrote: what is accepted, and every error with its line number. */
class HolidayCalendarFormatTest {

    private static HolidayCalendar load(String text) throws Exception {
        return HolidayCalendar.load(new StringReader(text));
    }

    private static LineFormatException errorIn(String text) {
        return catchThrowableOfType(LineFormatException.class, () -> load(text));
    }

    @Test
    void readsDaysRangesMakeUpDaysCommentsAndBlankLines() throws Exception {
        HolidayCalendar calendar = load("""
                # 测试日历
                年份 2026

                2026-02-15..2026-02-23 休 春节
                2026-02-14 班 春节调休
                2026-04-06 休
                """);

        assertThat(calendar.coveredYears()).containsExactly(2026);
        assertThat(calendar.isProvisional(2026)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();   // Friday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();   // Saturday, 班
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 18))).isFalse();  // Wednesday, 休
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();   // Monday, 休 without a note
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();   // Saturday, not marked
    }

    @Test
    void toleratesWhatAWindowsEditorAndAChineseInputMethodProduce() throws Exception {
        // A UTF-8 BOM, an ideographic space, full-width digits, a full-width colon after the directive,
        // a year list with 、, the same rest day listed twice, and the 年份 line after the dates.
        HolidayCalendar calendar = load("\uFEFF# 日历\r\n"
                + "２０２６-１０-０１..2026-10-07\u3000休\u3000国庆节\r\n"
                + "2026-10-05 休 国庆节 (重复无妨)\r\n"
                + "暂定：2027\r\n"
                + "年份 2026、2027\r\n");

        assertThat(calendar.coveredYears()).containsExactly(2026, 2027);
        assertThat(calendar.isProvisional(2027)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            年份 2026\\n# 注释\\n2026-2-15 休 春节                      | 3 | 第 3 行：日期格式应为 2026-02-15（这里写的是“2026-2-15”）
            年份 2026\\n2026/02/15 休                                   | 2 | 第 2 行：日期格式应为 2026-02-15（这里写的是“2026/02/15”）
            年份 2026\\n2026-02-15..2026-2-23 休                        | 2 | 第 2 行：日期格式应为 2026-02-15（这里写的是“2026-2-23”）
            年份 2026\\n春节 休                                          | 2 | 第 2 行：日期格式应为 2026-02-15（这里写的是“春节”）
            年份 2026\\n2026-02-30 休                                   | 2 | 第 2 行：没有 2026-02-30 这一天
            年份 2026\\n\\n2026-02-23..2026-02-15 休                    | 3 | 第 3 行：日期范围的结束日 2026-02-15 早于开始日 2026-02-23
            年份 2026\\n2026-02-15                                      | 2 | 第 2 行：日期后面应写 休（放假）或 班（调休上班）
            年份 2026\\n2026-02-15 假 春节                              | 2 | 第 2 行：日期后面应写 休（放假）或 班（调休上班），这里写的是“假”
            年份 2026\\n2026-02-13 班 春节调休                          | 2 | 第 2 行：2026-02-13 是星期五，调休上班日（班）只能是周六或周日
            年份 2026\\n2026-02-14..2026-02-16 班                       | 2 | 第 2 行：2026-02-16 是星期一，调休上班日（班）只能是周六或周日
            年份\\n2026-02-15 休                                        | 1 | 第 1 行：“年份”后面应写年份，如 年份 2027
            年份 26\\n2026-02-15 休                                     | 1 | 第 1 行：“年份”后面的年份应为四位数字，如 年份 2027（这里写的是“26”）
            年份 2026\\n暂定 明年                                        | 2 | 第 2 行：“暂定”后面的年份应为四位数字，如 暂定 2027（这里写的是“明年”）
            年份 2026\\n2026-02-15 休\\n2027-01-01 休 元旦              | 3 | 第 3 行：2027-01-01 不在 年份 行所列的年份（2026）之内
            年份 2026 2027\\n2027-12-31..2028-01-01 休                 | 2 | 第 2 行：2028-01-01 不在 年份 行所列的年份（2026、2027）之内
            年份 2026\\n暂定 2027                                        | 2 | 第 2 行：暂定的 2027 年不在 年份 行所列的年份（2026）之内
            年份 2026\\n2026-02-14..2026-02-15 休\\n2026-02-14 班       | 3 | 第 3 行：2026-02-14 在第 2 行已标为 休，这里又标为 班
            """)
    void reportsTheLineAndWhatIsWrongInChinese(String text, int line, String message) {
        LineFormatException error = errorIn(text.replace("\\n", "\n"));

        assertThat(error).as("no error for %s", text).isNotNull();
        assertThat(error.lineNumber()).isEqualTo(line);
        assertThat(error).hasMessage(message);
    }

    @Test
    void theExampleMessageOfTheBriefReadsAsPromised() {
        String text = "年份 2026\n" + "2026-01-01 休\n".repeat(10) + "2026-1-1 休\n";

        LineFormatException error = errorIn(text);

        assertThat(error.lineNumber()).isEqualTo(12);
        assertThat(error.getMessage()).startsWith("第 12 行：日期格式应为 2026-02-15");
    }

    @Test
    void aCalendarWithoutAYearsLineIsRefusedBecauseItsCoverageWouldBeAGuess() {
        LineFormatException error = errorIn("# 2026\n2026-02-15..2026-02-23 休 春节\n");

        assertThat(error.lineNumber()).isZero();
        assertThat(error).hasMessage("节假日日历缺少 年份 行（如 年份 2026 2027），无法知道它包含哪些年份");
    }

    @Test
    void aYearWithoutListedHolidaysIsStillCoveredWhenTheYearsLineSaysSo() throws Exception {
        HolidayCalendar calendar = load("年份 2030\n");

        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1))).isTrue();   // a Tuesday, nothing listed
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 5))).isFalse();  // a Saturday
    }

    @Test
    void readsAUsersReplacementFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("节假日.txt");
        Files.writeString(file, "年份 2028\n2028-01-01 休 元旦\n2028-01-29 班 春节调休\n", StandardCharsets.UTF_8);

        HolidayCalendar calendar = HolidayCalendar.fromFile(file);

        assertThat(calendar.coveredYears()).containsExactly(2028);
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 29))).isTrue();   // a Saturday marked 班
    }

    @Test
    void aFileSavedAsGbkIsReportedAsNotUtf8WithTheLineOfTheFirstBadByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gbk.txt");
        Files.writeString(file, "年份 2026\n2026-02-14 班\n2026-02-15 休 春节\n", Charset.forName("GBK"));

        LineFormatException error = catchThrowableOfType(LineFormatException.class, () -> HolidayCalendar.fromFile(file));

        assertThat(error).isNotNull();
        assertThat(error.lineNumber()).isEqualTo(1);   // 年 in GBK is not UTF-8 already
        assertThat(error).hasMessage("第 1 行：文件不是 UTF-8 编码（可能是按 GBK/ANSI 保存的），请另存为 UTF-8 后再导入");
    }
}
