package duban.editor;

import duban.app.StorePorts;
import duban.ui.forms.Forms;

import static duban.testing.FxTexts.shows;
import static duban.testing.FxTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import duban.ui.TaskRunner;
import duban.domain.Item;
import duban.domain.Source;
import duban.domain.UnitKind;
import duban.domain.office.OfficeSettings;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.UnitStore;
import duban.testing.Screenshots;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 办理时限 of the item editor given as a rule, driven as the officer types it: the date
 * computed and saved, a source's default, her own date winning, and a year the calendar lacks.
 */
@ExtendWith(ApplicationExtension.class)
class EditorDeadlineRuleDialogTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The day before the 交办日期 the tests type, so that typing it is what sets it. */
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 14);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path folder;

    private Stage stage;
    private Database database;
    private UnitStore unitStore;
    private ItemStore itemStore;
    private EditorDialog dialog;

    @Start
    void start(Stage primaryStage) {
        WaitForAsyncUtils.clearExceptions();
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @BeforeEach
    void openDatabase() throws Exception {
        database = Database.open(folder.resolve("editor.db"));
        unitStore = new UnitStore(database.dsl());
        itemStore = new ItemStore(database.dsl(), CLOCK);
        unitStore.add("县应急管理局", UnitKind.COUNTY_DEPARTMENT);
    }

    @AfterEach
    void closeDialogAndDatabase(FxRobot robot) throws Throwable {
        if (dialog != null) {
            robot.interact(() -> dialog.close());
        }
        robot.interact(() -> stage.close());
        WaitForAsyncUtils.checkException();
        database.close();
    }

    private void openForNew(FxRobot robot) {
        robot.interact(() -> {
            dialog = EditorDialog.forNew(stage, unitStore.all(), CLOCK, OfficeSettings.defaults(),
                    StorePorts.editor(unitStore, itemStore), TaskRunner.inline());
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#editor-title").write("中秋国庆期间安全生产大检查");
        robot.clickOn("#editor-owner").write("周强");
        robot.clickOn("#editor-lead-unit").write("县应急管理局");
    }

    private Scene dialogScene() {
        return dialog.getDialogPane().getScene();
    }

    private static Button saveButton(FxRobot robot) {
        return robot.lookup("#editor-save").queryButton();
    }

    private static DatePicker picker(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(DatePicker.class);
    }

    private static String ruleText(FxRobot robot) {
        return robot.lookup("#editor-deadline-rule").queryAs(TextField.class).getText();
    }

    /** Replaces the text of the field under {@code id} by typing, as a user would. */
    private static void typeInto(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    private static void pick(FxRobot robot, String comboId, String label) {
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(node -> node instanceof ListCell<?> cell && label.equals(cell.getText())
                && cell.isVisible()).queryAs(Node.class));
    }

    @Test
    void fifteenWorkingDaysFromTheAssignmentDateAreShownAndSaved(FxRobot robot) {
        openForNew(robot);
        typeInto(robot, "#editor-assigned-on", "2026-09-15");
        typeInto(robot, "#editor-deadline-rule", "15个工作日");

        // By hand, from Tuesday 2026-09-15 (not counted): 9-16..9-18 are 1-3, Sunday 9-20 is a
        // make-up working day (4), 9-21..9-24 are 5-8, 中秋 9-25..9-27 is off, 9-28..9-30 are
        // 9-11, 国庆 10-1..10-7 is off, 10-8 and 10-9 are 12-13, Saturday 10-10 is a make-up
        // working day (14), Sunday 10-11 is off, Monday 10-12 is the 15th.
        assertThat(shows(robot, "#editor-deadline-rule-result")).isTrue();
        assertThat(text(robot, "#editor-deadline-rule-result")).isEqualTo("= 2026-10-12（15 个工作日）");
        assertThat(picker(robot, "#editor-deadline").getEditor().getText()).isEqualTo("2026-10-12");
        assertThat(picker(robot, "#editor-deadline").getValue()).as("the calendar opens on it")
                .isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(shows(robot, "#editor-deadline-rule-error")).isFalse();
        assertThat(shows(robot, "#editor-deadline-warning")).isFalse();
        assertThat(saveButton(robot).isDisabled()).isFalse();
        Screenshots.save(dialogScene(), "editor-deadline-rule");

        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        Item stored = itemStore.find(dialog.getResult().id());
        assertThat(stored.assignedOn()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(stored.deadline()).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void pickingPetitionFillsItsSixtyDaysAndATypedDateWinsAfterwards(FxRobot robot) {
        openForNew(robot);
        assertThat(picker(robot, "#editor-deadline").getEditor().getText()).as("nothing picked yet").isEmpty();

        pick(robot, "#editor-source", "信访");

        assertThat(ruleText(robot)).isEqualTo("60 天");
        assertThat(picker(robot, "#editor-deadline").getEditor().getText()).isEqualTo("2026-11-13");
        assertThat(text(robot, "#editor-deadline-rule-result")).isEqualTo("= 2026-11-13（60 天，信访 · 常规的默认时限）");
        assertThat(saveButton(robot).isDisabled()).isFalse();
        Screenshots.save(dialogScene(), "editor-deadline-default");

        // Her own date, then another source: her date stays.
        typeInto(robot, "#editor-deadline", "2026-12-20");
        assertThat(ruleText(robot)).isEmpty();
        assertThat(shows(robot, "#editor-deadline-rule-result")).isFalse();
        pick(robot, "#editor-source", "人大建议");
        pick(robot, "#editor-category", "急件");
        assertThat(picker(robot, "#editor-deadline").getEditor().getText()).isEqualTo("2026-12-20");
        assertThat(ruleText(robot)).isEmpty();

        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitForFxEvents();
        Item stored = itemStore.find(dialog.getResult().id());
        assertThat(stored.source()).isEqualTo(Source.NPC_SUGGESTION);
        assertThat(stored.deadline()).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void aWorkingDayCountInto2028ShowsTheCalendarsMessageAndDisablesSaving(FxRobot robot) {
        openForNew(robot);
        typeInto(robot, "#editor-assigned-on", "2027-12-01");
        typeInto(robot, "#editor-deadline-rule", "30个工作日");

        assertThat(shows(robot, "#editor-deadline-rule-error")).isTrue();
        assertThat(text(robot, "#editor-deadline-rule-error"))
                .isEqualTo("节假日日历只包含 2026、2027 年，无法计算 2028 年的工作日。请在 设置 中更新节假日日历。");
        assertThat(robot.lookup("#editor-deadline-rule").query().getPseudoClassStates()).contains(Forms.INVALID);
        assertThat(shows(robot, "#editor-deadline-error")).as("the rule's message says it all").isFalse();
        assertThat(saveButton(robot).isDisabled()).isTrue();
        Screenshots.save(dialogScene(), "editor-deadline-outside-calendar");

        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isTrue();
        assertThat(itemStore.countAll()).isZero();
    }

    @Test
    void aProvisionalYearIsAWarningAndSavingStaysPossible(FxRobot robot) {
        openForNew(robot);
        typeInto(robot, "#editor-assigned-on", "2027-03-01");
        typeInto(robot, "#editor-deadline-rule", "15个工作日");

        assertThat(text(robot, "#editor-deadline-rule-result")).isEqualTo("= 2027-03-22（15 个工作日）");
        assertThat(shows(robot, "#editor-deadline-warning")).isTrue();
        assertThat(text(robot, "#editor-deadline-warning")).startsWith("2027 年的节假日安排是暂定的");
        assertThat(shows(robot, "#editor-deadline-rule-error")).isFalse();
        assertThat(saveButton(robot).isDisabled()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        Button save = saveButton(robot);
        assertThat(save.localToScene(save.getBoundsInLocal()).getMaxY())
                .as("保存 still in view under the warning").isLessThanOrEqualTo(dialogScene().getHeight());
        Screenshots.save(dialogScene(), "editor-deadline-provisional");
    }
}
