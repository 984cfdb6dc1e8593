package duban.app.cli;

import duban.domain.Unit;
import duban.domain.feedback.FeedbackForm;
import duban.domain.feedback.FeedbackLine;
import duban.domain.feedback.FeedbackPreview;
import duban.domain.feedback.FeedbackResult;
import duban.domain.feedback.ReturnedForm;
import duban.i18n.Messages;
import duban.ledger.feedback.FeedbackFormReader;
import duban.ledger.feedback.FeedbackFormWriter;
import duban.ledger.importing.ImportFileException;
import duban.store.Database;
import duban.store.DatabaseOpenException;
import duban.store.FailureLog;
import duban.store.FeedbackStore;
import duban.store.StoreFailures;
import duban.store.Stores;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 反馈表 round trip without a window (for scheduled jobs and scripts).
 * {@code --feedback-forms DIR [--unit 单位名]} writes the forms of every unit with open items (or of
 * one unit) into DIR: exit 0 when written, 2 when it could not be. {@code --import-feedback FILE}
 * prints the preview's summary and its problem rows and imports the importable rows: exit 0 when
 * every row was imported or skipped, 1 when problem rows were left out, 2 when the file cannot be
 * read or the import failed (then nothing was imported). {@code --db} and {@code --read-only} work
 * as for the other commands.
 */
public final class FeedbackCommand {

    public static final int DONE = 0;
    public static final int PROBLEMS_LEFT_OUT = 1;
    public static final int CANNOT_RUN = 2;

    static final String FORMS = "--feedback-forms";
    static final String IMPORT = "--import-feedback";
    static final String UNIT = "--unit";

    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    public FeedbackCommand(Clock clock, PrintStream out, PrintStream err) {
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /** Whether the command line asks for this command. */
    public static boolean asked(List<String> args) {
        return args.contains(FORMS) || args.contains(IMPORT);
    }

    /** Runs from the raw command line; returns the exit status. */
    public int run(List<String> args) {
        Path folder = null;
        Path file = null;
        String unit = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(FORMS) || arg.equals(IMPORT) || arg.equals(UNIT)) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank() || args.get(i + 1).startsWith("--")) {
                    err.println(Messages.get("open.missingValue", arg));
                    return CANNOT_RUN;
                }
                String value = args.get(++i).strip();
                switch (arg) {
                    case FORMS -> folder = Path.of(value);
                    case IMPORT -> file = Path.of(value);
                    default -> unit = value;
                }
            } else {
                rest.add(arg);
            }
        }
        if ((folder != null && file != null) || (unit != null && folder == null)) {
            err.println(Messages.get("feedback.cli.badArguments"));
            return CANNOT_RUN;
        }
        Optional<AppOptions> where = AppOptions.parseOrSay(rest, err);
        if (where.isEmpty()) {
            return CANNOT_RUN;
        }
        return folder != null ? writeForms(where.get(), folder, unit) : importFeedback(where.get(), file);
    }

    /** Writes the forms of every unit with open items, or of the unit named {@code unitName}, into {@code folder}. */
    public int writeForms(AppOptions where, Path folder, String unitName) {
        FailureLog.install(where.database(), true);
        try (Database db = where.open()) {
            Stores stores = Stores.over(db, clock);
            FeedbackStore store = stores.feedback();
            List<FeedbackForm> forms;
            if (unitName == null) {
                forms = store.forms();
            } else {
                Optional<Unit> unit = stores.units().all().stream().filter(u -> u.name().equals(unitName)).findFirst();
                if (unit.isEmpty()) {
                    err.println(Messages.get("feedback.cli.unknownUnit", unitName));
                    return CANNOT_RUN;
                }
                forms = List.of(store.form(unit.get().id()));
            }
            if (forms.isEmpty()) {
                out.println(Messages.get("feedback.cli.noForms"));
                return DONE;
            }
            out.println(Messages.get("feedback.cli.written", String.valueOf(forms.size()), folder.toAbsolutePath()));
            for (FeedbackForm form : forms) {
                Path written = FeedbackFormWriter.writeInto(form, folder);
                out.println(Messages.get("feedback.cli.writtenOne", written.getFileName(),
                        String.valueOf(form.items().size())));
            }
            return DONE;
        } catch (DatabaseOpenException e) {
            err.println(AppOptions.refusalLine(e));
            return CANNOT_RUN;
        } catch (IOException | RuntimeException e) {
            err.println(Messages.get("feedback.cli.failed", StoreFailures.describe(e)));
            return CANNOT_RUN;
        }
    }

    /** Previews the returned form {@code file}, prints the summary and problems, and imports the importable rows. */
    public int importFeedback(AppOptions where, Path file) {
        FailureLog.install(where.database(), true);
        ReturnedForm form;
        try {
            form = FeedbackFormReader.read(file);
        } catch (ImportFileException e) {
            err.println(e.getMessage());
            return CANNOT_RUN;
        }
        try (Database db = where.open()) {
            FeedbackStore store = Stores.over(db, clock).feedback();
            FeedbackPreview preview = store.preview(form);
            out.println(Messages.get("feedback.cli.preview", file.getFileName(), preview.summary()));
            for (FeedbackLine line : preview.problems()) {
                err.println(Messages.get("feedback.cli.rowProblem", String.valueOf(line.entry().rowNumber()),
                        line.entry().itemNumber(), line.problem()));
            }
            if (preview.importable().isEmpty()) {
                out.println(Messages.get("feedback.cli.nothingToImport"));
            } else {
                FeedbackResult result = store.importRows(preview);
                out.println(result.describe());
            }
            if (!preview.problems().isEmpty()) {
                err.println(Messages.get("feedback.cli.problemsLeftOut", String.valueOf(preview.problems().size())));
                return PROBLEMS_LEFT_OUT;
            }
            return DONE;
        } catch (DatabaseOpenException e) {
            err.println(AppOptions.refusalLine(e));
            return CANNOT_RUN;
        } catch (RuntimeException e) {
            err.println(Messages.get("feedback.cli.importFailed", StoreFailures.describe(e)));
            return CANNOT_RUN;
        }
    }
}
