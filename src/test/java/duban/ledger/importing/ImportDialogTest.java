package duban.ledger.importing;

import duban.app.StorePorts;
import duban.domain.importing.ImportResult;

import static org.assertj.core.api.Assertions.assertThat;

import duban.ui.StoreThread;
import duban.domain.Item;
import duban.domain.UnitKind;
import duban.store.Database;
import duban.store.ImportStore;
import duban.store.ImportStoreTest;
import duban.store.ItemStore;
import duban.store.UnitStore;
import duban.testing.Screenshots;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 导入督办事项 driven by a user: the preview with its problems, confirming new units, 导入. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    @TempDir
    Path folder;

    private Stage stage;
    private ImportDialog dialog;
    private Database db;
    private StoreThread storeThread;

    @Start
    void start(Stage primaryStage) {
        WaitForAsyncUtils.clearExceptions();
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) throws Throwable {
        if (dialog != null) {
            robot.interact(() -> dialog.close());
        }
        robot.interact(() -> stage.close());
        if (storeThread != null) {
            storeThread.close();
        }
        if (db != null) {
            db.close();
        }
        WaitForAsyncUtils.checkException();
    }

    private void open(FxRobot robot, Path file) throws Exception {
        db = Database.open(folder.resolve("office.db"));
        UnitStore units = new UnitStore(db.dsl());
        units.add("县财政局", UnitKind.COUNTY_DEPARTMENT);
        units.add("县水利局", UnitKind.COUNTY_DEPARTMENT);
        units.add("城关镇", UnitKind.TOWNSHIP);
        new ItemStore(db.dsl(), ImportStoreTest.CLOCK).create(new duban.domain.ItemDraft("整治城区河道", "",
                duban.domain.Source.LEADER_INSTRUCTION, duban.domain.Category.ROUTINE, 2, List.of(), "李明", null,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20)));
        storeThread = new StoreThread();
        ImportViewModel viewModel = new ImportViewModel(StorePorts.importing(new ImportStore(db.dsl(), ImportStoreTest.CLOCK)), storeThread,
                ImportStoreTest.CLOCK, javafx.application.Platform::runLater);
        robot.interact(() -> {
            dialog = new ImportDialog(stage, viewModel);
            dialog.show();
            viewModel.open(file);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path taskList() throws Exception {
        return TaskLists.xlsx(folder.resolve("2026年政府工作报告任务分解.xlsx"),
                List.of("2026年政府工作报告重点任务分解表"),
                List.of(List.of("序号", "工作任务", "事项来源", "交办日期", "责任单位", "配合单位", "责任人", "完成时限"),
                        List.of(1, "推进城区老旧小区改造，年内完成 12 个小区", "政府工作报告", LocalDate.of(2026, 3, 1),
                                "县财政局", "城关镇、县水利局", "王建国", LocalDate.of(2026, 12, 31)),
                        List.of(2, "建设智慧停车系统，新增泊位 800 个", "政府工作报告", LocalDate.of(2026, 3, 1),
                                "县城市管理局", "县公安局交警大队", "孙丽", LocalDate.of(2026, 9, 30)),
                        List.of(3, "完善乡村公路养护机制", "政府工作报告", LocalDate.of(2026, 3, 1),
                                "县交通运输局", "", "", "年底前"),
                        List.of(4, "整治城区河道", "领导批示", LocalDate.of(2026, 3, 2), "县水利局", "", "李明",
                                LocalDate.of(2026, 3, 20)),
                        List.of(5, "春季植树造林", "政府工作报告", LocalDate.of(2026, 3, 5), "城关镇", "", "周敏",
                                LocalDate.of(2026, 3, 1))));
    }

    @Test
    void theUserSeesTheProblemsConfirmsTheNewUnitsAndImports(FxRobot robot) throws Exception {
        open(robot, taskList());

        TableView<?> table = robot.lookup("#import-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(5);
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo("共 5 行：可导入 1 行，有问题 3 行，已导入过 1 行");
        CheckBox createUnits = robot.lookup("#import-create-units").queryAs(CheckBox.class);
        assertThat(createUnits.isVisible()).isTrue();
        assertThat(createUnits.getText()).isEqualTo("新建以下单位：县城市管理局、县公安局交警大队、县交通运输局");
        List<Node> invalidRows = robot.lookup(".table-row-cell").match(node -> node instanceof TableRow<?> row
                && row.getPseudoClassStates().contains(ImportDialog.INVALID)).queryAll().stream().toList();
        assertThat(invalidRows).hasSize(3);
        assertThat(robot.lookup("#import-ok").queryAs(Node.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#import-file-notes").queryAs(Label.class).getText()).contains("督办类别").contains("常规");
        Screenshots.save(dialog.getDialogPane().getScene(), "import-preview-errors");

        robot.clickOn("#import-create-units");
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo("共 5 行：可导入 2 行，有问题 2 行，已导入过 1 行");
        Screenshots.save(dialog.getDialogPane().getScene(), "import-preview-units-confirmed");

        robot.clickOn("#import-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());

        assertThat(dialog.getResult()).isEqualTo(new ImportResult(2, 1, 2, 2));
        List<Item> items = new ItemStore(db.dsl(), ImportStoreTest.CLOCK).loadAll();
        assertThat(items).extracting(Item::title).containsExactlyInAnyOrder("整治城区河道",
                "推进城区老旧小区改造，年内完成 12 个小区", "建设智慧停车系统，新增泊位 800 个");
    }

    @Test
    void cancelImportsNothingAndGivesNoResult(FxRobot robot) throws Exception {
        open(robot, taskList());
        robot.clickOn("#import-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
        assertThat(new ItemStore(db.dsl(), ImportStoreTest.CLOCK).loadAll()).hasSize(1);
    }

    @Test
    void aLedgerWeExportedShowsWhereEachItemWillStandAndWhatCannotBeTakenOver(FxRobot robot) throws Exception {
        Path ledger = TaskLists.xlsx(folder.resolve("督办台账.xlsx"), List.of("青石县人民政府办公室督办事项台账"),
                List.of(List.of("序号", "督办事项", "事项来源", "交办日期", "牵头单位", "责任人", "办理时限", "办理进展", "状态",
                                "办结日期", "备注", "督办类别", "办结情况"),
                        List.of(1, "城区供水管网改造", "领导批示", LocalDate.of(2026, 1, 5), "县水利局", "周建平",
                                LocalDate.of(2026, 2, 28), "2026-02-20: 管网已全部接通", "办结销号·按时办结",
                                LocalDate.of(2026, 2, 26), "", "重点督办", "完成管网改造 3.2 公里"),
                        List.of(2, "老旧小区加装电梯", "政府工作报告", LocalDate.of(2026, 1, 8), "县财政局", "王建国",
                                LocalDate.of(2026, 6, 30), "2026-03-01: 已完成方案", "办理中", "", "", "常规", ""),
                        List.of(3, "城关镇农贸市场改造", "其他", LocalDate.of(2026, 1, 9), "城关镇", "周敏",
                                LocalDate.of(2026, 3, 31), "", "办结销号", LocalDate.of(2026, 3, 6), "", "常规", "")));
        open(robot, ledger);

        TableView<?> table = robot.lookup("#import-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo("共 3 行：可导入 3 行，有问题 0 行，已导入过 0 行");
        List<String> issues = table.getItems().stream().map(row -> ((PreviewRow) row).issues()).toList();
        assertThat(issues.get(0)).contains("导入后为“办结销号”，办结日期 2026-02-26");
        assertThat(issues.get(1)).contains("导入后在“办理中”栏");
        assertThat(issues.get(2)).contains("状态为办结销号，但没有办结情况：按“待反馈”导入");
        Screenshots.save(dialog.getDialogPane().getScene(), "import-preview-exported-ledger");

        robot.clickOn("#import-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());

        List<Item> items = new ItemStore(db.dsl(), ImportStoreTest.CLOCK).loadAll();
        Item closed = items.stream().filter(item -> item.title().equals("城区供水管网改造")).findFirst().orElseThrow();
        assertThat(closed.status()).isEqualTo(duban.domain.Status.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(closed.closingNote()).isEqualTo("完成管网改造 3.2 公里");
        assertThat(closed.category()).isEqualTo(duban.domain.Category.KEY);
        assertThat(items).filteredOn(item -> item.title().equals("城关镇农贸市场改造"))
                .extracting(Item::status).containsExactly(duban.domain.Status.AWAITING_FEEDBACK);
    }
}
