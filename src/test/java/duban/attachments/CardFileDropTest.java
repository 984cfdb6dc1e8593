package duban.attachments;

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
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Status;
import duban.domain.attachments.AttachmentKind;
import duban.editor.ReasonDialog;
import duban.testing.Screenshots;
import duban.testing.TestClock;
import duban.ui.CjkFonts;
import duban.ui.FileDrops;
import duban.ui.Fxml;
import duban.ui.StyleClasses;
import duban.ui.TaskRunner;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Files from the file manager dropped on a board card: attached to that card's item, the card lit meanwhile. */
@ExtendWith(ApplicationExtension.class)
class CardFileDropTest {

    @TempDir
    Path folder;

    private final MemoryAttachmentPort port = new MemoryAttachmentPort();
    private final Item river = item(7, "城区河道清淤整治").lead(WATER).status(Status.AWAITING_FEEDBACK).build();
    private final Item budget = item(8, "预算执行进度").lead(FINANCE).build();
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
    }

    private void showBoard(FxRobot robot) {
        BoardStore store = (BoardStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BoardStore.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "loadBoard" -> List.of(budget, river);
                    case "units" -> List.of(FINANCE, WATER);
                    case "loadWithdrawn" -> List.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        BoardViewModel board = new BoardViewModel(store, TaskRunner.inline(), new Deadlines(TestClock.startingToday()));
        AttachmentActions actions = new AttachmentActions(
                new AttachmentsViewModel(port, TaskRunner.inline(), file -> { }),
                new WindowAttachmentPrompts((owner, attachment) -> ReasonDialog.of(owner, "移除附件", "", "原因")
                        .showAndWait(), owner -> List.of()));
        Runnable nothing = () -> { };
        BoardView.Collaborators with = new BoardView.Collaborators(
                (ItemDialogs) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ItemDialogs.class},
                        (proxy, method, args) -> Optional.empty()),
                (CardWorkflow) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CardWorkflow.class},
                        (proxy, method, args) -> null),
                new Label(), new Pane(), nothing, nothing, nothing, nothing, nothing, nothing, nothing, nothing,
                nothing, nothing, nothing,
                (CardDocuments) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CardDocuments.class},
                        (proxy, method, args) -> null),
                actions::addDropped);
        robot.interact(() -> {
            Parent root = Fxml.root("board.fxml", type -> new BoardView(board, "test.db", with));
            CjkFonts.apply(root);
            scene = new Scene(root, 1200, 700);
            stage.setScene(scene);
            stage.show();
            board.reload();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The card cell showing {@code title}, and the card's title label under the pointer. */
    private static Node cellOf(Node title) {
        Node node = title;
        while (!node.getStyleClass().contains(StyleClasses.CARD_CELL)) {
            node = node.getParent();
        }
        return node;
    }

    private static Node cardOf(Node title) {
        Node node = title;
        while (!node.getStyleClass().contains(StyleClasses.ITEM_CARD)) {
            node = node.getParent();
        }
        return node;
    }

    @Test
    void filesDroppedOnACardAreAttachedToItsItemAskingTheKindOnce(FxRobot robot) throws Exception {
        showBoard(robot);
        List<Path> files = List.of(
                Files.write(folder.resolve("整改报告.pdf"), "%PDF-1.4".getBytes(StandardCharsets.UTF_8)),
                Files.write(folder.resolve("验收照片.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2}),
                Files.write(folder.resolve("记录.txt"), "不是附件".getBytes(StandardCharsets.UTF_8)));
        FileDrag drag = WaitForAsyncUtils.asyncFx(() -> FileDrag.carrying(files)).get();
        Node title = robot.lookup("城区河道清淤整治").query();
        Node cell = cellOf(title);
        robot.interact(() -> assertThat(drag.hover(cell, title)).isTrue());
        assertThat(cardOf(title).getPseudoClassStates()).contains(FileDrops.DROP_TARGET);
        Screenshots.save(scene, "attachments-card-drop-target");

        robot.interact(() -> assertThat(drag.drop(cell, title)).isTrue());
        assertThat(cardOf(title).getPseudoClassStates()).doesNotContain(FileDrops.DROP_TARGET);
        WaitForAsyncUtils.waitForFxEvents();
        // 待反馈: the kind suggested is 佐证材料; asked once for the whole drop.
        assertThat(robot.lookup("#attachment-kind-EVIDENCE").queryAs(javafx.scene.control.RadioButton.class)
                .isSelected()).isTrue();
        robot.clickOn("#attachment-kind-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(port.currentNames(7)).containsExactly("整改报告.pdf", "验收照片.jpg");
        assertThat(port.list(7)).allSatisfy(a -> assertThat(a.kind()).isEqualTo(AttachmentKind.EVIDENCE));
        assertThat(port.list(8)).isEmpty();
    }

    @Test
    void aDragWithoutFilesIsLeftAlone(FxRobot robot) throws Exception {
        showBoard(robot);
        FileDrag text = WaitForAsyncUtils.asyncFx(() -> FileDrag.carryingText("一段文字")).get();
        Node title = robot.lookup("预算执行进度").query();
        Node cell = cellOf(title);
        robot.interact(() -> {
            assertThat(text.hover(cell, title)).isFalse();
            assertThat(cardOf(title).getPseudoClassStates()).doesNotContain(FileDrops.DROP_TARGET);
            assertThat(text.drop(cell, title)).isFalse();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(port.attachments).isEmpty();
        assertThat(Window.getWindows()).hasSize(1); // no kind dialog
    }
}
