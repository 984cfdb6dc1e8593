package duban.app.cli;

import duban.i18n.Messages;
import duban.domain.Progress;
import duban.ledger.importing.ImportFileException;
import duban.ledger.importing.ImportPreview;
import duban.ledger.importing.ImportReader;
import duban.domain.importing.ImportResult;
import duban.ledger.importing.ImportSheet;
import duban.ledger.importing.PreviewRow;
import duban.store.Database;
import duban.store.DatabaseOpenException;
import duban.store.FailureLog;
import duban.store.ImportStore;
import duban.store.Stores;
import duban.store.StoreFailures;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code --import FILE}: checks a task list against the database and imports it, without a
 * window (for scripts). Every problem is printed on stderr with its row number. When any row
 * has a problem nothing is imported, unless {@code --skip-invalid}; units the database lacks
 * are a problem unless {@code --create-units}. Exit status: 0 done (the valid rows imported,
 * possibly none new; with {@code --skip-invalid} also when rows were skipped), 1 the file has
 * problems and nothing was imported, 2 the command could not run (arguments, unreadable file,
 * database).
 */
public final class ImportCommand {

    public static final int DONE = 0;
    public static final int REFUSED = 1;
    public static final int CANNOT_RUN = 2;

    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    public ImportCommand(Clock clock, PrintStream out, PrintStream err) {
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /** Runs from the raw command line, which contains {@code --import FILE}; returns the exit status. */
    public int run(List<String> args) {
        return AppOptions.parseOrSay(args, err).map(options -> options.server() != null
                ? AppOptions.refuseServer(err, "--import") : run(options.database(), options.importing())).orElse(CANNOT_RUN);
    }

    /** Runs the import; returns the process exit status. */
    public int run(Path database, AppOptions.Import options) {
        FailureLog.install(database, true);
        ImportSheet sheet;
        try {
            sheet = ImportReader.read(options.file());
        } catch (ImportFileException e) {
            err.println(e.getMessage());
            return CANNOT_RUN;
        }
        try (Database db = Database.open(database)) {
            ImportStore store = Stores.over(db, clock).importing();
            ImportPreview preview = ImportPreview.of(sheet, store.basis(), LocalDate.now(clock), options.createUnits());
            if (!preview.fileProblem().isEmpty()) {
                err.println(preview.fileProblem());
                return REFUSED;
            }
            out.println(Messages.get("import.cli.preview", options.file().getFileName(), preview.summary()));
            preview.fileNotes().forEach(out::println);
            for (PreviewRow row : preview.rows()) {
                if (row.verdict() == PreviewRow.Verdict.INVALID) {
                    for (String problem : row.problems()) {
                        err.println(Messages.get("import.cli.rowProblem", String.valueOf(row.rowNumber()), problem));
                    }
                } else if (row.verdict() == PreviewRow.Verdict.ALREADY_IMPORTED) {
                    out.println(Messages.get("import.cli.rowSkipped", String.valueOf(row.rowNumber())));
                }
            }
            if (!preview.unknownUnits().isEmpty() && !options.createUnits()) {
                err.println(Messages.get("import.cli.unknownUnits", String.join("、", preview.unknownUnits())));
            }
            if (preview.invalid() > 0 && !options.skipInvalid()) {
                err.println(Messages.get("import.cli.refused", String.valueOf(preview.invalid())));
                return REFUSED;
            }
            ImportResult result = preview.importable() == 0
                    ? new ImportResult(0, preview.alreadyImported(), preview.invalid(), 0)
                    : store.importPlan(preview.plan(), Progress.NONE);
            out.println(result.describe());
            if (result.invalid() > 0) {
                out.println(Messages.get("import.cli.skippedInvalid", String.valueOf(result.invalid())));
            }
            return DONE;
        } catch (DatabaseOpenException e) {
            err.println(Messages.get("open.errorHeader", e.file()).replace('\n', ' ') + " " + e.userMessage());
            return CANNOT_RUN;
        } catch (RuntimeException e) {
            err.println(Messages.get("import.failed", StoreFailures.describe(e)));
            return CANNOT_RUN;
        }
    }
}
