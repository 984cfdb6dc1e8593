package duban.ledger.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import duban.app.FeedbackPorts;
import duban.app.StorePorts;
import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ItemEvent;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.feedback.FeedbackLine;
import duban.ui.BackgroundJob;
import duban.ledger.view.LedgerView;
import duban.ledger.view.LedgerViewModel;
import duban.ledger.view.LedgerWindow;
import duban.store.Database;
import duban.store.Stores;
import duban.testing.Screenshots;
import duban.ui.StoreThread;
import duban.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The ledger window's 导出反馈表… and 导入反馈表…, driven as an officer would, over a real database file. */
@ExtendWith(ApplicationExtension.class)
class FeedbackRoundTripViewTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 4).atTime(9, 30).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    static Path folder;

    private Database database;
    private Stores stores;
    private StoreThread storeThread;
    private Scene scene;
    private Item roads;
    private Item school;
    private FeedbackActions actions;
    private final List<FeedbackImportDialog> dialogs = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private Optional<String> readOnly = Optional.empty();
    private Path returnedForm;

    @Start
    void start(Stage stage) throws Exception {
        database = Database.open(Files.createTempFile(folder, "feedback", ".db"));
        stores = Stores.over(database, CLOCK, () -> "督查室");
        Unit finance = stores.units().add("县财政局", UnitKind.COUNTY_DEPARTMENT);
        Unit water = stores.units().add("县水利局", UnitKind.COUNTY_DEPARTMENT);
        roads = create("推进乡村道路硬化，年内完成 30 公里", finance);
        school = create("完成城区学校食堂改造", finance);
        Item river = create("河道清淤", water);
        storeThread = new StoreThread();
        LedgerViewModel ledger = new LedgerViewModel(StorePorts.ledger(stores.items(), stores.workflow(),
                stores.units(), stores.settings()), TaskRunner.inline(), new Deadlines(CLOCK), CLOCK,
                BackgroundJob.onBackgroundThread());
        actions = new FeedbackActions(FeedbackPorts.of(stores.feedback()), storeThread, ledger.job(), messages::add,
                () -> readOnly, result -> ledger.reload());
        actions.setChoosers(owner -> returnedForm, (owner, choices) -> Optional.of("县财政局"), owner -> folder);
        actions.setDialogShown(dialogs::add);
        LedgerView view = new LedgerView(ledger, owner -> { });
        view.setFeedbackActions(actions::exportForms, actions::importForm);
        scene = LedgerWindow.scene(view, 1280, 700);
        stage.setScene(scene);
        stage.show();
        ledger.reload();
        returnedForm = folder.resolve("反馈表_县财政局_20261204.xlsx");
        Files.deleteIfExists(returnedForm);
        assertThat(river.leadUnit().name()).isEqualTo("县水利局");
    }

    private Item create(String title, Unit lead) {
        return stores.items().create(new ItemDraft(title, "", Source.LEADER_INSTRUCTION, Category.KEY, lead.id(),
                List.of(), "张三", null, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> dialogs.forEach(FeedbackImportDialog::close));
        storeThread.close();
        database.close();
    }

    @Test
    void anOfficerExportsAUnitsFormImportsItFilledAndTheItemMovesToAwaitingFeedback(FxRobot robot) throws Exception {
        robot.clickOn("#ledger-feedback-export");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(returnedForm) && !messages.isEmpty()
                && messages.get(messages.size() - 1).startsWith("已写出"));
        FeedbackForms.fill(returnedForm, roads.id(), "已完成 28 公里路面浇筑，剩余 2 公里月底完工", "基本完成", "是", "李四");
        FeedbackForms.addRow(returnedForm, "99999", "单位自己加的一行", "");

        robot.clickOn("#ledger-feedback-import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.size() == 1
                && !dialogs.get(0).viewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        FeedbackImportDialog dialog = dialogs.get(0);
        TableView<?> table = robot.lookup("#feedback-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(dialog.viewModel().lines()).extracting(FeedbackLine::describe)
                .containsExactly("将导入", "未填写", "事项编号不存在（99999）");
        assertThat(robot.lookup("#feedback-summary").queryAs(Label.class).getText())
                .isEqualTo("县财政局的反馈表共 3 行：将导入 1 行（其中 1 行申请办结，移至待反馈），未填写 1 行，已导入过 0 行，有问题 1 行（不导入）。");
        Screenshots.save(dialog.getDialogPane().getScene(), "feedback-import-preview");

        robot.clickOn("#feedback-import-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialog.isShowing());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(messages).last().isEqualTo("已导入 1 条办理进展，1 项事项移至待反馈。");
        assertThat(stores.items().find(roads.id()).status()).isEqualTo(Status.AWAITING_FEEDBACK);
        assertThat(stores.items().history(roads.id())).extracting(ItemEvent::kind)
                .containsExactly(EventKind.CREATE, EventKind.REPORT, EventKind.MOVE);
        assertThat(stores.workflow().reports(roads.id())).singleElement()
                .satisfies(report -> assertThat(report.reporter()).isEqualTo("李四"));
        assertThat(stores.items().find(school.id()).status()).isEqualTo(Status.ASSIGNED);
        Screenshots.save(scene, "feedback-ledger-after-import");
    }

    @Test
    void onAReadOnlyOpenTheImportIsRefusedWithTheUsualMessage(FxRobot robot) {
        readOnly = Optional.of("只读模式：不能修改");
        robot.clickOn("#ledger-feedback-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs).isEmpty();
        assertThat(messages).containsExactly("只读模式：不能修改");
    }
}
