package duban.ui;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.StyledStage;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A box that remembers its height at a width measures again once its text, its text size or the width changes. */
@ExtendWith(ApplicationExtension.class)
class WidthKeyedVBoxTest {

    private static final String LONG = "督促县生态环境局落实2027年4月13日前完成的15 个工作日整改".repeat(4);

    private Label text;
    private WidthKeyedVBox box;
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        text = new Label("短");
        box = new WidthKeyedVBox();
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE); // as on a card: never cut short
        box.getChildren().add(text);
        stage = StyledStage.show(new StackPane(box), 300, 600, "/theme.css");
    }

    @AfterEach
    void close(FxRobot robot) {
        StyledStage.close(robot, stage);
    }

    @Test
    void aNewTextATextSizeAndAWidthAreEachMeasured(FxRobot robot) {
        double[] heights = new double[5];
        robot.interact(() -> {
            heights[0] = box.prefHeight(200);
            text.setText(LONG);
            heights[1] = box.prefHeight(200);
            heights[2] = box.prefHeight(100); // narrower: more lines
            text.setStyle("-fx-font-size: 30px;");
            text.applyCss();
            heights[3] = box.prefHeight(100);
            heights[4] = box.minHeight(100);
        });
        assertThat(heights[1]).as("a long text at the same width").isGreaterThan(heights[0] * 3);
        assertThat(heights[2]).as("the same text, narrower").isGreaterThan(heights[1]);
        assertThat(heights[3]).as("a larger text size").isGreaterThan(heights[2]);
        assertThat(heights[4]).as("its minimum follows as well").isGreaterThan(heights[2]);
    }
}
