package duban.workflow;

import duban.domain.ReminderLevel;
import java.util.Arrays;
import java.util.Locale;

/** The style-class names of workflow.css that the workflow's Java code sets. */
final class WorkflowStyles {

    /** One 督办单 colour's toggle in the 催办 form. */
    static final String REMINDER_LEVEL = "reminder-level";
    /** The colour square on a level toggle. */
    static final String LEVEL_SWATCH = "level-swatch";
    /** A suggested colour in the 今日待催办 list. */
    static final String LEVEL_CHIP = "level-chip";
    /** The 状态 cells of the 今日待催办 list. */
    static final String REASON_CELL = "reason-cell";

    private WorkflowStyles() {
    }

    /** level-blue, level-yellow, level-red: the colour classes of workflow.css. */
    static String level(ReminderLevel level) {
        return "level-" + level.name().toLowerCase(Locale.ROOT);
    }

    /** Every colour class, to take off a node before it gets another. */
    static String[] allLevels() {
        return Arrays.stream(ReminderLevel.values()).map(WorkflowStyles::level).toArray(String[]::new);
    }
}
