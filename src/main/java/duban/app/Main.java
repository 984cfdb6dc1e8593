package duban.app;

import duban.app.cli.AppOptions;
import duban.app.cli.CommandLineCheck;
import duban.app.cli.CopyCommand;
import duban.app.cli.DemoFileCommand;
import duban.app.cli.DocumentCommand;
import duban.app.cli.Environment;
import duban.app.cli.FeedbackCommand;
import duban.app.cli.HelpText;
import duban.app.cli.ImportCommand;
import duban.app.cli.LedgerCommand;
import duban.app.cli.VerifyCommand;
import duban.i18n.Messages;
import duban.store.SqliteNativeLibrary;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.application.Application;

/**
 * The entry point. A plain class rather than the {@link Application} itself, so that a plain
 * {@code java -cp ... duban.app.Main} launch finds JavaFX on the class path. Every option is checked
 * first, before any command or the toolkit starts ({@link CommandLineCheck}); a command-line command
 * ({@code --copy-to}, {@code --verify}, {@code --import}, {@code --export} …) runs without a window.
 */
public final class Main {

    /** Exit status of a command line that cannot be understood, or of a window with no display. */
    static final int BAD_ARGUMENTS = 2;

    /** Shows the board for the checked arguments and returns the exit status once it is closed. */
    @FunctionalInterface
    interface Window {
        int show(List<String> args, AppOptions options);
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Environment environment;
    private final Window window;
    /** Closes the installer's splash picture ({@link LaunchSplash#close()}; tests count the calls). */
    private final Runnable closeSplash;
    private boolean windowShown;

    Main(PrintStream out, PrintStream err, Environment environment, Window window) {
        this(out, err, environment, window, LaunchSplash::close);
    }

    Main(PrintStream out, PrintStream err, Environment environment, Window window, Runnable closeSplash) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.window = window;
        this.closeSplash = closeSplash;
    }

    public static void main(String[] args) {
        StartupTiming.mark("main");
        // jOOQ's banner and tip of the day are for developers' consoles, not an office's terminal.
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
        // The driver's library from the user's cache, not unpacked into the temporary folder again.
        SqliteNativeLibrary.keepIn(ConfigFolder.cache());
        Main main = new Main(System.out, System.err, Environment.current(), Main::launch);
        int status = main.run(List.of(args));
        if (status != 0 || !main.windowShown) {
            // A command is done (its store threads may linger); a window closed normally ends by itself.
            System.exit(status);
        }
    }

    /**
     * Runs the command line {@code args} as the program would, printing on {@code out} and {@code err},
     * with the real window; returns the exit status.
     */
    public static int run(List<String> args, PrintStream out, PrintStream err, Environment environment) {
        return new Main(out, err, environment, Main::launch).run(args);
    }

    /** Checks {@code args}, then runs the command they ask for or shows the board; returns the exit status. */
    int run(List<String> args) {
        List<String> given = environment.withDatabaseFromBuild(args);
        CommandLineCheck.Outcome outcome = CommandLineCheck.check(given);
        boolean windowAsked = outcome instanceof CommandLineCheck.Understood asked && !asked.command();
        if (!windowAsked) {
            // Help, a mistake or a command: no window comes, so the installer's splash picture goes now.
            closeSplash.run();
        }
        if (outcome instanceof CommandLineCheck.Help) {
            HelpText.lines().forEach(out::println);
            return 0;
        }
        if (outcome instanceof CommandLineCheck.Problem problem) {
            err.println(problem.line());
            return BAD_ARGUMENTS;
        }
        CommandLineCheck.Understood understood = (CommandLineCheck.Understood) outcome;
        List<String> arguments = understood.args();
        if (understood.command()) {
            return runCommand(arguments);
        }
        AppOptions options;
        try {
            options = AppOptions.parse(arguments);
        } catch (AppOptions.BadArgumentsException e) {
            err.println(Messages.get("open.badArguments", e.getMessage()));
            return BAD_ARGUMENTS;
        }
        if (environment.hasNoDisplay()) {
            err.println(Messages.get("cli.noDisplay"));
            return BAD_ARGUMENTS;
        }
        windowShown = true;
        return window.show(arguments, options);
    }

    /** Runs the command {@code args} ask for, each parsing its own options as it always has. */
    private int runCommand(List<String> args) {
        Clock clock = Clock.systemDefaultZone();
        if (CopyCommand.asked(args)) {
            // Moving an office's data (a file onto a server, a server into a file): no window.
            return new CopyCommand(out, err).run(args);
        }
        if (DemoFileCommand.asked(args)) {
            // The demo office written into a new file, for scripts and CI: no window, no display needed.
            return new DemoFileCommand(clock, out, err).run(args);
        }
        if (args.contains("--verify")) {
            // 校验台账 from a script: no window, and the file is only read.
            return new VerifyCommand(out, err).run(args);
        }
        if (args.contains("--import")) {
            // A script importing a task list: no window, no display needed.
            return new ImportCommand(clock, out, err).run(args);
        }
        if (FeedbackCommand.asked(args)) {
            // 反馈表 out to every unit, or one unit's returned form in: a scheduled job, no window.
            return new FeedbackCommand(clock, out, err).run(args);
        }
        if (DocumentCommand.asked(args)) {
            // A scheduled job drafting the 督查通报 or the 督办通知单: no window, no display needed.
            return new DocumentCommand(clock, out, err).run(args);
        }
        // --export: a scheduled job or a script, no window, no display needed.
        return new LedgerCommand(clock, out, err).run(args);
    }

    /**
     * JavaFX's warning that it was loaded from the class path (how {@code java -cp} and the installer
     * start it, on purpose): not for an office's terminal. Held here, as the logging keeps loggers weakly.
     */
    private static final java.util.logging.Logger TOOLKIT_LOG = java.util.logging.Logger.getLogger("javafx");
    /**
     * How long an exit waits for the toolkit to finish ending ({@link DubanApp#awaitToolkitEnd}): it
     * takes milliseconds; the bound is for a platform whose FX thread outlives its toolkit.
     */
    private static final Duration TOOLKIT_END_BOUND = Duration.ofSeconds(2);

    /** The board: the database opening begun while the toolkit starts, then the window until it closes. */
    private static int launch(List<String> args, AppOptions options) {
        TOOLKIT_LOG.setFilter(logged -> logged.getMessage() == null
                || !logged.getMessage().startsWith("Unsupported JavaFX configuration"));
        EarlyStart.begin(args, options);
        try {
            Application.launch(DubanApp.class, args.toArray(String[]::new));
            // The caller may System.exit next: not while the toolkit is still ending.
            DubanApp.awaitToolkitEnd(TOOLKIT_END_BOUND);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (UnsupportedOperationException noDisplay) {
            // DISPLAY is set, but names no display that answers (an ssh session without X forwarding).
            System.err.println(Messages.get("cli.displayUnreachable", System.getenv().getOrDefault("DISPLAY", "")));
            return BAD_ARGUMENTS;
        }
        return DubanApp.exitStatus();
    }
}
