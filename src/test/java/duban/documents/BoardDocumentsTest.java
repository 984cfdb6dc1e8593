package duban.documents;

import static duban.testing.TestItems.FINANCE;
import static duban.testing.TestItems.WATER;
import static duban.testing.TestItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import duban.board.BoardStore;
import duban.board.BoardView;
import duban.board.BoardViewModel;
import duban.board.CardDocuments;
import duban.board.CardWorkflow;
import duban.board.ItemDialogs;
import duban.documents.drafting.DocumentContent;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ReminderLevel;
import duban.domain.Status;
import duban.testing.Screenshots;
import duban.ui.Fxml;
import duban.ui.TaskRunner;
import duban.workflow.RemindersDueViewModel;
import duban.workflow.WindowWorkflow;
import duban.workflow.WorkflowWrites;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.Pane;
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
 * The documents from the board as the officer reaches them: a card's menu → 生成督办通知单…, the 文书
 * menu's 督办通知单（未发的事项）…, and a 催办 by 督办单 that numbers its 催办单 and offers to save it.
 */
@ExtendWith(ApplicationExtension.class)
class BoardDocumentsTest {

    @TempDir
    Path folder;

    private final FakeDesk desk = new FakeDesk();
    private final FakeDrafter drafter = new FakeDrafter();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final Item river = item(7, "城区河道清淤整治").lead(WATER).status(Status.IN_PROGRESS)
            .deadline(LocalDate.of(2026, 11, 18)).build();
    private final Item budget = item(8, "预算执行进度").lead(FINANCE).build();
    private WindowDocuments documents;
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        desk.items.put(river.id(), river);
        desk.items.put(budget.id(), budget);
        documents = new WindowDocuments(desk, TaskRunner.inline(), drafter, background, Platform::runLater,
                NoticeWindowTest.CLOCK, () -> null, message -> { }, TemplateFilePicker.system());
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** A board over the two items, its documents through {@link #documents}. */
    private void showBoard(FxRobot robot) {
        BoardStore store = (BoardStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BoardStore.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "loadBoard" -> List.of(budget, river);
                    case "units" -> List.of(FINANCE, WATER);
                    case "loadWithdrawn" -> List.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        BoardViewModel board = new BoardViewModel(store, TaskRunner.inline(), new Deadlines(NoticeWindowTest.CLOCK));
        CardDocuments cardDocuments = new CardDocuments() {
            @Override
            public void draftNotices(Window owner, List<Item> items) {
                documents.draftNotices(owner, items);
            }

            @Override
            public void draftPendingNotices(Window owner) {
                documents.draftPendingNotices(owner);
            }

            @Override
            public void openBulletin(Window owner) {
                documents.openBulletin(owner);
            }

            @Override
            public void openSettings(Window owner) {
                documents.openSettings(owner);
            }
        };
        ItemDialogs dialogs = new ItemDialogs() {
            @Override
            public Optional<Item> createItem(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Item> editItem(Window owner, Item edited) {
                return Optional.empty();
            }
        };
        CardWorkflow workflow = new CardWorkflow() {
            @Override
            public void report(Window owner, Item reported) {
            }

            @Override
            public void remind(Window owner, Item reminded) {
            }

            @Override
            public void extend(Window owner, Item extended) {
            }

            @Override
            public void showRemindersDue(Window owner) {
            }
        };
        Runnable nothing = () -> { };
        BoardView.Collaborators with = new BoardView.Collaborators(dialogs, workflow, new Label(), new Pane(), nothing,
                nothing, nothing, nothing, nothing, nothing, nothing, nothing, nothing, nothing, nothing, cardDocuments);
        robot.interact(() -> {
            Parent root = Fxml.root("board.fxml", type -> new BoardView(board, "test.db", with));
            stage.setScene(new Scene(root, 1200, 700));
            stage.show();
            board.reload();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Right-clicks {@code node}; Monocle does not turn the click into a menu request, so the test sends it. */
    private static void openContextMenu(FxRobot robot, Node node) {
        robot.rightClickOn(node);
        Bounds screen = node.localToScreen(node.getBoundsInLocal());
        Bounds local = node.getBoundsInLocal();
        robot.interact(() -> node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                local.getCenterX(), local.getCenterY(), screen.getCenterX(), screen.getCenterY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node menuEntry(FxRobot robot, String text) {
        return robot.from(robot.lookup(".context-menu").queryAll())
                .lookup((Node node) -> node instanceof Labeled labeled && text.equals(labeled.getText())
                        && node.getScene() != null && node.getScene().getWindow().isShowing())
                .query();
    }

    private static Stage window(String title) {
        return Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(shown -> title.equals(shown.getTitle()) && shown.isShowing()).findFirst().orElse(null);
    }

    @Test
    void aCardsMenuDraftsItsNoticeWithOneIssueCall(FxRobot robot) throws Exception {
        showBoard(robot);
        Node card = robot.lookup("城区河道清淤整治").query();
        openContextMenu(robot, card);
        robot.clickOn(menuEntry(robot, "生成督办通知单…"));
        WaitForAsyncUtils.waitForFxEvents();
        Stage notice = window("生成督办通知单");
        assertThat(notice).isNotNull();

        robot.clickOn("#notice-target").write(folder.resolve("河道").toString());
        robot.clickOn("#notice-generate");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> folder.resolve("河道.docx").toFile().exists());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.noticeCalls).containsExactly(List.of(7L));
        robot.interact(notice::close);
    }

    @Test
    void theDocumentsMenuOffersEveryItemWithoutANotice(FxRobot robot) throws Exception {
        desk.issueNotices(List.of(8L), LocalDate.of(2026, 11, 2), "督办");
        showBoard(robot);
        robot.clickOn("#documents-menu").clickOn("督办通知单（未发的事项）…");
        WaitForAsyncUtils.waitForFxEvents();
        Stage notice = window("生成督办通知单");
        assertThat(notice).isNotNull();
        assertThat(robot.lookup("#notice-items").queryListView().getItems()).extracting(row -> ((NoticeRow) row).text())
                .containsExactly("城区河道清淤整治（牵头单位：县水利局；未发通知单）");
        Screenshots.save(stage.getScene(), "documents-board-menu");
        robot.interact(notice::close);
    }

    @Test
    void aReminderBySupervisionNoticeIssuesItsNumberInOneCallAndOffersTheSave(FxRobot robot) throws Exception {
        WorkflowWrites plainReminders = (WorkflowWrites) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WorkflowWrites.class}, (proxy, method, args) -> {
                    throw new AssertionError("a 催办 by 督办单 goes through its 催办单, not " + method.getName());
                });
        WindowWorkflow workflow = new WindowWorkflow((itemId, write, doneMessage) -> {
            try {
                write.call();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, plainReminders, new RemindersDueViewModel(new Deadlines(NoticeWindowTest.CLOCK)), NoticeWindowTest.CLOCK);
        workflow.issueSupervisionNoticesWith((owner, reminded, input) -> documents.reminderNotice(owner, reminded,
                input.remindedOn(), input.level(), input.note()));
        robot.interact(() -> {
            stage.setScene(new Scene(new Pane(), 400, 300));
            stage.show();
        });
        Platform.runLater(() -> workflow.remind(stage, river));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#reminder-ok"); // 督办单 and the suggested red, as the dialog opens
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.reminderCalls).containsExactly("7 2026-11-21 RED null 催办");
        Stage save = window("保存催办单");
        assertThat(save).isNotNull();
        assertThat(robot.lookup("#reminder-notice-summary").queryAs(Label.class).getText())
                .isEqualTo("已登记催办：城区河道清淤整治。催办单编号 催办〔2026〕第 1 号（红色督办单）。");
        Screenshots.save(save.getScene(), "documents-reminder-notice");
        robot.clickOn("#reminder-notice-target").write(folder.resolve("催办单").toString());
        robot.clickOn("#reminder-notice-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> folder.resolve("催办单.docx").toFile().exists());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(drafter.drafted).singleElement().isInstanceOfSatisfying(DocumentContent.ReminderNotice.class,
                notice -> {
                    assertThat(notice.level()).isEqualTo(ReminderLevel.RED);
                    assertThat(notice.requiredBy()).as("overdue: five days to answer").isEqualTo(LocalDate.of(2026, 11, 26));
                    assertThat(notice.requirement()).startsWith("请于 2026-11-26 前报送办理进展");
                });
        robot.interact(save::close);
    }
}
