package duban.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A box that remembers its height at a width measures again once its text, its text size or the width changes. */
@ExtendWith(ApplicationExtension.class)
class WidthKeyedVBoxTest {

    private static final String LONG = "督促县生态环境局落实2027年4月13日前完成的15 个工作日整改".repeat(4);

    @Test
    void aNewTextATextSizeAndAWidthAreEachMeasured(FxRobot robot) {
        double[] heights = new double[5];
        robot.interact(() -> {
            Label text = new Label("短");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE); // as on a card: never cut short
            WidthKeyedVBox box = new WidthKeyedVBox();
            box.getChildren().add(text);
            new Scene(new StackPane(box), 300, 600).getRoot().applyCss(); // styled, as in a window

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
