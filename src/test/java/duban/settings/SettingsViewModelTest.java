package duban.settings;

import duban.domain.office.OfficeSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.calendar.DeadlineRule;
import duban.domain.calendar.HolidayCalendar;
import duban.domain.calendar.LineFormatException;
import duban.domain.Category;
import duban.domain.ReportCadence;
import duban.domain.Source;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings dialog's state and validation, without the FX toolkit. */
class SettingsViewModelTest {

    @TempDir
    Path folder;

    private final SettingsViewModel settings = new SettingsViewModel(OfficeSettings.defaults());

    @Test
    void opensWithTheCurrentSettings() throws LineFormatException {
        OfficeSettings current = OfficeSettings.defaults().withDueSoonDays(6)
                .withCadence(Category.KEY, ReportCadence.monthlyBy(10))
                .withReportRequired(Category.ROUTINE, true)
                .withHolidayCalendar(OfficeSettingsTest.CALENDAR_2028);
        SettingsViewModel opened = new SettingsViewModel(current);

        assertThat(opened.dueSoonDaysProperty().get()).isEqualTo(6);
        assertThat(opened.cadence(Category.KEY).kindProperty().get()).isEqualTo(ReportCadence.Kind.MONTHLY_BY_DAY);
        assertThat(opened.cadence(Category.KEY).amountProperty().get()).isEqualTo(10);
        assertThat(opened.cadence(Category.KEY).descriptionProperty().get()).isEqualTo("每月 10 日前");
        assertThat(opened.reportRequiredProperty(Category.KEY).get()).isTrue();
        assertThat(opened.reportRequiredProperty(Category.ROUTINE).get()).isTrue();
        assertThat(opened.reportRequiredProperty(Category.URGENT).get()).isFalse();
        assertThat(opened.limitRows()).extracting(LimitRow::source).containsExactly(Source.values());
        assertThat(opened.limit(Source.PETITION, Category.ROUTINE).displayProperty().get()).isEqualTo("60 天");
        assertThat(opened.limit(Source.EXECUTIVE_MEETING, Category.KEY).displayProperty().get())
                .isEqualTo("30 个工作日");
        assertThat(opened.limit(Source.WORK_REPORT, Category.KEY).displayProperty().get()).isEqualTo("当年年底");
        assertThat(opened.coveredYearsProperty().get()).isEqualTo("2028");
        assertThat(opened.calendarOriginProperty().get()).isEqualTo("导入的日历");
        assertThat(opened.isValid()).isTrue();
        assertThat(opened.toSettings()).isEqualTo(current);
    }

    @Test
    void theOperatorNameIsEditedCheckedAndSavedStripped() {
        assertThat(settings.operatorNameProperty().get()).as("none set: the computer's account").isEmpty();
        assertThat(settings.operatorHint()).contains("操作人").contains(OfficeSettings.systemAccount());
        settings.operatorNameProperty().set("  陈督查 ");
        assertThat(settings.isValid()).isTrue();
        assertThat(settings.toSettings().operatorName()).isEqualTo("陈督查");
        assertThat(settings.toSettings().toStored()).containsEntry(OfficeSettings.OPERATOR_NAME_KEY, "陈督查");

        settings.operatorNameProperty().set("长".repeat(OfficeSettings.MAX_OPERATOR_NAME + 1));
        assertThat(settings.isValid()).isFalse();
        assertThat(settings.operatorErrorProperty().get()).isEqualTo("操作人姓名最多 50 个字");
        settings.operatorNameProperty().set("长".repeat(OfficeSettings.MAX_OPERATOR_NAME));
        assertThat(settings.isValid()).isTrue();
        assertThat(settings.operatorErrorProperty().get()).isEmpty();

        assertThat(new SettingsViewModel(OfficeSettings.defaults().withOperatorName("李科员"))
                .operatorNameProperty().get()).isEqualTo("李科员");
    }

