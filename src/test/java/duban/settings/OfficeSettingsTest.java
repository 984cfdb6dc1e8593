package duban.settings;

import duban.domain.office.OfficeSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.calendar.DeadlineRule;
import duban.domain.calendar.DefaultLimits;
import duban.domain.calendar.HolidayCalendar;
import duban.domain.calendar.LineFormatException;
import duban.domain.Category;
import duban.domain.ReportCadence;
import duban.domain.Source;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The office's settings: defaults, the stored text form both ways, and falling back on unreadable values. */
public class OfficeSettingsTest {

    /** A calendar an office might import: 2028 only, provisional. */
    public static final String CALENDAR_2028 = """
            # 2028 年 (测试用)
            年份 2028
            暂定 2028
            2028-01-01 休 元旦
            2028-01-29..2028-02-04 休 春节
            2028-02-05 班 春节调休
            """;

    @Test
    void defaultsAreTheOfficesCommonRules() {
        OfficeSettings defaults = OfficeSettings.defaults();
        assertThat(defaults.dueSoonDays()).isEqualTo(3);
        for (Category category : Category.values()) {
            assertThat(defaults.cadenceFor(category)).isEqualTo(ReportCadence.defaultFor(category));
        }
        assertThat(defaults.reportRequiredBeforeClosing()).containsExactly(Category.KEY);
        assertThat(defaults.requiresReportBeforeClosing(Category.KEY)).isTrue();
        assertThat(defaults.requiresReportBeforeClosing(Category.ROUTINE)).isFalse();
        assertThat(defaults.limits()).isEqualTo(DefaultLimits.standard());
        assertThat(defaults.isShippedCalendar()).isTrue();
        assertThat(defaults.holidayCalendarText()).contains("年份 2026 2027");
        assertThat(defaults.holidayCalendar().coveredYears()).containsExactly(2026, 2027);
        assertThat(defaults.problems()).isEmpty();
    }

