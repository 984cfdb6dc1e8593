package duban.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.ReminderLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The 督办单 colour classes the workflow's Java sets are the ones workflow.css styles. */
class WorkflowStylesTest {

    @Test
    void everyLevelHasItsColourClassInTheStylesheet() throws IOException {
        String css = Files.readString(Path.of("fxml/workflow.css"));
        assertThat(WorkflowStyles.level(ReminderLevel.RED)).isEqualTo("level-red");
        assertThat(WorkflowStyles.allLevels()).containsExactly("level-blue", "level-yellow", "level-red");
        for (String level : WorkflowStyles.allLevels()) {
            assertThat(css).contains("." + level);
        }
        for (String name : new String[] {WorkflowStyles.REMINDER_LEVEL,
                WorkflowStyles.LEVEL_SWATCH, WorkflowStyles.LEVEL_CHIP, WorkflowStyles.REASON_CELL}) {
            assertThat(css).contains("." + name);
        }
    }
}
