package duban.app.cli;

import duban.i18n.Messages;
import duban.store.Database;
import duban.store.DatabaseOpenException;
import duban.store.DemoData;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code --demo-file FILE}: writes the demo office ({@link DemoData}: 16 units, 46 items with their
 * dated histories, the same data as 查看示例 and {@code --demo}) into a new database file, without a
 * window, so that a script or CI can try the other commands on it ({@code --db FILE --verify},
 * {@code --export}) with no display. It never writes into an existing file, so the demo cannot mix
 * with an office's data. Exit status: 0 written, 2 not (one Chinese line on stderr).
 */
public final class DemoFileCommand {

    public static final int WRITTEN = 0;
    public static final int NOT_WRITTEN = 2;

    static final String OPTION = "--demo-file";

    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    public DemoFileCommand(Clock clock, PrintStream out, PrintStream err) {
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /** Whether {@code args} ask for a demo file. */
    public static boolean asked(List<String> args) {
        return args.stream().anyMatch(arg -> arg.equals(OPTION) || arg.startsWith(OPTION + "="));
    }

    /** Runs from the checked command line, which is {@code --demo-file FILE} and nothing else. */
    public int run(List<String> args) {
        if (args.size() != 2 || !args.get(0).equals(OPTION)) {
            err.println(Messages.get("cli.demoFile.withOther"));
            return NOT_WRITTEN;
        }
        Path file = Path.of(args.get(1).strip()).toAbsolutePath().normalize();
        if (Files.exists(file)) {
            err.println(Messages.get("cli.demoFile.exists", file));
            return NOT_WRITTEN;
        }
        try (Database database = Database.open(file)) {
            if (database.readOnly()) {
                err.println(Messages.get("cli.demoFile.cannotWrite", file, database.readOnlyReason()));
                return NOT_WRITTEN;
            }
            DemoData.Outcome seeded = new DemoData(database.dsl(), clock).seedIfEmpty();
            out.println(Messages.get("cli.demoFile.written", seeded.units(), seeded.items(), file));
            return WRITTEN;
        } catch (DatabaseOpenException e) {
            err.println(Messages.get("cli.demoFile.cannotWrite", file, e.userMessage()));
            return NOT_WRITTEN;
        }
    }
}
