package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.BoardTest;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import duban.ui.OwnedWindows;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Issue 18's window manners on the running board: Esc closes the secondary windows and dialogs,
 * windows keep a minimum size, undo and withdraw never share a word, the toolbar has icons.
 */
class WindowMannersTest extends BoardTest {

    private Optional<Stage> showing(String titleStart) {
        return robot.listWindows().stream().filter(Window::isShowing)
                .filter(window -> window instanceof Stage stage && stage.getTitle() != null
                        && stage.getTitle().startsWith(titleStart))
                .map(Stage.class::cast).findFirst();
    }

    private Stage opened(String button, String titleStart) throws TimeoutException {
        robot.clickOn(button);
        RunningBoard.waitUntil(() -> showing(titleStart).isPresent());
        return showing(titleStart).orElseThrow();
    }

    private void escCloses(Stage window) throws TimeoutException {
        robot.interact(window::requestFocus);
        robot.type(KeyCode.ESCAPE);
        RunningBoard.waitUntil(() -> !window.isShowing());
        assertThat(board.stage.isShowing()).isTrue();
    }

    @Test
    void escClosesTheSettingsDialog() throws Exception {
        Stage settings = opened("#settings-button", "设置");
        Screenshots.save(settings.getScene(), "manners-settings-before-esc");
        escCloses(settings);
    }

    @Test
    void escClosesTheRemindersDueWindow() throws Exception {
        escCloses(opened("#reminders-due-button", "今日待催办"));
    }

    @Test
    void escClosesTheUnitStatistics() throws Exception {
        escCloses(opened("#unit-stats-button", "单位统计"));
    }

    @Test
    void escClosesTheLedgerAndItOpensAgain() throws Exception {
        robot.clickOn("#ledger-button");
        RunningBoard.waitUntil(() -> ledgerWindow().isPresent());
        Stage ledger = ledgerWindow().orElseThrow();
        escCloses(ledger);
        robot.clickOn("#ledger-button");
        RunningBoard.waitUntil(ledger::isShowing);
    }

    /** The ledger's title is the office's own: it is found by what it shows. */
    private Optional<Stage> ledgerWindow() {
        return robot.listWindows().stream().filter(Window::isShowing)
                .filter(window -> window != board.stage && window instanceof Stage).map(Stage.class::cast)
                .filter(stage -> stage.getScene().getRoot().lookup("#ledger") != null)
                .findFirst();
    }

    @Test
    void escClosesTheShortcutsDialog() throws Exception {
        robot.clickOn("#shortcuts");
        RunningBoard.waitUntil(() -> showing("快捷键").isPresent());
        escCloses(showing("快捷键").orElseThrow());
    }

    @Test
    void escInTheNewItemFormCancelsItAndWritesNothing() throws Exception {
        String before = fixture.value("A1", "title");
        robot.clickOn("#new-item");
        RunningBoard.waitUntil(() -> robot.lookup("#editor-dialog").tryQuery().isPresent());
        Window editor = robot.lookup("#editor-dialog").query().getScene().getWindow();
        robot.write("按 Esc 放弃的事项");
        robot.type(KeyCode.ESCAPE);
        RunningBoard.waitUntil(() -> !editor.isShowing());
        assertThat(fixture.value("A1", "title")).isEqualTo(before);
        assertThat(board.list(duban.domain.Status.ASSIGNED).getItems())
                .noneMatch(card -> card.title().contains("按 Esc 放弃"));
    }

    @Test
    void noWindowCanBeMadeSmallerThanItsMinimum() throws Exception {
        Stage units = opened("#unit-stats-button", "单位统计");
        robot.interact(() -> {
            units.setWidth(200);
            units.setHeight(100);
        });
        assertThat(units.getWidth()).isGreaterThanOrEqualTo(units.getMinWidth()).isGreaterThanOrEqualTo(960);
        assertThat(units.getHeight()).isGreaterThanOrEqualTo(units.getMinHeight()).isGreaterThanOrEqualTo(360);
        robot.interact(units::hide);

        // The board window last: made narrower, its toolbar moves buttons into the overflow menu.
        robot.interact(() -> {
            board.stage.setMaximized(false);
            board.stage.setWidth(500);
            board.stage.setHeight(300);
        });
        assertThat(board.stage.getWidth()).isGreaterThanOrEqualTo(960);
        assertThat(board.stage.getHeight()).isGreaterThanOrEqualTo(600);
    }

