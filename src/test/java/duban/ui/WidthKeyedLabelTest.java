package duban.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A label that remembers its height at a width measures again whenever what it shows or how changes. */
@ExtendWith(ApplicationExtension.class)
class WidthKeyedLabelTest {

    private static final String LONG = "督促县生态环境局落实2027年4月13日前完成的15 个工作日整改".repeat(4);

    @Test
    void aNewTextATextSizeAPaddingAndAWidthAreEachMeasured(FxRobot robot) {
        double[] heights = new double[7];
        robot.interact(() -> {
            WidthKeyedLabel label = new WidthKeyedLabel();
            label.setText("短");
            new Scene(new StackPane(label), 300, 600).getRoot().applyCss(); // styled, as in a window

            heights[0] = label.prefHeight(200);
            label.setText(LONG);
            heights[1] = label.prefHeight(200);
            heights[2] = label.prefHeight(100); // narrower: more lines
            label.setStyle("-fx-font-size: 30px;");
            label.applyCss();
            heights[3] = label.prefHeight(100);
            heights[4] = label.minHeight(100);
            heights[5] = label.maxHeight(100);
            label.setPadding(new Insets(20));
            heights[6] = label.prefHeight(100);
        });
        assertThat(heights[1]).as("a long text at the same width").isGreaterThan(heights[0] * 3);
        assertThat(heights[2]).as("the same text, narrower").isGreaterThan(heights[1]);
        assertThat(heights[3]).as("a larger text size").isGreaterThan(heights[2]);
        assertThat(heights[4]).as("never cut short: its minimum is its preferred height").isEqualTo(heights[3]);
        assertThat(heights[5]).as("nor stretched").isEqualTo(heights[3]);
        assertThat(heights[6]).as("a padding: 40 px more, and narrower lines").isGreaterThan(heights[3] + 40);
    }

    @Test
    void aLabelAskedBeforeItIsStyledIsMeasuredOnceItIs(FxRobot robot) {
        double[] heights = new double[2];
        robot.interact(() -> {
            WidthKeyedLabel label = new WidthKeyedLabel();
            label.setText(LONG);
            heights[0] = label.prefHeight(100); // no skin yet
            new Scene(new StackPane(label), 300, 600).getRoot().applyCss();
            heights[1] = label.prefHeight(100);
        });
        assertThat(heights[1]).isGreaterThan(heights[0]).isGreaterThan(100);
    }
}
