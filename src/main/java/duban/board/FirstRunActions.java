package duban.board;

import javafx.stage.Window;

/**
 * What the board's 导入任务清单… (toolbar and first-run panel) and 查看示例 open: the task-list
 * import and the demo in a file of its own, given by the composition root (issue 18).
 */
public interface FirstRunActions {

    /** 导入任务清单…: the task-list import over {@code owner}; what it imports shows on the board. */
    void importTaskList(Window owner);

    /** 查看示例: the demo data, in a separate file and window, never in the office's file. */
    void openDemo(Window owner);
}