    @Test
    void nothingStoredReadsAsTheDefaults() {
        OfficeSettings read = OfficeSettings.fromStored(Map.of());
        assertThat(read).isEqualTo(OfficeSettings.defaults());
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void theStoredFormHasOneKeyPerSettingAndTheShippedCalendarAsEmpty() {
        Map<String, String> stored = OfficeSettings.defaults().toStored();
        assertThat(stored).containsOnlyKeys("dueSoonDays", "cadence.KEY", "cadence.URGENT", "cadence.ROUTINE",
                "reportRequiredBeforeClosing", "defaultLimits", "holidayCalendar", "operator.name");
        assertThat(stored).containsEntry("dueSoonDays", "3")
                .containsEntry("cadence.KEY", "EVERY_DAYS 7")
                .containsEntry("cadence.URGENT", "EVERY_DAYS 3")
                .containsEntry("cadence.ROUTINE", "MONTHLY_BY_DAY 25")
                .containsEntry("reportRequiredBeforeClosing", "KEY")
                .containsEntry("defaultLimits", DefaultLimits.standard().toText())
                .containsEntry("holidayCalendar", "")
                .containsEntry("operator.name", "");
    }

    @Test
    void everySettingSurvivesTheRoundTrip() throws LineFormatException {
        OfficeSettings changed = OfficeSettings.defaults()
                .withDueSoonDays(5)
                .withCadence(Category.KEY, ReportCadence.monthlyBy(20))
                .withCadence(Category.URGENT, ReportCadence.everyDays(2))
                .withReportRequired(Category.KEY, false)
                .withReportRequired(Category.URGENT, true)
                .withReportRequired(Category.ROUTINE, true)
                .withLimits(DefaultLimits.standard()
                        .withRule(Source.LEADER_INSTRUCTION, Category.URGENT, DeadlineRule.workingDays(10))
                        .withRule(Source.PETITION, Category.ROUTINE, DeadlineRule.months(2)))
                .withHolidayCalendar(CALENDAR_2028);

        Map<String, String> stored = changed.toStored();
        assertThat(stored).containsEntry("dueSoonDays", "5")
                .containsEntry("cadence.KEY", "MONTHLY_BY_DAY 20")
                .containsEntry("reportRequiredBeforeClosing", "URGENT,ROUTINE")
                .containsEntry("holidayCalendar", CALENDAR_2028);
        OfficeSettings read = OfficeSettings.fromStored(stored);

        assertThat(read.problems()).isEmpty();
        assertThat(read).isEqualTo(changed);
        assertThat(read.dueSoonDays()).isEqualTo(5);
        assertThat(read.cadenceFor(Category.KEY)).isEqualTo(ReportCadence.monthlyBy(20));
        assertThat(read.cadenceFor(Category.URGENT)).isEqualTo(ReportCadence.everyDays(2));
        assertThat(read.cadenceFor(Category.ROUTINE)).isEqualTo(ReportCadence.monthlyBy(25));
        assertThat(read.reportRequiredBeforeClosing()).containsExactly(Category.URGENT, Category.ROUTINE);
        assertThat(read.limits().ruleFor(Source.LEADER_INSTRUCTION, Category.URGENT))
                .isEqualTo(DeadlineRule.workingDays(10));
        assertThat(read.limits().ruleFor(Source.PETITION, Category.ROUTINE)).isEqualTo(DeadlineRule.months(2));
        assertThat(read.isShippedCalendar()).isFalse();
        assertThat(read.holidayCalendar().coveredYears()).containsExactly(2028);
        assertThat(read.holidayCalendar().isWorkingDay(LocalDate.of(2028, 2, 5))).as("a make-up Saturday").isTrue();
    }

    @Test
    void noCategoryRequiringAReportIsStoredAsAnEmptyValue() {
        OfficeSettings none = OfficeSettings.defaults().withReportRequired(Category.KEY, false);
        assertThat(none.toStored()).containsEntry("reportRequiredBeforeClosing", "");
        OfficeSettings read = OfficeSettings.fromStored(none.toStored());
        assertThat(read.reportRequiredBeforeClosing()).isEmpty();
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void storedValuesAreReadWithSpacesAroundThem() {
        OfficeSettings read = OfficeSettings.fromStored(Map.of("dueSoonDays", " 7 ",
                "reportRequiredBeforeClosing", " URGENT , KEY ", "cadence.ROUTINE", "  MONTHLY_BY_DAY   10 "));
        assertThat(read.problems()).isEmpty();
        assertThat(read.dueSoonDays()).isEqualTo(7);
        assertThat(read.reportRequiredBeforeClosing()).containsExactlyInAnyOrder(Category.KEY, Category.URGENT);
        assertThat(read.cadenceFor(Category.ROUTINE)).isEqualTo(ReportCadence.monthlyBy(10));
    }

    @Test
    void otherFeaturesKeysAreIgnored() {
        OfficeSettings read = OfficeSettings.fromStored(Map.of("ledger.title", "某某县人民政府办公室督办事项台账",
                "dueSoonDays", "4"));
        assertThat(read.problems()).isEmpty();
        assertThat(read.dueSoonDays()).isEqualTo(4);
    }

    static Stream<Arguments> unreadableValues() {
        Function<OfficeSettings, Object> dueSoon = OfficeSettings::dueSoonDays;
        Function<OfficeSettings, Object> keyCadence = settings -> settings.cadenceFor(Category.KEY);
        Function<OfficeSettings, Object> routineCadence = settings -> settings.cadenceFor(Category.ROUTINE);
        Function<OfficeSettings, Object> required = OfficeSettings::reportRequiredBeforeClosing;
        Function<OfficeSettings, Object> limits = OfficeSettings::limits;
        Function<OfficeSettings, Object> calendar = OfficeSettings::holidayCalendarText;
        return Stream.of(
                Arguments.of("dueSoonDays", "三天", dueSoon, "临期提醒天数“三天”无法读取"),
                Arguments.of("dueSoonDays", "31", dueSoon, "应为 0 到 30 的整数"),
                Arguments.of("dueSoonDays", "-1", dueSoon, "已使用默认值 3 天"),
                Arguments.of("cadence.KEY", "WEEKLY", keyCadence, "重点督办的进展报送周期“WEEKLY”无法读取，已使用默认值 每 7 天"),
                Arguments.of("cadence.ROUTINE", "MONTHLY_BY_DAY 31", routineCadence, "已使用默认值 每月 25 日前"),
                Arguments.of("cadence.ROUTINE", "", routineCadence, "常规的进展报送周期"),
                Arguments.of("reportRequiredBeforeClosing", "KEY,IMPORTANT", required,
                        "督办类别“KEY,IMPORTANT”无法读取，已使用默认值（重点督办）"),
                Arguments.of("defaultLimits", "LEADER_INSTRUCTION URGENT 5", limits,
                        "默认办理时限无法读取（第 1 行：应有 事项来源 督办类别 数量 单位 四项"),
                Arguments.of("defaultLimits", "# 表\nPETITION ROUTINE 60 WEEKS", limits, "第 2 行：未知的时限单位“WEEKS”"),
                Arguments.of("holidayCalendar", "2026-10-01..2026-10-07 休 国庆节", calendar,
                        "保存的节假日日历无法读取（节假日日历缺少 年份 行"),
                Arguments.of("holidayCalendar", "年份 2026\n2026-10-05 班", calendar, "第 2 行：2026-10-05 是星期一"));
    }

    @ParameterizedTest(name = "{0} = “{1}”")
    @MethodSource("unreadableValues")
    void anUnreadableValueFallsBackToItsDefaultAndIsReported(String key, String badValue,
                                                             Function<OfficeSettings, Object> setting,
                                                             String expectedProblem) {
        // The other keys hold readable, non-default values: only the bad one falls back.
        Map<String, String> stored = new HashMap<>(OfficeSettings.defaults()
                .withDueSoonDays(6)
                .withCadence(Category.KEY, ReportCadence.everyDays(10))
                .withCadence(Category.ROUTINE, ReportCadence.monthlyBy(15))
                .withReportRequired(Category.ROUTINE, true)
                .withLimits(DefaultLimits.standard().withRule(Source.OTHER, Category.KEY, DeadlineRule.workingDays(20)))
                .toStored());
        stored.put("holidayCalendar", CALENDAR_2028);
        OfficeSettings readable = OfficeSettings.fromStored(stored);
        assertThat(readable.problems()).isEmpty();
        stored.put(key, badValue);

        OfficeSettings read = OfficeSettings.fromStored(stored);

        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().get(0)).contains(expectedProblem);
        assertThat(setting.apply(read)).as("falls back to the default").isEqualTo(setting.apply(OfficeSettings.defaults()))
                .isNotEqualTo(setting.apply(readable));
        // Every other key is read as stored.
        Map<String, String> others = new HashMap<>(read.toStored());
        Map<String, String> othersAsStored = new HashMap<>(readable.toStored());
        others.remove(key);
        othersAsStored.remove(key);
        assertThat(others).isEqualTo(othersAsStored);
    }

    @Test
    void severalUnreadableValuesAreEachReported() {
        OfficeSettings read = OfficeSettings.fromStored(Map.of("dueSoonDays", "x", "cadence.URGENT", "y",
                "holidayCalendar", "z"));
        assertThat(read.problems()).hasSize(3);
        assertThat(read).isEqualTo(OfficeSettings.defaults());
    }

    @Test
    void equalityIsByValueNotByHowTheSettingsWereRead() {
        OfficeSettings withProblem = OfficeSettings.fromStored(Map.of("dueSoonDays", "abc"));
        assertThat(withProblem.problems()).isNotEmpty();
        assertThat(withProblem).isEqualTo(OfficeSettings.defaults()).hasSameHashCodeAs(OfficeSettings.defaults());
        assertThat(OfficeSettings.defaults().withDueSoonDays(4)).isNotEqualTo(OfficeSettings.defaults());
    }

    @Test
    void outOfRangeValuesAreRefusedWhenBuilt() {
        assertThatThrownBy(() -> OfficeSettings.defaults().withDueSoonDays(31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfficeSettings.defaults().withDueSoonDays(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfficeSettings.defaults().withHolidayCalendar("不是日历"))
                .isInstanceOf(LineFormatException.class);
    }

    @Test
    void theSettingsCannotBeChangedThroughTheirCollections() {
        OfficeSettings settings = OfficeSettings.defaults();
        assertThatThrownBy(() -> settings.cadences().put(Category.KEY, ReportCadence.everyDays(1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> settings.reportRequiredBeforeClosing().add(Category.URGENT))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theShippedCalendarCanBePutBack() throws LineFormatException {
        OfficeSettings imported = OfficeSettings.defaults().withHolidayCalendar(CALENDAR_2028);
        OfficeSettings back = imported.withShippedCalendar();
        assertThat(back.isShippedCalendar()).isTrue();
        assertThat(back).isEqualTo(OfficeSettings.defaults());
        HolidayCalendar shipped = HolidayCalendar.fromResource();
        assertThat(back.holidayCalendar().coveredYears()).isEqualTo(shipped.coveredYears());
        assertThat(Set.copyOf(back.toStored().values())).contains("");
    }

    @Test
    void theOperatorNameIsStoredReadBackAndATooLongOneFallsBackToTheAccount() {
        OfficeSettings named = OfficeSettings.defaults().withOperatorName(" 陈督查 ");
        assertThat(named.operatorName()).isEqualTo("陈督查");
        assertThat(named.operatorOrAccount()).isEqualTo("陈督查");
        assertThat(OfficeSettings.fromStored(named.toStored())).isEqualTo(named);
        assertThat(OfficeSettings.defaults().operatorOrAccount()).isEqualTo(OfficeSettings.systemAccount());

        OfficeSettings read = OfficeSettings.fromStored(Map.of(OfficeSettings.OPERATOR_NAME_KEY, "长".repeat(51)));
        assertThat(read.operatorName()).isEmpty();
        assertThat(read.problems()).singleElement().asString().contains("操作人姓名").contains("50");
    }
}
