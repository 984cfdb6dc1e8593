package duban.app;

import duban.app.cli.CopyCommand;
import duban.app.cli.DocumentCommand;
import duban.app.cli.FeedbackCommand;
import duban.app.cli.ImportCommand;
import duban.app.cli.LedgerCommand;
import duban.app.cli.VerifyCommand;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;

/**
 * The entry point. A plain class rather than the {@link Application} itself, so that a plain
 * {@code java -cp ... duban.app.Main} launch finds JavaFX on the class path. A command-line
 * command ({@code --copy-to}, {@code --verify}, {@code --import}, {@code --export}) runs without a window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupTiming.mark("main");
        List<String> arguments = List.of(args);
        if (CopyCommand.asked(arguments)) {
            // Moving an office's data (a file onto a server, a server into a file): no window.
            System.exit(new CopyCommand(System.out, System.err).run(arguments));
        }
        if (CopyCommand.asked(arguments)) {
            // Moving an office's data (a file onto a server, a server into a file): no window.
            System.exit(new CopyCommand(System.out, System.err).run(arguments));
        }
        if (arguments.contains("--verify")) {
            // 校验台账 from a script: no window, and the file is only read.
            System.exit(new VerifyCommand(System.out, System.err).run(arguments));
        }
        if (arguments.contains("--import")) {
            // A script importing a task list: no window, no display needed.
            System.exit(new ImportCommand(Clock.systemDefaultZone(), System.out, System.err).run(arguments));
        }
        if (FeedbackCommand.asked(arguments)) {
            // 反馈表 out to every unit, or one unit's returned form in: a scheduled job, no window.
            System.exit(new FeedbackCommand(Clock.systemDefaultZone(), System.out, System.err).run(arguments));
        }
        if (DocumentCommand.asked(arguments)) {
            // A scheduled job drafting the 督查通报 or the 督办通知单: no window, no display needed.
            System.exit(new DocumentCommand(Clock.systemDefaultZone(), System.out, System.err).run(arguments));
        }
        if (arguments.contains("--export")) {
            // A scheduled job or a script: no window, no display needed.
            System.exit(new LedgerCommand(Clock.systemDefaultZone(), System.out, System.err).run(arguments));
        }
        EarlyStart.begin(arguments);
        Application.launch(DubanApp.class, args);
        int status = DubanApp.exitStatus();
        if (status != 0) {
            System.exit(status);
        }
    }
}