    @Test
    void noResizableDialogCanBeMadeSmallerThanItsMinimum() throws Exception {
        // The item form (a FormDialog shown and waited for): its fields need their height.
        Stage editor = opened("#new-item", "新建督办事项");
        assertThat(editor.isResizable()).isTrue();
        DialogPane form = (DialogPane) editor.getScene().getRoot();
        double openedWidth = editor.getWidth();
        robot.interact(() -> {
            editor.setWidth(150);
            editor.setHeight(120);
        });
        assertThat(editor.getMinWidth()).isGreaterThanOrEqualTo(OwnedWindows.DIALOG_MIN_WIDTH)
                .isGreaterThanOrEqualTo(form.minWidth(-1)).isLessThanOrEqualTo(openedWidth);
        assertThat(editor.getWidth()).isEqualTo(editor.getMinWidth());
        assertThat(editor.getHeight()).isEqualTo(editor.getMinHeight())
                .isGreaterThanOrEqualTo(form.minHeight(form.getWidth()));
        // Every field and both buttons are still inside the window.
        assertThat(robot.lookup("#editor-save").queryButton().localToScene(0, 0).getY())
                .isLessThan(editor.getScene().getHeight());
        Screenshots.save(editor.getScene(), "manners-editor-at-minimum");
        robot.interact(() -> OwnedWindows.requestClose(editor));
        RunningBoard.waitUntil(() -> !editor.isShowing());

        // 设置: its pane around tabs and lists would let it shrink to nothing; the floor holds.
        Stage settings = opened("#settings-button", "设置");
        robot.interact(() -> {
            settings.setWidth(150);
            settings.setHeight(120);
        });
        assertThat(settings.getWidth()).isGreaterThanOrEqualTo(OwnedWindows.DIALOG_MIN_WIDTH);
        assertThat(settings.getHeight()).isGreaterThanOrEqualTo(OwnedWindows.DIALOG_MIN_HEIGHT);
        Screenshots.save(settings.getScene(), "manners-settings-at-minimum");
        // Larger stays allowed.
        robot.interact(() -> settings.setWidth(1000));
        assertThat(settings.getWidth()).isEqualTo(1000);
    }

    @Test
    void noTwoVisibleActionsShareALabelAndUndoIsNotWithdraw() throws Exception {
        FlowPane toolbar = robot.lookup("#board-toolbar").queryAs(FlowPane.class);
        List<String> labels = new ArrayList<>();
        for (Node node : toolbar.getChildren()) {
            if (node instanceof ButtonBase button && node.isVisible()) {
                labels.add(button.getText());
                if (button instanceof MenuButton menu) {
                    menu.getItems().forEach(item -> addLabels(item, labels));
                }
            }
        }
        robot.clickOn(board.card("A1"));
        board.openContextMenu(board.card("A1"));
        ContextMenu cardMenu = robot.lookup(".context-menu").queryAll().stream()
                .filter(node -> node.getScene().getWindow().isShowing())
                .map(node -> (ContextMenu) node.getScene().getWindow()).findFirst().orElseThrow();
        List<String> menuLabels = new ArrayList<>();
        cardMenu.getItems().forEach(item -> addLabels(item, menuLabels));
        Screenshots.save(cardMenu.getScene(), "manners-card-menu");
        robot.type(KeyCode.ESCAPE);

        assertThat(labels).doesNotHaveDuplicates().contains("撤销操作", "重做", "撤销督办", "已撤销督办…")
                .doesNotContain("撤销");
        assertThat(menuLabels).doesNotHaveDuplicates().contains("撤销督办…").doesNotContain("撤销", "撤销操作");
        assertThat(robot.lookup("#undo").queryButton().getGraphic()).isInstanceOfSatisfying(FontIcon.class,
                icon -> assertThat(icon.getIconLiteral()).isEqualTo("mdi2u-undo"));
        assertThat(robot.lookup("#withdraw-item").queryButton().getGraphic()).isInstanceOfSatisfying(FontIcon.class,
                icon -> assertThat(icon.getIconLiteral()).isNotEqualTo("mdi2u-undo"));
        Screenshots.save(toolbar.getScene(), "manners-board-icons");
    }

    private static void addLabels(MenuItem item, List<String> labels) {
        if (item.getText() != null && item.isVisible()) {
            labels.add(item.getText());
        }
        if (item instanceof Menu menu) {
            // A submenu's entries (移动到 ▸ the four columns) are labelled within the submenu.
            List<String> inner = new ArrayList<>();
            menu.getItems().forEach(child -> addLabels(child, inner));
            assertThat(inner).doesNotHaveDuplicates();
        }
    }
}
