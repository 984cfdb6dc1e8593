package duban.details;

import static duban.testing.FxTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import duban.ui.CjkFonts;
import duban.ui.TaskRunner;
import duban.domain.Item;
import duban.domain.ItemEvent;
import duban.domain.Status;
import duban.testing.Screenshots;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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

/** The details panel on screen, beside a strip of board, for items with a real history. */
@ExtendWith(ApplicationExtension.class)
class DetailsViewTest {

    @TempDir
    Path folder;

    private SampleItems samples;
    /** What the panel reads history with; a test may swap it for a failing one. */
    private LongFunction<List<ItemEvent>> historyLoader;
    private DetailsViewModel viewModel;
    private Scene scene;

    @Start
    void start(Stage stage) {
        viewModel = new DetailsViewModel(id -> historyLoader.apply(id), TaskRunner.inline(), SampleItems.deadlines());
        DetailsView panel = new DetailsView(viewModel);
        // The board's edge on the left, the panel at its preferred width on the right, as in the window.
        Region board = new Region();
        BorderPane root = new BorderPane(board);
        root.getStyleClass().add("board");
        root.setRight(panel);
        scene = new Scene(root, 400, 800);
        scene.getStylesheets().addAll(Objects.requireNonNull(DetailsViewTest.class.getResource("/theme.css")).toExternalForm(),
                Objects.requireNonNull(DetailsViewTest.class.getResource("/board.css")).toExternalForm());
        CjkFonts.apply(root);
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void openDatabase() throws Exception {
        samples = new SampleItems(folder);
        historyLoader = samples.store()::history;
    }

    @AfterEach
    void closeDatabase() {
        samples.close();
    }

    @Test
    void withNothingSelectedThePanelSaysHowToFillIt(FxRobot robot) {
        Label hint = robot.lookup("#details-placeholder").queryAs(Label.class);
        assertThat(hint.getText()).isEqualTo("选择一张卡片查看详情");
        assertThat(hint.isVisible()).isTrue();
        assertThat(robot.lookup(".details-scroll").query().isVisible()).isFalse();

        Item item = samples.closedWaterMainItem();
        robot.interact(() -> viewModel.show(item));
        assertThat(hint.isVisible()).isFalse();
        robot.interact(() -> viewModel.clear());
        assertThat(hint.isVisible()).isTrue();
        assertThat(robot.lookup(".details-scroll").query().isVisible()).isFalse();
    }

    @Test
    void aClosedItemShowsItsFieldsAndItsHistoryNewestFirst(FxRobot robot) {
        Item item = samples.closedWaterMainItem();
        robot.interact(() -> viewModel.show(item));

        assertThat(robot.lookup("#details-panel").query().getBoundsInLocal().getWidth()).isBetween(340.0, 380.0);
        assertThat(text(robot, "#details-title")).isEqualTo(SampleItems.WATER_TITLE);
        Label status = robot.lookup("#details-status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("办结销号 · 11-20 按时办结");
        assertThat(status.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("closed"))
                .doesNotContain(PseudoClass.getPseudoClass("overdue"));
        assertThat(text(robot, "#details-field-leadUnit")).isEqualTo("县住建局");
        assertThat(text(robot, "#details-field-assistUnits")).isEqualTo("县财政局、县自然资源局");
        assertThat(text(robot, "#details-field-deadline")).isEqualTo("2026-12-15");
        assertThat(text(robot, "#details-field-closingNote")).isEqualTo(SampleItems.CLOSING_NOTE);
        assertThat(robot.lookup(".details-field-name").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("事项来源", "督办类别", "牵头单位", "协办单位", "责任人", "责任领导",
                        "交办日期", "办理时限", "最新进展", "办结日期", "办结情况", "详细内容");

        assertThat(robot.from(robot.lookup("#details-history").queryAs(Node.class)).lookup(".history-summary")
                .queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("待反馈 → 办结销号", "办理中 → 待反馈", "交办 → 办理中", "修改了 3 项内容", "登记于交办");
        Label sentForFeedback = labelContaining(robot, "办理中 → 待反馈");
        assertThat(shownInViewport(robot, sentForFeedback)).isTrue();
        assertThat(shownInViewport(robot, labelContaining(robot, "原因：已报送完工报告"))).isTrue();
        assertThat(labelContaining(robot, "办理时限：2026-11-30 → 2026-12-15").isVisible()).isTrue();
        assertThat(robot.lookup(".history-kind").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("移动", "移动", "移动", "修改", "登记");

        Screenshots.save(scene, "details-panel");
    }

    @Test
    void anOverdueItemSentBackIsRedAndSaysWhy(FxRobot robot) {
        Item item = samples.overdueSentBackItem();
        robot.interact(() -> viewModel.show(item));

        Label status = robot.lookup("#details-status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("办理中 · 逾期 3 天");
        assertThat(status.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("overdue"));
        assertThat(text(robot, "#details-field-leader")).isEqualTo("—");
        assertThat(text(robot, "#details-field-assistUnits")).isEqualTo("无");
        assertThat(robot.lookup("#details-field-closedOn").tryQuery()).isEmpty();
        assertThat(shownInViewport(robot, labelContaining(robot, "在“办理中”内调整顺序"))).isTrue();
        assertThat(shownInViewport(robot, labelContaining(robot, "原因：抽检台账不全, 退回重办"))).isTrue();

        Screenshots.save(scene, "details-panel-overdue");
    }

    @Test
    void aValueCanBeCopiedFromItsContextMenu(FxRobot robot) {
        Item item = samples.closedWaterMainItem();
        robot.interact(() -> viewModel.show(item));

        Label note = robot.lookup("#details-field-closingNote").queryAs(Label.class);
        robot.rightClickOn(note);
        if (!note.getContextMenu().isShowing()) {
            // Headless Monocle delivers the right click but, unlike a desktop, raises no context-menu
            // request from it: raise it where the click was, as the platform would.
            Point2D at = note.localToScreen(note.getLayoutBounds().getCenterX(), note.getLayoutBounds().getCenterY());
            Point2D local = note.screenToLocal(at);
            robot.interact(() -> Event.fireEvent(note, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getX(), local.getY(), at.getX(), at.getY(), false, null)));
        }
        robot.clickOn("#details-copy");
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertThat(copied).isEqualTo(SampleItems.CLOSING_NOTE);
    }

    @Test
    void theSameItemMovedAddsItsNewLineOnTopAndKeepsEveryLineAndFieldAlreadyShown(FxRobot robot) {
        Item item = samples.overdueSentBackItem();
        robot.interact(() -> viewModel.show(item));
        List<Node> linesBefore = List.copyOf(robot.lookup("#details-history").queryAs(VBox.class).getChildren());
        Label ownerBefore = robot.lookup("#details-field-owner").queryAs(Label.class);
        assertThat(linesBefore).hasSize(5);

        Item moved = samples.store().move(item.id(), item.version(), Status.AWAITING_FEEDBACK, 256, null, null);
        robot.interact(() -> viewModel.show(moved));

        List<Node> linesAfter = robot.lookup("#details-history").queryAs(VBox.class).getChildren();
        assertThat(linesAfter).hasSize(6);
        assertThat(linesAfter.subList(1, 6)).as("the same nodes, not new ones").containsExactlyElementsOf(linesBefore);
        assertThat(robot.from(linesAfter.get(0)).lookup(".history-summary").queryAs(Label.class).getText())
                .isEqualTo("办理中 → 待反馈");
        assertThat(robot.lookup("#details-field-owner").queryAs(Label.class)).isSameAs(ownerBefore);
        assertThat(text(robot, "#details-status")).startsWith("待反馈");
    }

    @Test
    void anotherCardsHistoryIsShownInTheLinesAlreadyOnScreenAndReadsAsIfShownAfresh(FxRobot robot) {
        samples.nameOperator("陈督查");
        Item overdue = samples.overdueSentBackItem();
        samples.nameOperator("李科长");
        Item water = samples.closedWaterMainItem();
        robot.interact(() -> viewModel.show(overdue));
        List<List<String>> overdueAfresh = historyTexts(robot);
        List<Node> lines = List.copyOf(historyLines(robot));
        assertThat(overdueAfresh).hasSize(5);
        assertThat(overdueAfresh.get(0)).containsExactly("2026-11-19 10:06", "陈督查", "移动", "在“办理中”内调整顺序");
        assertThat(overdueAfresh.get(1)).endsWith("待反馈 → 办理中", "原因：抽检台账不全, 退回重办");

        robot.interact(() -> viewModel.show(water));

        assertThat(historyLines(robot)).as("the same nodes, not new ones").containsExactlyElementsOf(lines);
        assertThat(robot.lookup(".history-operator").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("李科长", "李科长", "李科长", "李科长", "李科长");
        assertThat(robot.from(robot.lookup("#details-history").queryAs(Node.class)).lookup(".history-summary")
                .queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("待反馈 → 办结销号", "办理中 → 待反馈", "交办 → 办理中", "修改了 3 项内容", "登记于交办");
        assertThat(robot.lookup(".history-kind").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("移动", "移动", "移动", "修改", "登记");
        assertThat(lines.get(3).getPseudoClassStates()).contains(PseudoClass.getPseudoClass("edit"))
                .doesNotContain(PseudoClass.getPseudoClass("move"));
        assertThat(lines.get(4).getPseudoClassStates()).containsExactly(PseudoClass.getPseudoClass("create"));
        assertThat(labelContaining(robot, "办理时限：2026-11-30 → 2026-12-15").isVisible()).isTrue();
        assertThat(shownInViewport(robot, labelContaining(robot, "原因：已报送完工报告"))).isTrue();

        robot.interact(() -> viewModel.show(overdue));

        assertThat(historyTexts(robot)).isEqualTo(overdueAfresh);
        assertThat(historyLines(robot)).containsExactlyElementsOf(lines);
        Screenshots.save(scene, "details-panel-lines-reused");
    }

    @Test
    void aFailedReadAfterAnotherCardTakesThatCardsLinesAway(FxRobot robot) {
        Item water = samples.closedWaterMainItem();
        Item overdue = samples.overdueSentBackItem();
        robot.interact(() -> viewModel.show(water));
        assertThat(historyLines(robot)).hasSize(5);
        historyLoader = id -> {
            throw new IllegalStateException("数据库文件被占用");
        };

        robot.interact(() -> viewModel.show(overdue));

        assertThat(robot.lookup(".history-entry").queryAll()).as("no line of the other card, hidden or not").isEmpty();
        assertThat(robot.lookup("#details-history-message").queryAs(Label.class).getText())
                .isEqualTo("读取办理记录失败：数据库文件被占用");
        assertThat(robot.lookup("#details-history").query().isVisible()).isTrue();
    }

    @Test
    void eachStepNamesWhoDidItAfterItsTime(FxRobot robot) {
        samples.nameOperator("陈督查");
        Item item = samples.closedWaterMainItem();
        robot.interact(() -> viewModel.show(item));

        List<Label> operators = robot.lookup(".history-operator").queryAllAs(Label.class).stream().toList();
        assertThat(operators).extracting(Label::getText).containsExactly("陈督查", "陈督查", "陈督查", "陈督查", "陈督查");
        Node head = operators.get(0).getParent();
        assertThat(((javafx.scene.layout.HBox) head).getChildren()).extracting(node -> ((Label) node).getText())
                .containsExactly("2026-11-20 11:00", "陈督查", "移动");
        assertThat(shownInViewport(robot, operators.get(0))).isTrue();
        Screenshots.save(scene, "details-panel-operator");
    }

    @Test
    void aFailedHistoryReadIsSaidInThePanel(FxRobot robot) {
        Item item = samples.overdueSentBackItem();
        historyLoader = id -> {
            throw new IllegalStateException("数据库文件被占用");
        };
        robot.interact(() -> viewModel.show(item));

        Label message = robot.lookup("#details-history-message").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("读取办理记录失败：数据库文件被占用");
        assertThat(message.isVisible()).isTrue();
        assertThat(robot.lookup(".history-entry").queryAll()).isEmpty();
        assertThat(text(robot, "#details-title")).isEqualTo("农贸市场冷链食品抽检全覆盖");
        Screenshots.save(scene, "details-panel-failed");
    }

    private static List<Node> historyLines(FxRobot robot) {
        return robot.lookup("#details-history").queryAs(VBox.class).getChildren();
    }

    /** Each history line's words as a reader meets them: the head's, then each line's below it. */
    private static List<List<String>> historyTexts(FxRobot robot) {
        return historyLines(robot).stream().map(line -> robot.from(line).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList()).toList();
    }

    private static Label labelContaining(FxRobot robot, String part) {
        return robot.lookup((Node node) -> node instanceof Label label && label.getText() != null
                && label.getText().contains(part)).queryAs(Label.class);
    }

    /** Whether the node is visible and lies inside the panel's scrolled viewport, not hidden below it. */
    private static boolean shownInViewport(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup(".details-scroll").queryAs(ScrollPane.class);
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return node.isVisible() && viewport.contains(bounds);
    }
}
