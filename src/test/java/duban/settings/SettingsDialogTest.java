package duban.settings;

import duban.domain.office.OfficeSettings;

import static duban.testing.FxTexts.shows;
import static duban.testing.FxTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.attachments.AttachmentSettings;
import duban.domain.calendar.DeadlineRule;
import duban.domain.calendar.LineFormatException;
import duban.domain.Category;
import duban.domain.ReportCadence;
import duban.domain.Source;
import duban.testing.Screenshots;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 设置 driven as the officer uses it: the 临期 threshold typed, limit cells edited in place, a
 * cadence and a box changed, calendar files imported (a bad one, then a good one), 保存.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {

    /** Line 3 names a day that does not exist. */
    private static final String BAD_CALENDAR = "年份 2028\n2028-01-01 休 元旦\n2028-13-01 休 不存在的日子\n";

    @TempDir
    Path folder;

    private Stage stage;
    private SettingsDialog dialog;
    /** What the file chooser "picks", one file per click on 导入日历文件…. */
    private final Deque<File> chosenFiles = new ArrayDeque<>();
    private final Deque<Window> chooserOwners = new ArrayDeque<>();

    @Start
    void start(Stage primaryStage) {
        WaitForAsyncUtils.clearExceptions();
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeDialog(FxRobot robot) throws Throwable {
        if (dialog != null) {
            robot.interact(() -> dialog.close());
        }
        robot.interact(() -> stage.close());
        WaitForAsyncUtils.checkException();
    }

    private void open(FxRobot robot, OfficeSettings current) {
        robot.interact(() -> {
            dialog = new SettingsDialog(stage, current, owner -> {
                chooserOwners.add(owner);
                return chosenFiles.poll();
            });
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Scene dialogScene() {
        return dialog.getDialogPane().getScene();
    }

    private static Button saveButton(FxRobot robot) {
        return robot.lookup("#settings-save").queryButton();
    }

    private static TableCell<?, ?> limitCell(FxRobot robot, Source source, Category category) {
        return robot.lookup("#settings-limit-" + source.name() + "-" + category.name()).queryAs(TableCell.class);
    }

    /** Double-clicks a cell of the limits table, types {@code text} over it and presses Enter. */
    private static void editLimit(FxRobot robot, Source source, Category category, String text) {
        robot.doubleClickOn(limitCell(robot, source, category));
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    private static Node listCell(FxRobot robot, String text) {
        return robot.lookup(node -> node instanceof ListCell<?> cell && text.equals(cell.getText())
                && cell.isVisible()).query();
    }

    @Test
    void changeEverySettingImportACalendarAndSave(FxRobot robot) throws Exception {
        Path bad = folder.resolve("节假日-有误.txt");
        Files.writeString(bad, BAD_CALENDAR, StandardCharsets.UTF_8);
        Path good = folder.resolve("节假日-2028.txt");
        Files.writeString(good, OfficeSettingsTest.CALENDAR_2028, StandardCharsets.UTF_8);
        open(robot, OfficeSettings.defaults());
        assertThat(dialog.getTitle()).isEqualTo("设置");
        assertThat(saveButton(robot).isDisabled()).isFalse();
        assertThat(limitCell(robot, Source.PETITION, Category.ROUTINE).getText()).isEqualTo("60 天");
        assertThat(text(robot, "#settings-calendar-years")).isEqualTo("2026、2027");
        assertThat(robot.lookup("#settings-reset-calendar").queryButton().isDisabled())
                .as("already the shipped calendar").isTrue();

        // 临期: typed into the spinner, taken when leaving it.
        robot.clickOn("#settings-due-soon");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("5");
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#settings-due-soon").queryAs(Spinner.class).getValue()).isEqualTo(5);

        // A limit cell edited in place.
        editLimit(robot, Source.LEADER_INSTRUCTION, Category.URGENT, "10个工作日");
        assertThat(limitCell(robot, Source.LEADER_INSTRUCTION, Category.URGENT).getText()).isEqualTo("10 个工作日");
        assertThat(saveButton(robot).isDisabled()).isFalse();

        // A cell that is no rule: marked, explained, and 保存 is disabled until it is put right.
        editLimit(robot, Source.PETITION, Category.ROUTINE, "两个月左右");
        TableCell<?, ?> invalid = limitCell(robot, Source.PETITION, Category.ROUTINE);
        assertThat(invalid.getText()).isEqualTo("两个月左右");
        assertThat(invalid.getPseudoClassStates()).contains(LimitCell.INVALID);
        assertThat(invalid.getTooltip().getText()).contains("不是有效的时限");
        assertThat(shows(robot, "#settings-limits-error")).isTrue();
        assertThat(text(robot, "#settings-limits-error")).startsWith("信访 · 常规：“两个月左右”不是有效的时限");
        assertThat(saveButton(robot).isDisabled()).isTrue();
        Screenshots.save(dialogScene(), "settings-dialog-invalid");
        editLimit(robot, Source.PETITION, Category.ROUTINE, "两个月");
        assertThat(invalid.getPseudoClassStates()).doesNotContain(LimitCell.INVALID);
        assertThat(limitCell(robot, Source.PETITION, Category.ROUTINE).getText()).isEqualTo("2 个月");
        assertThat(shows(robot, "#settings-limits-error")).isFalse();
        assertThat(saveButton(robot).isDisabled()).isFalse();

        // 重点督办 reports monthly by the 20th; 急件 too needs a report before closing.
        robot.clickOn("#settings-cadence-KEY");
        robot.clickOn(listCellOrMenuItem(robot, "每月 N 日前"));
        robot.clickOn("#settings-cadence-KEY-amount");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("20");
        robot.type(KeyCode.TAB);
        assertThat(text(robot, "#settings-cadence-KEY-description")).isEqualTo("每月 20 日前");
        robot.clickOn("#settings-report-required-URGENT");

        // A file that is no calendar: the message says where, the old calendar stays.
        chosenFiles.add(bad.toFile());
        robot.clickOn("#settings-import-calendar");
        assertThat(chooserOwners).containsExactly(dialogScene().getWindow());
        assertThat(shows(robot, "#settings-calendar-error")).isTrue();
        assertThat(text(robot, "#settings-calendar-error"))
                .isEqualTo("无法导入 节假日-有误.txt，仍使用原来的日历。" + parserMessage(BAD_CALENDAR))
                .contains("第 3 行");
        assertThat(text(robot, "#settings-calendar-years")).isEqualTo("2026、2027");
        assertThat(saveButton(robot).isDisabled()).as("a failed import blocks nothing").isFalse();

        // A good one replaces it.
        chosenFiles.add(good.toFile());
        robot.clickOn("#settings-import-calendar");
        assertThat(shows(robot, "#settings-calendar-error")).isFalse();
        assertThat(text(robot, "#settings-calendar-message")).isEqualTo("已导入 节假日-2028.txt：覆盖 2028 年。保存后生效。");
        assertThat(text(robot, "#settings-calendar-years")).isEqualTo("2028");
        assertThat(text(robot, "#settings-calendar-provisional")).isEqualTo("2028（放假安排尚未正式公布）");
        assertThat(robot.lookup("#settings-reset-calendar").queryButton().isDisabled()).isFalse();
        assertEverythingFits(robot);
        Screenshots.save(dialogScene(), "settings-dialog");

        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        OfficeSettings result = dialog.getResult();
        assertThat(result).isNotNull();
        assertThat(result.dueSoonDays()).isEqualTo(5);
        assertThat(result.limits().ruleFor(Source.LEADER_INSTRUCTION, Category.URGENT))
                .isEqualTo(DeadlineRule.workingDays(10));
        assertThat(result.limits().ruleFor(Source.PETITION, Category.ROUTINE)).isEqualTo(DeadlineRule.months(2));
        assertThat(result.limits().ruleFor(Source.PETITION, Category.KEY)).isEqualTo(DeadlineRule.calendarDays(60));
        assertThat(result.cadenceFor(Category.KEY)).isEqualTo(ReportCadence.monthlyBy(20));
        assertThat(result.cadenceFor(Category.ROUTINE)).isEqualTo(ReportCadence.monthlyBy(25));
        assertThat(result.reportRequiredBeforeClosing()).containsExactly(Category.KEY, Category.URGENT);
        assertThat(result.holidayCalendar().coveredYears()).containsExactly(2028);
        assertThat(result.holidayCalendarText()).isEqualTo(OfficeSettingsTest.CALENDAR_2028);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void theOperatorNameIsTypedCheckedAndSaved(FxRobot robot) {
        open(robot, OfficeSettings.defaults());
        TextField name = robot.lookup("#settings-operator").queryAs(TextField.class);
        assertThat(name.getText()).isEmpty();
        assertThat(robot.lookup((Node node) -> node instanceof Label label && "操作人".equals(label.getText()))
                .tryQuery()).isPresent();
        assertThat(robot.lookup((Node node) -> node instanceof Label label && label.getText() != null
                && label.getText().contains("留空则记本机账户")).tryQuery()).isPresent();

        robot.clickOn(name).write("长".repeat(OfficeSettings.MAX_OPERATOR_NAME + 1));
        assertThat(saveButton(robot).isDisabled()).isTrue();
        assertThat(robot.lookup("#settings-operator-error").queryAs(Label.class).getText())
                .isEqualTo("操作人姓名最多 50 个字");
        robot.interact(() -> name.setText(""));
        robot.clickOn(name).write("陈督查");
        assertThat(saveButton(robot).isDisabled()).isFalse();
        assertEverythingFits(robot);
        Screenshots.save(dialogScene(), "settings-dialog-operator");

        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getResult()).isEqualTo(OfficeSettings.defaults().withOperatorName("陈督查"));
    }

    @Test
    void escapeInACellPutsBackItsTextAndCancelGivesNoResult(FxRobot robot) {
        open(robot, OfficeSettings.defaults());
        robot.doubleClickOn(limitCell(robot, Source.OTHER, Category.KEY));
        robot.write("99天");
        robot.type(KeyCode.ESCAPE);
        assertThat(dialog.isShowing()).as("Esc ends the edit, not the dialog").isTrue();
        assertThat(limitCell(robot, Source.OTHER, Category.KEY).getText()).isEqualTo("30 天");

        robot.clickOn("#settings-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
    }

    @Test
    void settingsThatCouldNotBeReadAreShownAtTheTop(FxRobot robot) {
        OfficeSettings read = OfficeSettings.fromStored(Map.of("dueSoonDays", "三天", "cadence.ROUTINE", "每月"));
        open(robot, read);
        assertThat(shows(robot, "#settings-problems")).isTrue();
        String shown = robot.lookup("#settings-problems .label").nth(1).queryAs(Label.class).getText();
        assertThat(shown).contains("临期提醒天数“三天”无法读取").contains("常规的进展报送周期“每月”无法读取");
        Screenshots.save(dialogScene(), "settings-dialog-problems");
        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getResult()).isEqualTo(OfficeSettings.defaults());
    }

    /** The calendar parser's own message for {@code text}, which the dialog must show as it is. */
    private static String parserMessage(String text) {
        try {
            OfficeSettings.parseCalendar(text);
        } catch (LineFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("the bad calendar was read");
    }

    /** A ChoiceBox shows its items in a context menu, not a list. */
    private static Node listCellOrMenuItem(FxRobot robot, String text) {
        return robot.lookup(node -> node instanceof Label label && text.equals(label.getText())
                && label.getScene() != null && label.getScene().getWindow() instanceof javafx.stage.PopupWindow)
                .tryQuery().orElseGet(() -> listCell(robot, text));
    }

    /** Nothing is cut off: the dialog's content fits its window. */
    private void assertEverythingFits(FxRobot robot) {
        Node content = dialog.getDialogPane().getContent();
        assertThat(content.getBoundsInParent().getWidth()).isLessThanOrEqualTo(dialogScene().getWidth());
        Button save = saveButton(robot);
        assertThat(save.localToScene(save.getBoundsInLocal()).getMaxY()).isLessThanOrEqualTo(dialogScene().getHeight());
    }

    /** 附件 (issue 17): the size limit typed, a category needing 佐证材料 ticked, another unticked, 保存. */
    @Test
    void theLimitAndTheCategoriesNeedingEvidenceAreShownChangedAndGivenBack(FxRobot robot) {
        robot.interact(() -> {
            dialog = new SettingsDialog(stage, OfficeSettings.defaults(),
                    new AttachmentSettings(50, EnumSet.of(Category.URGENT)));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Spinner<?> limit = robot.lookup("#settings-attachment-max").queryAs(Spinner.class);
        assertThat(limit.getValue()).isEqualTo(50);
        assertThat(robot.lookup("#settings-evidence-required-URGENT").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#settings-evidence-required-KEY").queryAs(CheckBox.class).isSelected()).isFalse();

        robot.clickOn("#settings-attachment-max");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("80");
        robot.type(KeyCode.TAB);
        robot.clickOn("#settings-evidence-required-KEY");
        robot.clickOn("#settings-evidence-required-URGENT");
        assertEverythingFits(robot);
        Screenshots.save(dialogScene(), "settings-dialog-attachments");

        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.getResult()).isNotNull();
        assertThat(dialog.viewModel().attachmentRules().toSettings())
                .isEqualTo(new AttachmentSettings(80, EnumSet.of(Category.KEY)));
    }
}