    @Test
    void aLimitCellReadsWhatTheOfficerTypes() {
        LimitEntry cell = settings.limit(Source.LEADER_INSTRUCTION, Category.URGENT);
        cell.setText("10个工作日");
        assertThat(cell.getRule()).isEqualTo(DeadlineRule.workingDays(10));
        assertThat(cell.displayProperty().get()).isEqualTo("10 个工作日");
        assertThat(cell.getError()).isEmpty();
        assertThat(settings.isValid()).isTrue();
        assertThat(settings.toSettings().limits().ruleFor(Source.LEADER_INSTRUCTION, Category.URGENT))
                .isEqualTo(DeadlineRule.workingDays(10));
        assertThat(settings.toSettings().limits().ruleFor(Source.LEADER_INSTRUCTION, Category.ROUTINE))
                .as("the others unchanged").isEqualTo(DeadlineRule.calendarDays(15));
    }

    @Test
    void anInvalidLimitCellIsExplainedAndBlocksSaving() {
        LimitEntry cell = settings.limit(Source.CPPCC_PROPOSAL, Category.KEY);
        cell.setText("三个月左右");
        assertThat(cell.getRule()).isNull();
        assertThat(cell.getError()).isEqualTo("“三个月左右”不是有效的时限，应写如 15个工作日、60天、3个月、年底");
        assertThat(cell.displayProperty().get()).as("shown as typed").isEqualTo("三个月左右");
        assertThat(settings.limitsErrorProperty().get())
                .isEqualTo("政协提案 · 重点督办：“三个月左右”不是有效的时限，应写如 15个工作日、60天、3个月、年底");
        assertThat(settings.isValid()).isFalse();
        assertThatThrownBy(settings::toSettings).isInstanceOf(IllegalStateException.class);

        LimitEntry blank = settings.limit(Source.OTHER, Category.URGENT);
        blank.setText("  ");
        assertThat(blank.getError()).isEqualTo("请填写时限");
        assertThat(settings.limitsErrorProperty().get().lines()).hasSize(2);

        cell.setText("3个月");
        blank.setText("5天");
        assertThat(settings.limitsErrorProperty().get()).isEmpty();
        assertThat(settings.isValid()).isTrue();
    }

    @Test
    void theDueSoonThresholdIsZeroToThirtyDays() {
        settings.dueSoonDaysProperty().set(0);
        assertThat(settings.isValid()).as("due soon only on the day itself").isTrue();
        settings.dueSoonDaysProperty().set(31);
        assertThat(settings.dueSoonErrorProperty().get()).isEqualTo("临期天数应为 0 到 30");
        assertThat(settings.isValid()).isFalse();
        settings.dueSoonDaysProperty().set(null);
        assertThat(settings.isValid()).isFalse();
        settings.dueSoonDaysProperty().set(7);
        assertThat(settings.dueSoonErrorProperty().get()).isEmpty();
        assertThat(settings.toSettings().dueSoonDays()).isEqualTo(7);
    }

    @Test
    void aCadenceIsEveryNDaysOrMonthlyByADay() {
        CadenceEntry key = settings.cadence(Category.KEY);
        assertThat(key.descriptionProperty().get()).isEqualTo("每 7 天");
        key.amountProperty().set(30);
        key.kindProperty().set(ReportCadence.Kind.MONTHLY_BY_DAY);
        assertThat(key.amountProperty().get()).as("kept within the month").isEqualTo(28);
        assertThat(key.descriptionProperty().get()).isEqualTo("每月 28 日前");
        assertThat(settings.isValid()).isTrue();

        key.amountProperty().set(29);
        assertThat(key.errorProperty().get()).isEqualTo("每月 N 日前：N 应为 1 到 28");
        assertThat(key.descriptionProperty().get()).isEmpty();
        assertThat(settings.isValid()).isFalse();
        key.kindProperty().set(ReportCadence.Kind.EVERY_DAYS);
        assertThat(key.errorProperty().get()).isEmpty();
        key.amountProperty().set(0);
        assertThat(key.errorProperty().get()).isEqualTo("每 N 天：N 应为 1 到 366");
        key.amountProperty().set(14);
        assertThat(settings.toSettings().cadenceFor(Category.KEY)).isEqualTo(ReportCadence.everyDays(14));
    }

