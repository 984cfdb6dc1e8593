package duban.projector;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.Screenshots;
import duban.testing.StyledStage;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** On the projector, 逾期 0 and 临期 0 are good news in the neutral ink; 逾期 1 is the alarm colour. */
@ExtendWith(ApplicationExtension.class)
class ProjectorZeroFiguresTest {

    private Stage stage;
    private ProjectorFigure overdue;
    private ProjectorFigure dueSoon;

    @Start
    void start(Stage primaryStage) {
        overdue = new ProjectorFigure("逾期");
        overdue.getStyleClass().add("figure-overdue");
        dueSoon = new ProjectorFigure("临期");
        dueSoon.getStyleClass().add("figure-due-soon");
        HBox header = new HBox(40, overdue, dueSoon);
        // As projector.fxml: the figures inside the .projector root, with the projector's stylesheets.
        header.getStyleClass().addAll("projector", "projector-light");
        stage = StyledStage.show(header, 480, 160, "/theme.css", "/projector.css");
    }

    @AfterEach
    void close(FxRobot robot) {
        StyledStage.close(robot, stage);
    }

    private static Paint valueColour(ProjectorFigure figure) {
        Label value = (Label) figure.lookup(".projector-figure-value");
        value.applyCss();
        return value.getTextFill();
    }

    @Test
    void aZeroIsInTheNeutralInkAndOneIsTheAlarmColour(FxRobot robot) {
        robot.interact(() -> {
            overdue.show("0", "");
            dueSoon.show("0", "");
        });
        Paint zeroOverdue = valueColour(overdue);
        Paint zeroDueSoon = valueColour(dueSoon);
        Screenshots.save(stage.getScene(), "projector-zero-figures");

        robot.interact(() -> {
            overdue.show("1", "");
            dueSoon.show("2", "");
        });
        Paint oneOverdue = valueColour(overdue);
        Paint twoDueSoon = valueColour(dueSoon);

        assertThat(oneOverdue).isEqualTo(Color.web("#b3141b"));
        assertThat(zeroOverdue).isNotEqualTo(oneOverdue).isEqualTo(Color.web("#0f1216"));
        assertThat(zeroDueSoon).isNotEqualTo(twoDueSoon).isEqualTo(Color.web("#0f1216"));
    }
}
