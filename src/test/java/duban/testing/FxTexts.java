package duban.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

/** What a TestFX test reads off the screen: a node's text, whether it shows, texts drawn cut short. */
public final class FxTexts {

    private FxTexts() {
    }

    /** The text of the label, button or cell that {@code query} (an id such as {@code #x}) finds. */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Whether the node {@code query} finds is visible and in a scene. */
    public static boolean shows(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.isVisible() && node.getScene() != null;
    }

    /**
     * Each visible label, button or cell under {@code root} whose skin draws less than its text
     * (an ellipsis), as "text shown as drawn". A wrapped label draws its text over several lines,
     * so it is left out: its first line is not meant to hold the whole text.
     */
    public static List<String> textsCutShort(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node node : descendants(root)) {
            if (node instanceof Labeled labeled && labeled.isVisible() && labeled.getText() != null
                    && !labeled.getText().isEmpty() && !labeled.isWrapText()) {
                String shown = labeled.lookupAll(".text").stream()
                        .filter(Text.class::isInstance).map(text -> ((Text) text).getText())
                        .findFirst().orElse("");
                if (!shown.equals(labeled.getText())) {
                    cut.add(labeled.getText() + " shown as " + shown);
                }
            }
        }
        return cut;
    }

    /** Every node under {@code parent}, depth first, skins' nodes included. */
    public static List<Node> descendants(Parent parent) {
        List<Node> nodes = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            nodes.add(child);
            if (child instanceof Parent inner) {
                nodes.addAll(descendants(inner));
            }
        }
        return nodes;
    }
}
