package duban.projector;

import duban.app.StorePorts;
import duban.app.BoardStoreAdapter;
import static org.assertj.core.api.Assertions.assertThat;

import duban.ui.TaskRunner;
import duban.board.BoardViewModel;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Status;
import duban.store.DataVersion;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.SettingsStore;
import duban.store.UnitStore;
import duban.testing.BoardFixture;
import duban.testing.Screenshots;
import duban.domain.UnitFigures;
import duban.domain.UnitRow;
import duban.domain.UnitScope;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
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

/** The projector driven as at the meeting: opening and Esc, the remote's keys, the timer, read-only, live changes. */
@ExtendWith(ApplicationExtension.class)
class ProjectorViewTest {

    @TempDir
    Path folder;

    private Stage stage;
    private final ManualTicker ticker = new ManualTicker();
    private SimpleObjectProperty<List<Item>> items;
    private ProjectorViewModel viewModel;
    private Scene scene;
    private Database database;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("看板")), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeDatabase(FxRobot robot) {
        robot.interact(() -> {
            if (viewModel != null) {
                viewModel.stop();
            }
        });
        if (database != null) {
            database.close();
        }
    }

    /** Shows the projector over {@code shown} in the test's window, at the size of the headless screen. */
    private void showProjector(FxRobot robot, SimpleObjectProperty<List<Item>> shown) {
        items = shown;
        robot.interact(() -> {
            viewModel = MeetingBoard.viewModel(items, ticker, new MemorySettings());
            scene = ProjectorWindow.scene(viewModel, 1280, 800);
            stage.setScene(scene);
            viewModel.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensFullScreenOverTheBoardAndEscReturnsToIt(FxRobot robot) {
        items = MeetingBoard.property(MeetingBoard.items());
        viewModel = MeetingBoard.viewModel(items, ticker, new MemorySettings());
        Stage[] projector = new Stage[1];
        robot.interact(() -> projector[0] = ProjectorWindow.show(stage, viewModel));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(projector[0].isShowing()).isTrue();
        assertThat(projector[0].isFullScreen()).isTrue();
        assertThat(ticker.running()).as("page turns and clock").isEqualTo(2);
        Node assigned = projector[0].getScene().getRoot().lookup("#column-ASSIGNED");
        assertThat(assigned.lookupAll(".item-card")).hasSize(3);
        assertThat(projector[0].getScene().getRoot().lookup("#card-12")).isNotNull();
        Screenshots.save(projector[0].getScene(), "projector-open");

        robot.targetWindow(projector[0]).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(projector[0].isShowing()).isFalse();
        assertThat(stage.isShowing()).isTrue();
        assertThat(ticker.running()).as("nothing runs behind the board").isZero();
    }

    @Test
    void theRemotesKeysTurnThePagesAndSwitchTheModes(FxRobot robot) {
        showProjector(robot, MeetingBoard.property(MeetingBoard.crowded(30)));
        assertThat(footer(robot)).startsWith("第 1 / 3 页");
        List<String> firstPage = cardIds(robot, Status.IN_PROGRESS);

        robot.type(KeyCode.PAGE_DOWN);
        assertThat(footer(robot)).startsWith("第 2 / 3 页");
        assertThat(cardIds(robot, Status.IN_PROGRESS)).isNotEmpty().doesNotContainAnyElementsOf(firstPage);
        robot.type(KeyCode.PAGE_UP);
        assertThat(footer(robot)).startsWith("第 1 / 3 页");
        assertThat(cardIds(robot, Status.IN_PROGRESS)).isEqualTo(firstPage);
        robot.type(KeyCode.LEFT);
        assertThat(footer(robot)).startsWith("第 3 / 3 页");
        robot.type(KeyCode.RIGHT);
        assertThat(footer(robot)).startsWith("第 1 / 3 页");

        // The units in the 单位统计 ranking order.
        List<UnitRow> ranking = UnitFigures.of(items.get(), MeetingBoard.DEADLINES, UnitScope.ALL).rows();
        robot.type(KeyCode.DIGIT2);
        String first = ranking.get(0).unit().name();
        assertThat(title(robot)).isEqualTo(first + " · 第 1 名（共 4 个单位）");
        assertThat(robot.lookup(".item-card").queryAll().stream()
                .map(node -> ((Label) node.lookup(".projector-card-unit")).getText()).collect(Collectors.toSet()))
                .containsExactly(first);
        Screenshots.save(scene, "projector-by-unit");
        for (int turns = 0; turns < 5 && title(robot).startsWith(first); turns++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        assertThat(title(robot)).isEqualTo(ranking.get(1).unit().name() + " · 第 " + ranking.get(1).rank()
                + " 名（共 4 个单位）");

        robot.type(KeyCode.DIGIT3);
        assertThat(title(robot)).startsWith("重点关注");
        assertThat(footer(robot)).contains("重点");
        Screenshots.save(scene, "projector-focus");

        robot.type(KeyCode.T);
        assertThat(scene.getRoot().lookup(".projector").getStyleClass()).contains("projector-dark");
        robot.type(KeyCode.OPEN_BRACKET);
        assertThat(footer(robot)).endsWith("上次例会 11月13日");
        Screenshots.save(scene, "projector-focus-dark");
    }

    @Test
    void pagesTurnByThemselvesAndTheScreenFollows(FxRobot robot) {
        showProjector(robot, MeetingBoard.property(MeetingBoard.crowded(30)));
        List<String> firstPage = cardIds(robot, Status.ASSIGNED);

        robot.interact(() -> ticker.advanceSeconds(19));
        assertThat(footer(robot)).startsWith("第 1 / 3 页");
        robot.interact(() -> ticker.advanceSeconds(1));
        assertThat(footer(robot)).startsWith("第 2 / 3 页");
        assertThat(cardIds(robot, Status.ASSIGNED)).doesNotContainAnyElementsOf(firstPage);

        robot.type(KeyCode.P);
        assertThat(footer(robot)).contains("已暂停翻页");
        robot.interact(() -> ticker.advanceSeconds(120));
        assertThat(footer(robot)).startsWith("第 2 / 3 页");
    }

    @Test
    void summaryAndMarkersOfTheFixedDataSetAreOnScreen(FxRobot robot) {
        showProjector(robot, MeetingBoard.property(MeetingBoard.items()));
        assertThat(robot.lookup("#projector-summary").queryAs(Label.class).getText())
                .isEqualTo("本周新增 3 项，办结 2 项，新增逾期 2 项");
        assertThat(markersOn(robot, 3)).containsExactly("新逾期");
        assertThat(markersOn(robot, 12)).containsExactly("新增");
        assertThat(markersOn(robot, 7)).containsExactly("本周办结");
        assertThat(markersOn(robot, 4)).isEmpty();
        Node overdueCard = robot.lookup("#card-4").query();
        assertThat(((Label) overdueCard.lookup(".projector-card-state")).getText()).isEqualTo("逾期 11 天");
        assertThat(overdueCard.getPseudoClassStates().toString()).contains("overdue");
        assertThat(robot.lookup("#card-10").tryQuery()).as("withdrawn").isEmpty();
        assertThat(robot.lookup("#projector-overdue .projector-figure-value").queryAs(Label.class).getText())
                .isEqualTo("3 项");
        assertThat(robot.lookup("#projector-completion .projector-figure-value").queryAs(Label.class).getText())
                .isEqualTo("27.3%");
        assertThat(robot.lookup("#projector-count-IN_PROGRESS .projector-figure-value").queryAs(Label.class)
                .getText()).isEqualTo("4 项");
        assertThat(robot.lookup("#projector-time").queryAs(Label.class).getText()).isEqualTo("09:00");
        Screenshots.save(scene, "projector-markers");
    }

    @Test
    void aChangeOfTheBoardAppearsOnTheSamePageWithoutRebuildingTheOtherCards(FxRobot robot) {
        showProjector(robot, MeetingBoard.property(MeetingBoard.crowded(30)));
        robot.type(KeyCode.PAGE_DOWN);
        List<String> shown = cardIds(robot, Status.IN_PROGRESS);
        long changedId = Long.parseLong(shown.get(0).substring("card-".length()));
        Node untouched = robot.lookup("#" + shown.get(1)).query();

        List<Item> changed = new ArrayList<>(items.get());
        int index = indexOf(changed, changedId);
        changed.set(index, MeetingBoard.copy(changed.get(index), "标题已在看板上修改", null, false));
        robot.interact(() -> items.set(changed));

        assertThat(footer(robot)).startsWith("第 2 / 3 页");
        assertThat(cardTitle(robot, "#card-" + changedId)).isEqualTo("标题已在看板上修改");
        Node after = robot.lookup("#" + shown.get(1)).query();
        assertThat(after == untouched).as("the same node, not redrawn").isTrue();
    }

    @Test
    void nothingOnTheProjectorChangesTheDatabase(FxRobot robot) throws Exception {
        BoardFixture fixture = BoardFixture.create(folder.resolve("duban.db"));
        database = Database.open(fixture.file);
        Deadlines deadlines = new Deadlines(fixture.clock);
        BoardViewModel board = new BoardViewModel(new BoardStoreAdapter(new ItemStore(database.dsl(), fixture.clock),
                new UnitStore(database.dsl())), TaskRunner.inline(), deadlines);
        robot.interact(() -> {
            board.reload();
            viewModel = new ProjectorViewModel(board.itemsProperty(), deadlines, fixture.clock,
                    StorePorts.projectorSettings(new SettingsStore(database.dsl(), fixture.clock)),
                    TaskRunner.inline(), ticker);
            scene = ProjectorWindow.scene(viewModel, 1280, 800);
            stage.setScene(scene);
            viewModel.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> before = boardInFile(fixture);
        List<String> eventsBefore = fixture.events("A1");
        int windowsBefore = robot.listWindows().size();

        String card = "#card-" + fixture.id("A1");
        robot.drag(card).dropTo("#column-IN_PROGRESS");
        robot.doubleClickOn(card);
        robot.rightClickOn(card);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listWindows()).as("no context menu, no editor").hasSize(windowsBefore);
        robot.clickOn(card).type(KeyCode.DELETE).type(KeyCode.F2).type(KeyCode.ENTER);
        robot.drag(card, MouseButton.PRIMARY).moveBy(0, 200).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(boardInFile(fixture)).isEqualTo(before);
        assertThat(fixture.events("A1")).isEqualTo(eventsBefore);
        assertThat(fixture.value("A1", "version")).isEqualTo("1");
        Node assigned = robot.lookup("#column-ASSIGNED").query();
        assertThat(assigned.lookup(card)).as("still in 交办").isNotNull();
    }

    @Test
    void aWriteByAnotherInstanceAppearsAfterThePoll(FxRobot robot) throws Exception {
        BoardFixture fixture = BoardFixture.create(folder.resolve("duban.db"));
        database = Database.open(fixture.file);
        Deadlines deadlines = new Deadlines(fixture.clock);
        BoardViewModel board = new BoardViewModel(new BoardStoreAdapter(new ItemStore(database.dsl(), fixture.clock),
                new UnitStore(database.dsl())), TaskRunner.inline(), deadlines);
        DataVersionWatcher watcher = new DataVersionWatcher(() -> DataVersion.read(database.dsl()),
                TaskRunner.inline(), ticker, Duration.ofSeconds(2), board::reload);
        robot.interact(() -> {
            board.reload();
            viewModel = new ProjectorViewModel(board.itemsProperty(), deadlines, fixture.clock,
                    new MemorySettings(), TaskRunner.inline(), ticker);
            scene = ProjectorWindow.scene(viewModel, 1280, 800);
            stage.setScene(scene);
            viewModel.start();
            watcher.start();
        });
        String card = "#card-" + fixture.id("P1");
        assertThat(cardTitle(robot, card)).isEqualTo("P1 县城区供水管网改造");

        fixture.execute("UPDATE item SET title = ?, version = version + 1 WHERE id = ?", "P1 供水管网改造已完成七成",
                fixture.id("P1"));
        robot.interact(() -> ticker.advanceSeconds(2));
        assertThat(cardTitle(robot, card)).isEqualTo("P1 供水管网改造已完成七成");
        robot.interact(watcher::close);
    }

    private static String cardTitle(FxRobot robot, String card) {
        Node node = robot.lookup(card).query();
        return ((Label) node.lookup(".projector-card-title")).getText();
    }

    private static List<String> boardInFile(BoardFixture fixture) throws Exception {
        List<String> columns = new ArrayList<>();
        for (Status status : Status.values()) {
            columns.add(status + " " + fixture.column(status));
        }
        return columns;
    }

    private static int indexOf(List<Item> list, long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("no item " + id);
    }

    private static String footer(FxRobot robot) {
        return robot.lookup("#projector-footer").queryAs(Label.class).getText();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#projector-title").queryAs(Label.class).getText();
    }

    private static List<String> cardIds(FxRobot robot, Status status) {
        Pane column = robot.lookup("#column-" + status.name()).queryAs(Pane.class);
        return column.getChildren().stream().filter(node -> node.getStyleClass().contains("item-card"))
                .map(Node::getId).toList();
    }

    private static Set<String> markersOn(FxRobot robot, long id) {
        Node card = robot.lookup("#card-" + id).query();
        return card.lookupAll(".projector-markers .label").stream().map(node -> ((Label) node).getText())
                .collect(Collectors.toSet());
    }
}
