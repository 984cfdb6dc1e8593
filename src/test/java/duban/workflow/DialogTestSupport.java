package duban.workflow;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** What the dialog tests do as a user: read a message line, retype a field, check 保存. */
final class DialogTestSupport {

    private DialogTestSupport() {
    }

    /** The text of a message line as the user sees it: empty while hidden. */
    static String message(FxRobot robot, String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Node.class).isDisabled();
    }

    /** Clicks into the field, selects all and types {@code text} over it. */
    static void retype(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }
}