    @Test
    void theCategoriesNeedingAReportBeforeClosingAreChecked() {
        settings.reportRequiredProperty(Category.KEY).set(false);
        settings.reportRequiredProperty(Category.URGENT).set(true);
        assertThat(settings.toSettings().reportRequiredBeforeClosing()).containsExactly(Category.URGENT);
    }

    @Test
    void aCalendarFileReplacesTheCalendar() throws Exception {
        Path file = folder.resolve("节假日-2028.txt");
        Files.writeString(file, "\uFEFF" + OfficeSettingsTest.CALENDAR_2028, StandardCharsets.UTF_8);
        assertThat(settings.coveredYearsProperty().get()).isEqualTo("2026、2027");
        assertThat(settings.provisionalYearsProperty().get()).isEqualTo("2027（放假安排尚未正式公布）");
        assertThat(settings.shippedCalendarProperty().get()).isTrue();

        settings.importCalendar(file);

        assertThat(settings.calendarErrorProperty().get()).isEmpty();
        assertThat(settings.calendarMessageProperty().get()).isEqualTo("已导入 节假日-2028.txt：覆盖 2028 年。保存后生效。");
        assertThat(settings.coveredYearsProperty().get()).isEqualTo("2028");
        assertThat(settings.calendarOriginProperty().get()).isEqualTo("导入的日历");
        assertThat(settings.shippedCalendarProperty().get()).isFalse();
        OfficeSettings saved = settings.toSettings();
        assertThat(saved.holidayCalendarText()).as("without the byte-order mark").isEqualTo(OfficeSettingsTest.CALENDAR_2028);
        assertThat(saved.holidayCalendar().coveredYears()).containsExactly(2028);

        settings.resetCalendar();
        assertThat(settings.coveredYearsProperty().get()).isEqualTo("2026、2027");
        assertThat(settings.calendarMessageProperty().get()).isEqualTo("已恢复内置日历。保存后生效。");
        assertThat(settings.toSettings().isShippedCalendar()).isTrue();
    }

    @Test
    void aFileThatIsNotACalendarKeepsTheOldOneAndSaysWhy() throws Exception {
        Path file = folder.resolve("bad.txt");
        Files.writeString(file, "年份 2028\n2028-01-01 休 元旦\n2028-02-07 班 周一不能调休\n", StandardCharsets.UTF_8);
        LineFormatException expected = null;
        try {
            HolidayCalendar.fromFile(file);
        } catch (LineFormatException e) {
            expected = e;
        }
        assertThat(expected).isNotNull();

        settings.importCalendar(file);

        assertThat(settings.calendarErrorProperty().get())
                .isEqualTo("无法导入 bad.txt，仍使用原来的日历。" + expected.getMessage())
                .contains("第 3 行");
        assertThat(settings.calendarMessageProperty().get()).isEmpty();
        assertThat(settings.coveredYearsProperty().get()).isEqualTo("2026、2027");
        assertThat(settings.isValid()).as("the old calendar stands").isTrue();
        assertThat(settings.toSettings().isShippedCalendar()).isTrue();
    }

    @Test
    void aFileSavedAsGbkOrMissingIsExplained() throws Exception {
        Path gbk = folder.resolve("gbk.txt");
        Files.write(gbk, "年份 2028\n2028-01-01 休 元旦\n".getBytes(Charset.forName("GBK")));
        settings.importCalendar(gbk);
        assertThat(settings.calendarErrorProperty().get()).contains("不是 UTF-8 编码");

        settings.importCalendar(folder.resolve("missing.txt"));
        assertThat(settings.calendarErrorProperty().get()).startsWith("无法读取 missing.txt，仍使用原来的日历。");
        assertThat(settings.coveredYearsProperty().get()).isEqualTo("2026、2027");
    }

    @Test
    void problemsFromLoadingAreOffered() {
        OfficeSettings read = OfficeSettings.fromStored(Map.of("dueSoonDays", "abc"));
        SettingsViewModel opened = new SettingsViewModel(read);
        assertThat(opened.loadProblems()).containsExactlyElementsOf(read.problems());
        assertThat(opened.toSettings().problems()).as("the edited settings are all readable").isEmpty();
    }
}
