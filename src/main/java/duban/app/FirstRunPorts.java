package duban.app;

import duban.app.cli.AppPaths;
import duban.board.FirstRunActions;
import duban.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.HostServices;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The board's 导入任务清单… and 查看示例 (issue 18) over the application: the task-list import the
 * ledger window also offers, and the demo in a file of its own ({@link DemoWindow}) beside the
 * office's file (a server's office: beside the default file), closed with the office's board.
 */
final class FirstRunPorts implements FirstRunActions {

    private final Database database;
    private final Consumer<Window> openImport;
    private final DemoWindow demo;

    FirstRunPorts(Stage board, Database database, Clock clock, Consumer<Window> openImport,
                  Consumer<String> tellUser, Supplier<HostServices> hostServices) {
        this.database = database;
        this.openImport = openImport;
        this.demo = new DemoWindow(clock, hostServices.get(), tellUser);
        board.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            if (event.getTarget() == board) {
                demo.close();
            }
        });
    }

    @Override
    public void importTaskList(Window owner) {
        openImport.accept(owner);
    }

    @Override
    public void openDemo(Window owner) {
        demo.open(demoFile());
    }

    /** Where 查看示例 keeps the demo: beside the office's file, never in it. */
    Path demoFile() {
        Path office = database.onServer()
                ? AppPaths.defaultDatabase(System.getProperty("os.name", ""), System.getenv(),
                        System.getProperty("user.home"))
                : database.file();
        return DemoWindow.demoFileBeside(office);
    }

    /** The demo's window (tests). */
    DemoWindow demo() {
        return demo;
    }
}
