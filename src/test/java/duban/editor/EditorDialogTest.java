package duban.editor;

import duban.app.StorePorts;
import duban.ui.forms.Forms;

import static duban.testing.FxTexts.shows;
import static duban.testing.FxTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import duban.ui.TaskRunner;
import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.UnitStore;
import duban.testing.Screenshots;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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
 * The item editor driven as the officer uses it: typing Chinese into the fields, picking or
 * typing the 牵头单位, typing dates, pressing 保存; checked against the database.
 */
@ExtendWith(ApplicationExtension.class)
class EditorDialogTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
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
        WaitForAsyncUtils.clearExceptions(); // only this test's FX-thread failures count below
        // The dialogs' owner is a window of this test's own, closed after it: the shared primary
        // stage is left as it was (shown, it keeps a size that later application tests inherit).
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @BeforeEach
    void openDatabase() throws Exception {
        database = Database.open(folder.resolve("editor.db"));
        unitStore = new UnitStore(database.dsl());
        itemStore = new ItemStore(database.dsl(), CLOCK);
        for (String name : List.of("县财政局", "县住房和城乡建设局", "县发展和改革委员会", "县教育局", "县交通运输局")) {
            unitStore.add(name, UnitKind.COUNTY_DEPARTMENT);
        }
    }

    @AfterEach
    void closeDialogAndDatabase(FxRobot robot) throws Throwable {
        if (dialog != null) {
            robot.interact(() -> dialog.close());
        }
        robot.interact(() -> stage.close());
        // A listener that threw on the FX thread fails this test, not a later one.
        WaitForAsyncUtils.checkException();
        database.close();
    }

    private void openForNew(FxRobot robot) {
        robot.interact(() -> {
            dialog = EditorDialog.forNew(stage, unitStore.all(), CLOCK, StorePorts.editor(unitStore, itemStore),
                    TaskRunner.inline());
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openFor(FxRobot robot, Item item) {
        robot.interact(() -> {
            dialog = EditorDialog.forItem(stage, item, unitStore.all(), CLOCK, StorePorts.editor(unitStore, itemStore),
                    TaskRunner.inline());
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Scene dialogScene() {
        return dialog.getDialogPane().getScene();
    }

    private static Button saveButton(FxRobot robot) {
        return robot.lookup("#editor-save").queryButton();
    }

    /** Replaces the text of the field under {@code id} by typing, as a user would. */
    private static void typeInto(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    private static Node listCell(FxRobot robot, String text) {
        return robot.lookup(node -> node instanceof ListCell<?> cell && text.equals(cell.getText())
                && cell.isVisible()).query();
    }

    @Test
    void registerANewItemByTypingAndPickingTheLeadUnit(FxRobot robot) {
        openForNew(robot);
        assertThat(dialog.getTitle()).isEqualTo("新建督办事项");
        assertThat(saveButton(robot).isDisabled()).isTrue();
        assertThat(robot.lookup("#editor-assigned-on").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("2026-11-21");

        robot.clickOn("#editor-title").write("关于加快推进城区老旧小区改造的批示");
        robot.clickOn("#editor-details").write("年底前完成 12 个小区改造，每月 25 日前报送进展。");
        robot.clickOn("#editor-owner").write("王建国");
        robot.clickOn("#editor-leader").write("李副县长");

        robot.clickOn("#editor-lead-unit .arrow-button");
        robot.clickOn(listCell(robot, "县住房和城乡建设局"));
        assertThat(robot.lookup("#editor-lead-unit").queryAs(ComboBox.class).getEditor().getText())
                .isEqualTo("县住房和城乡建设局");
        assertThat(shows(robot, "#editor-lead-unit-hint")).as("an existing unit is not new").isFalse();

        robot.clickOn("#editor-category");
        robot.clickOn(listCell(robot, "重点督办"));

        robot.clickOn("#editor-assist-units");
        robot.clickOn(listCell(robot, "县财政局"));
        robot.clickOn(listCell(robot, "县发展和改革委员会"));
        robot.type(KeyCode.ESCAPE);

        // Picking 重点督办 offered the office's default for a leader's 重点 instruction: 30 天.
        assertThat(robot.lookup("#editor-deadline-rule").queryAs(TextField.class).getText()).isEqualTo("30 天");
        assertThat(robot.lookup("#editor-deadline").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("2026-12-21");
        // She gives her own date instead.
        robot.clickOn("#editor-deadline");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        assertThat(saveButton(robot).isDisabled()).as("no 办理时限 now").isTrue();
        robot.write("2026/12/31");
        assertThat(saveButton(robot).isDisabled()).as("enabled as soon as the date is typed").isFalse();
        assertThat(robot.lookup("#editor-deadline-rule").queryAs(TextField.class).getText()).as("her date wins").isEmpty();
        robot.clickOn("#editor-title"); // leave the date field: it shows the date in its display form
        assertThat(robot.lookup("#editor-deadline").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("2026-12-31");
        assertThat(shows(robot, "#editor-deadline-error")).isFalse();
        assertThat(dialogScene().getWidth()).as("room for Chinese labels and unit names").isGreaterThanOrEqualTo(640);
        Screenshots.save(dialogScene(), "editor-filled");

        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        Item result = dialog.getResult();
        assertThat(result).isNotNull();
        assertThat(itemStore.countAll()).isEqualTo(1);
        Item stored = itemStore.find(result.id());
        assertThat(stored.title()).isEqualTo("关于加快推进城区老旧小区改造的批示");
        assertThat(stored.details()).isEqualTo("年底前完成 12 个小区改造，每月 25 日前报送进展。");
        assertThat(stored.status()).isEqualTo(Status.ASSIGNED);
        assertThat(stored.source()).isEqualTo(Source.LEADER_INSTRUCTION);
        assertThat(stored.category()).isEqualTo(Category.KEY);
        assertThat(stored.leadUnit().name()).isEqualTo("县住房和城乡建设局");
        assertThat(stored.assistUnits()).extracting(Unit::name).containsExactly("县财政局", "县发展和改革委员会");
        assertThat(stored.owner()).isEqualTo("王建国");
        assertThat(stored.leader()).isEqualTo("李副县长");
        assertThat(stored.assignedOn()).isEqualTo(TODAY);
        assertThat(stored.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void typingANewUnitNameAddsThatUnitOnSaving(FxRobot robot) {
        openForNew(robot);
        robot.clickOn("#editor-title").write("城关镇农贸市场提升改造");
        robot.clickOn("#editor-owner").write("陈立");
        robot.clickOn("#editor-lead-unit").write("城关镇");
        assertThat(shows(robot, "#editor-lead-unit-hint")).isTrue();
        assertThat(text(robot, "#editor-lead-unit-hint")).isEqualTo("将新增单位：城关镇");
        robot.clickOn("#editor-deadline").write("20270115");
        assertThat(saveButton(robot).isDisabled()).isFalse();

        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        Unit town = unitStore.all().stream().filter(unit -> unit.name().equals("城关镇")).findFirst().orElseThrow();
        assertThat(town.kind()).isEqualTo(UnitKind.TOWNSHIP);
        Item stored = itemStore.find(dialog.getResult().id());
        assertThat(stored.leadUnit()).isEqualTo(town);
        assertThat(stored.deadline()).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void aDeadlineBeforeTheAssignmentDateIsRefused(FxRobot robot) {
        openForNew(robot);
        robot.clickOn("#editor-title").write("全县学校食堂明厨亮灶改造");
        robot.clickOn("#editor-owner").write("刘芳");
        robot.clickOn("#editor-lead-unit").write("县教育局");
        robot.clickOn("#editor-deadline").write("2026-11-01");
        robot.clickOn("#editor-owner");

        assertThat(shows(robot, "#editor-deadline-error")).isTrue();
        assertThat(text(robot, "#editor-deadline-error")).isEqualTo("办理时限不能早于交办日期");
        assertThat(robot.lookup("#editor-deadline").query().getPseudoClassStates())
                .contains(Forms.INVALID);
        assertThat(saveButton(robot).isDisabled()).isTrue();
        Screenshots.save(dialogScene(), "editor-validation");

        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isTrue();
        assertThat(itemStore.countAll()).isZero();
    }

    @Test
    void textThatIsNotADateStaysWithItsMessageWhenLeavingTheField(FxRobot robot) {
        openForNew(robot);
        robot.clickOn("#editor-deadline").write("2026-13-45");
        robot.clickOn("#editor-title");
        robot.clickOn("#editor-deadline").type(KeyCode.ENTER);
        robot.clickOn("#editor-owner");

        TextField deadlineText = robot.lookup("#editor-deadline").queryAs(DatePicker.class).getEditor();
        assertThat(deadlineText.getText()).isEqualTo("2026-13-45");
        assertThat(text(robot, "#editor-deadline-error")).isEqualTo("日期格式应为 2026-12-31");
        assertThat(shows(robot, "#editor-deadline-error")).isTrue();
        assertThat(saveButton(robot).isDisabled()).isTrue();
    }

    @Test
    void requiredFieldsSayWhatIsMissingAndLongTitlesAreCounted(FxRobot robot) {
        openForNew(robot);
        assertThat(text(robot, "#editor-title-error")).isEqualTo("请填写督办事项");
        assertThat(text(robot, "#editor-owner-error")).isEqualTo("请填写责任人");
        assertThat(text(robot, "#editor-lead-unit-error")).isEqualTo("请选择或填写牵头单位");
        assertThat(text(robot, "#editor-deadline-error")).isEqualTo("请填写办理时限");
        assertThat(shows(robot, "#editor-assigned-on-error")).isFalse();
        assertThat(shows(robot, "#editor-assist-units-error")).isFalse();
        Screenshots.save(dialogScene(), "editor-new");

        robot.interact(() -> dialog.viewModel().titleProperty().set("督".repeat(200)));
        robot.clickOn("#editor-title").type(KeyCode.END).write("办");
        assertThat(text(robot, "#editor-title-error")).isEqualTo("督办事项不能超过 200 字（现 201 字）");
        robot.type(KeyCode.BACK_SPACE);
        assertThat(shows(robot, "#editor-title-error")).isFalse();
        assertThat(robot.lookup("#editor-title").query().getPseudoClassStates()).doesNotContain(Forms.INVALID);
    }

    @Test
    void theLeadUnitAmongTheAssistingUnitsIsShown(FxRobot robot) {
        openForNew(robot);
        robot.clickOn("#editor-lead-unit").write("县财政局");
        robot.clickOn("#editor-assist-units");
        robot.clickOn(listCell(robot, "县财政局"));
        robot.type(KeyCode.ESCAPE);

        System.gc(); // the prompt's grey must follow the checks for the dialog's whole life
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#editor-assist-units").query().getPseudoClassStates())
                .contains(Forms.INVALID)
                .noneMatch(state -> state.getPseudoClassName().equals("none-checked"));
        assertThat(shows(robot, "#editor-assist-units-error")).isTrue();
        assertThat(text(robot, "#editor-assist-units-error")).isEqualTo("协办单位不能包含牵头单位");
        assertThat(saveButton(robot).isDisabled()).isTrue();
        Screenshots.save(dialogScene(), "editor-assist-includes-lead");
    }

    @Test
    void aFailedSaveKeepsTheDialogOpenWithWhatWasTyped(FxRobot robot) {
        Unit finance = unitStore.all().get(0);
        Item item = itemStore.create(new ItemDraft("农村公路养护资金下达", "", Source.WORK_REPORT, Category.ROUTINE,
                finance.id(), List.of(), "赵敏", null, TODAY.minusDays(10), TODAY.plusDays(20)));
        openFor(robot, item);
        assertThat(dialog.getTitle()).isEqualTo("编辑督办事项");
        assertThat(robot.lookup("#editor-lead-unit").queryAs(ComboBox.class).getEditor().getText()).isEqualTo("县财政局");
        // Meanwhile another window changes the item.
        itemStore.update(item.id(), item.version(), new ItemDraft(item.title(), "别处的修改", item.source(),
                item.category(), finance.id(), List.of(), "赵敏", null, item.assignedOn(), item.deadline()));

        typeInto(robot, "#editor-owner", "钱进");
        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isTrue();
        assertThat(shows(robot, "#editor-save-error")).isTrue();
        assertThat(text(robot, "#editor-save-error")).contains("已被其他窗口或程序修改");
        assertThat(robot.lookup("#editor-owner").queryAs(TextField.class).getText()).isEqualTo("钱进");
        assertThat(itemStore.find(item.id()).owner()).isEqualTo("赵敏");
        assertThat(dialog.getResult()).isNull();
        Button save = saveButton(robot);
        assertThat(save.localToScene(save.getBoundsInLocal()).getMaxY())
                .as("保存 still in view under the message").isLessThanOrEqualTo(dialogScene().getHeight());
        Screenshots.save(dialogScene(), "editor-save-failed");
    }

    @Test
    void editingAnItemSavesItsNewValues(FxRobot robot) {
        Unit finance = unitStore.all().get(0);
        Item item = itemStore.create(new ItemDraft("农村公路养护资金下达", "", Source.WORK_REPORT, Category.ROUTINE,
                finance.id(), List.of(), "赵敏", null, TODAY.minusDays(10), TODAY.plusDays(20)));
        openFor(robot, item);
        typeInto(robot, "#editor-deadline", "2027年1月31日");
        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        Item stored = itemStore.find(item.id());
        assertThat(stored.deadline()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(stored.version()).isEqualTo(item.version() + 1);
        assertThat(dialog.getResult()).isEqualTo(stored);
    }

    @Test
    void whileTheStoreIsSavingTheDialogCannotBeCancelled(FxRobot robot) {
        // A runner that holds the work until the test lets it run, as the store thread might.
        List<Runnable> held = new java.util.ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                                java.util.function.Consumer<? super Throwable> onFailure) {
                held.add(() -> TaskRunner.inline().run(work, onSuccess, onFailure));
            }
        };
        robot.interact(() -> {
            dialog = EditorDialog.forNew(stage, unitStore.all(), CLOCK, StorePorts.editor(unitStore, itemStore), later);
            dialog.show();
        });
        robot.clickOn("#editor-title").write("县城区供水管网改造");
        robot.clickOn("#editor-owner").write("孙华");
        robot.clickOn("#editor-lead-unit").write("县财政局");
        robot.clickOn("#editor-deadline").write("2026.12.20");
        robot.clickOn("#editor-save");

        assertThat(held).hasSize(1);
        assertThat(saveButton(robot).isDisabled()).isTrue();
        assertThat(robot.lookup("#editor-cancel").queryButton().isDisabled()).isTrue();
        robot.interact(() -> dialog.close());
        assertThat(dialog.isShowing()).as("closing waits for the save").isTrue();

        robot.interact(() -> held.remove(0).run());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult().title()).isEqualTo("县城区供水管网改造");
        assertThat(itemStore.countAll()).isEqualTo(1);
    }

    @Test
    void cancelWritesNothingAndGivesNoResult(FxRobot robot) {
        openForNew(robot);
        robot.clickOn("#editor-title").write("不保存的事项");
        robot.clickOn("#editor-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
        assertThat(itemStore.countAll()).isZero();
    }
}
