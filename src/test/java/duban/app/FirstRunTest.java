package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.attachments.FileDrag;
import duban.domain.Status;
import duban.ledger.importing.TaskLists;
import duban.testing.Screenshots;
import duban.testing.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18's first run, on the real application over a new, empty file: the board teaches
 * (新建督办事项, 导入任务清单…, 查看示例), 查看示例 opens the demo in a file and window of its own,
 * and a task list imported from the board's toolbar lands on the board. Checked on the files.
 */
class FirstRunTest {

    @TempDir
    Path folder;

    private Path office;
    private Application application;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startOnAnEmptyFile() throws TimeoutException {
        office = folder.resolve("office").resolve("duban.db");
        stage = FxToolkit.registerPrimaryStage();
        // A busy machine (two cores, eight builds) takes longer than TestFX's 10 s to start the application.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
        application = FxToolkit.setupApplication(() -> new DubanApp(TestClock.startingToday(),
                List.of("--db", office.toString())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#first-run"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        robot.interact(() -> robot.listWindows().stream().filter(window -> window != stage)
                .filter(Window::isShowing).toList().forEach(Window::hide));
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void anEmptyBoardOffersThreeActionsAndTheDemoOpensInAFileOfItsOwn() throws Exception {
        assertThat(shown("#first-run-new")).isTrue();
        assertThat(shown("#first-run-import")).isTrue();
        assertThat(shown("#first-run-demo")).isTrue();
        assertThat(robot.lookup("#first-run-new").queryLabeled().getText()).isEqualTo("新建督办事项");
        assertThat(robot.lookup("#first-run-import").queryLabeled().getText()).isEqualTo("导入任务清单…");
        assertThat(robot.lookup("#first-run-demo").queryLabeled().getText()).isEqualTo("查看示例");
        assertThat(robot.lookup("#import-tasks").queryLabeled().getText()).isEqualTo("导入任务清单…");
        Screenshots.save(stage.getScene(), "first-run");

        robot.clickOn("#first-run-demo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> demoWindow()
                .flatMap(demo -> demoColumn(demo, Status.CLOSED)).map(column -> !column.getItems().isEmpty())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Stage demo = demoWindow().orElseThrow();
        Path demoFile = office.resolveSibling("督办看板-示例.db");
        assertThat(demo.getTitle()).contains("示例数据").contains("督办看板-示例.db");
        assertThat(robot.from(demo.getScene().getRoot()).lookup("#demo-banner").queryLabeled().getText())
                .startsWith("示例数据：").contains(demoFile.toString());
        Screenshots.save(demo.getScene(), "first-run-demo");

        assertThat(Files.exists(demoFile)).isTrue();
        assertThat(itemCount(demoFile)).as("the demo's items, in the demo's file").isGreaterThan(20);
        assertThat(itemCount(office)).as("nothing of the demo in the office's file").isZero();
        assertThat(shown("#first-run")).as("the office's board still teaches").isTrue();

        // Asked again, the one demo window comes to the front; no second one opens.
        robot.interact(() -> stage.toFront());
        robot.clickOn("#first-run-demo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listWindows().stream().filter(window -> window instanceof Stage shown
                && shown.isShowing() && shown.getTitle() != null && shown.getTitle().contains("示例数据")))
                .hasSize(1);
    }

    @Test
    void aTaskListImportedFromTheToolbarLandsOnTheBoardAndTheWelcomeGoes() throws Exception {
        Path taskList = TaskLists.utf8Csv(folder.resolve("任务清单.csv"), List.of(
                "督办事项,交办日期,牵头单位,责任人,办理时限",
                "推进老旧小区改造,2026-11-02,县住建局,王建国,2026-12-31",
                "建设智慧停车系统,2026-11-02,县城管局,孙丽,2026-12-30"));

        robot.clickOn("#import-tasks");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownAnywhere("#import-table"));
        Node table = robot.lookup("#import-table").query();
        robot.interact(() -> {
            FileDrag drag = FileDrag.carrying(List.of(taskList));
            assertThat(drag.hover(table, table)).as("the preview takes a dropped file").isTrue();
            assertThat(drag.drop(table, table)).isTrue();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownAnywhere("#import-create-units"));
        robot.clickOn("#import-create-units");
        Screenshots.save(table.getScene(), "first-run-import");
        robot.clickOn("#import-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> boardColumn(Status.ASSIGNED).getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown("#first-run")).as("the welcome goes once items exist").isFalse();
        assertThat(itemCount(office)).isEqualTo(2);
        Screenshots.save(stage.getScene(), "first-run-imported");
    }

    /** Whether the office's board window shows {@code query}'s node (the demo window has a welcome panel too). */
    private boolean shown(String query) {
        if (stage.getScene() == null) {
            return false;
        }
        return shown(robot.from(stage.getScene().getRoot()).lookup(query).tryQuery());
    }

    /** Whether any window shows {@code query}'s node (a dialog's). */
    private boolean shownAnywhere(String query) {
        return shown(robot.lookup(query).tryQuery());
    }

    private static boolean shown(Optional<Node> node) {
        if (node.isEmpty() || node.get().getScene() == null || node.get().getScene().getWindow() == null
                || !node.get().getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node at = node.get(); at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Optional<Stage> demoWindow() {
        return robot.listWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(window -> window != stage && window.isShowing() && window.getTitle() != null
                        && window.getTitle().contains("示例数据"))
                .findFirst();
    }

    /** A column of the demo window's board, once the window has laid it out. */
    private Optional<ListView<?>> demoColumn(Stage demo, Status status) {
        return Optional.ofNullable(demo.getScene().getRoot().lookup("#column-" + status.name()))
                .filter(ListView.class::isInstance).map(node -> (ListView<?>) node);
    }

    @SuppressWarnings("unchecked")
    private ListView<?> boardColumn(Status status) {
        return robot.from(stage.getScene().getRoot()).lookup("#column-" + status.name()).queryAs(ListView.class);
    }

    private static int itemCount(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM item")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
