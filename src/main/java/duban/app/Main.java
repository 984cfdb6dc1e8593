package duban.app;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import javafx.application.Application;

/**
 * The entry point. A plain class rather than the {@link Application} itself, so that a plain
 * {@code java -cp ... duban.app.Main} launch finds JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--verify")) {
            // 校验台账 from a script: no window, and the file is only read.
            System.exit(new VerifyCommand(System.out, System.err).run(List.of(args)));
        }
        if (Arrays.asList(args).contains("--import")) {
            // A script importing a task list: no window, no display needed.
            System.exit(importWithoutWindow(args));
        }
        if (Arrays.asList(args).contains("--export")) {
            // A scheduled job or a script: no window, no display needed.
            System.exit(exportWithoutWindow(args));
        }
        EarlyStart.begin(List.of(args));
        Application.launch(DubanApp.class, args);
        int status = DubanApp.exitStatus();
        if (status != 0) {
            System.exit(status);
        }
    }

    private static int importWithoutWindow(String[] args) {
        AppOptions options;
        try {
            options = AppOptions.parse(List.of(args));
        } catch (AppOptions.BadArgumentsException e) {
            System.err.println(e.getMessage());
            return ImportCommand.CANNOT_RUN;
        }
        return new ImportCommand(Clock.systemDefaultZone(), System.out, System.err)
                .run(options.database(), options.importing());
    }

    private static int exportWithoutWindow(String[] args) {
        AppOptions options;
        try {
            options = AppOptions.parse(List.of(args));
        } catch (AppOptions.BadArgumentsException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        return new LedgerCommand(Clock.systemDefaultZone(), System.out, System.err)
                .export(options.database(), options.export());
    }
}
