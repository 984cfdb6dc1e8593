package duban.projector;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.testing.Screenshots;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The projector at the four screen sizes of meeting rooms, light and dark: rendered into a scene of
 * the screen's size (Monocle's own screen is only 1280 × 800), checked for clipped or overlapping
 * text and for type size, and saved as PNG to be looked at.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorScreensTest {

    @Start
    void start(Stage stage) {
        // The toolkit runs; the scenes below are rendered without being shown.
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({
            "1024, 768, LIGHT", "1024, 768, DARK",
            "1280, 800, LIGHT", "1280, 800, DARK",
            "1920, 1080, LIGHT", "1920, 1080, DARK",
            "3840, 2160, LIGHT", "3840, 2160, DARK"})
    void everythingIsReadableAndNothingIsCutOrOverlaps(int width, int height, ProjectorTheme theme) {
        MemorySettings settings = new MemorySettings();
        settings.values.put(ProjectorSettings.THEME_KEY, theme.name());
        ProjectorViewModel viewModel = MeetingBoard.viewModel(MeetingBoard.property(MeetingBoard.crowded(30)),
                new ManualTicker(), settings);
        AtomicReference<Scene> sceneRef = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            viewModel.start();
            Scene scene = ProjectorWindow.scene(viewModel, width, height);
            for (int pass = 0; pass < 4; pass++) {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            }
            sceneRef.set(scene);
        });
        Scene scene = sceneRef.get();
        String name = "projector-" + width + "x" + height + "-" + theme.name().toLowerCase();
        Screenshots.save(scene, name);

        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            Parent root = scene.getRoot();
            assertThat(root.getLayoutBounds().getWidth()).isEqualTo(width);
            List<Labeled> labels = labelsIn(root);
            double scale = Math.min(width / 1920.0, height / 1080.0);
            for (Labeled label : labels) {
                assertThat(label.getFont().getSize()).as("type size of “%s”", label.getText())
                        .isGreaterThanOrEqualTo(ProjectorView.MIN_FONT_PX - 0.01);
                Bounds bounds = label.localToScene(label.getLayoutBounds());
                assertThat(bounds.getMinX()).as("left edge of “%s”", label.getText()).isGreaterThanOrEqualTo(0);
                assertThat(bounds.getMaxX()).as("right edge of “%s”", label.getText()).isLessThanOrEqualTo(width + 0.5);
                assertThat(bounds.getMaxY()).as("bottom of “%s”", label.getText()).isLessThanOrEqualTo(height + 0.5);
                boolean cardTitle = label.getStyleClass().contains("projector-card-title");
                if (!cardTitle) {
                    assertThat(shownText(label)).as("text of a %s", label.getStyleClass()).isEqualTo(label.getText());
                } else {
                    assertThat(label.getFont().getSize()).isGreaterThanOrEqualTo(Math.max(28 * scale, 21) - 0.01);
                    assertThat(lines(label)).as("lines of “%s”", label.getText()).isBetween(1, 2);
                }
            }
            assertNoOverlaps(root.lookupAll(".projector-header .label"));
            assertNoOverlaps(root.lookupAll(".projector-footer .label"));
            for (Status status : Status.values()) {
                Node column = root.lookup("#column-" + status.name());
                Bounds body = column.localToScene(column.getLayoutBounds());
                List<Node> cards = new ArrayList<>(column.lookupAll(".item-card"));
                assertThat(cards).as("cards in %s", status).isNotEmpty();
                for (Node card : cards) {
                    Bounds bounds = card.localToScene(card.getLayoutBounds());
                    assertThat(bounds.getMaxY()).as("card %s inside its column", card.getId())
                            .isLessThanOrEqualTo(body.getMaxY() + 0.5);
                }
                assertNoOverlaps(cards);
            }
        });
    }

    private static List<Labeled> labelsIn(Parent root) {
        List<Labeled> labels = new ArrayList<>();
        for (Node node : root.lookupAll(".label")) {
            if (node instanceof Labeled labeled && node.isVisible() && labeled.getText() != null
                    && !labeled.getText().isEmpty()) {
                labels.add(labeled);
            }
        }
        return labels;
    }

    /** The text the label's skin actually draws (with an ellipsis when it did not fit). */
    private static String shownText(Labeled label) {
        return label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .map(Text::getText).findFirst().orElse("");
    }

    private static int lines(Labeled label) {
        Text text = label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .findFirst().orElseThrow();
        double lineHeight = label.getFont().getSize() * 1.2;
        return (int) Math.round(text.getLayoutBounds().getHeight() / lineHeight);
    }

    private static void assertNoOverlaps(java.util.Collection<Node> nodes) {
        List<Node> shown = nodes.stream().filter(Node::isVisible)
                .filter(node -> !(node instanceof Label label) || !label.getText().isEmpty()).toList();
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                Node a = shown.get(i);
                Node b = shown.get(j);
                if (isAncestor(a, b) || isAncestor(b, a)) {
                    continue;
                }
                Bounds ab = a.localToScene(a.getLayoutBounds());
                Bounds bb = b.localToScene(b.getLayoutBounds());
                boolean overlap = ab.getMinX() < bb.getMaxX() - 0.5 && bb.getMinX() < ab.getMaxX() - 0.5
                        && ab.getMinY() < bb.getMaxY() - 0.5 && bb.getMinY() < ab.getMaxY() - 0.5;
                assertThat(overlap).as("%s overlaps %s", describe(a), describe(b)).isFalse();
            }
        }
    }

    private static boolean isAncestor(Node ancestor, Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        return node instanceof Labeled labeled ? "“" + labeled.getText() + "”" : String.valueOf(node.getId());
    }
}
