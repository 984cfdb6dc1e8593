package duban.app.cli;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Labeled;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.i18n.Messages;
import duban.ledger.Ledger;
import duban.ledger.LedgerScope;
import duban.ledger.LedgerTitle;
import duban.ledger.export.LedgerExport;
import duban.domain.Progress;
import duban.domain.office.OfficeSettings;
import duban.store.Database;
import duban.store.Stores;
import duban.store.DatabaseOpenException;
import duban.store.FailureLog;
import duban.store.StoreFailures;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --export FILE}: writes the ledger of the database for a scope and exits, without a
 * window (for scheduled jobs and scripts), as .xlsx, .pdf or .csv by the file's extension. The exit status is 0 when written, 2 when the
 * arguments, the file or the export failed; every failure is one Chinese line on stderr.
 */
public final class LedgerCommand {

    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    public LedgerCommand(Clock clock, PrintStream out, PrintStream err) {
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /** Runs from the raw command line, which contains {@code --export FILE}; returns the exit status. */
    public int run(List<String> args) {
        return AppOptions.parseOrSay(args, err).map(options -> options.server() != null
                ? AppOptions.refuseServer(err, "--export") : export(options.database(), options.export())).orElse(2);
    }

    /** Runs the export; returns the process exit status. */
    public int export(java.nio.file.Path database, AppOptions.Export export) {
        FailureLog.install(database, true);
        LedgerExport format = LedgerExport.of(export.file()).orElse(null);
        if (format == null) {
            err.println(Messages.get("export.unsupported", "." + LedgerExport.extensionOf(export.file())));
            return 2;
        }
        try (Database db = Database.open(database)) {
            Stores stores = Stores.over(db, clock);
            OfficeSettings settings = stores.officeSettings().load();
            Deadlines deadlines = new Deadlines(clock, settings.dueSoonDays());
            List<Item> items = stores.items().loadAll();
            LedgerScope scope = scope(export, stores.units().all());
            Ledger ledger = Ledger.build(items, stores.workflow().latestReports(), deadlines, scope,
                    Ledger.Order.ASSIGNED_ON, Ledger.Grouping.NONE);
            String title = LedgerTitle.of(stores.settings().get(LedgerTitle.OFFICE_NAME_KEY).orElse(""));
            format.write(ledger, title, java.time.LocalDate.now(clock), export.file(), Progress.NONE);
            out.println(Messages.get("export.done", ledger.rows().size(), export.file().toAbsolutePath(),
                    scope.describe()));
            return 0;
        } catch (DatabaseOpenException e) {
            err.println(Messages.get("open.errorHeader", e.file()).replace('\n', ' ') + " " + e.userMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            // an unknown status, unit or source, in our words; anything else is a failure
            err.println(StoreFailures.isRefusal(e) ? StoreFailures.describe(e)
                    : Messages.get("export.failed", StoreFailures.describe(e)));
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println(Messages.get("export.failed", StoreFailures.describe(e)));
            return 2;
        }
    }

    /** The scope the options ask for; a name that matches nothing is refused, never ignored. */
    static LedgerScope scope(AppOptions.Export export, List<Unit> units) {
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        for (String typed : export.statuses()) {
            statuses.add(byCodeOrLabel(Status.values(), typed)
                    .orElseThrow(() -> new IllegalArgumentException(Messages.get("export.unknownStatus", typed))));
        }
        Unit unit = null;
        if (export.leadUnit() != null) {
            unit = units.stream().filter(candidate -> candidate.name().equals(export.leadUnit())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(Messages.get("export.unknownUnit", export.leadUnit())));
        }
        Source source = null;
        if (export.source() != null) {
            source = byCodeOrLabel(Source.values(), export.source())
                    .orElseThrow(() -> new IllegalArgumentException(Messages.get("export.unknownSource", export.source())));
        }
        return new LedgerScope(statuses, export.overdueOnly(), unit, source, export.from(), export.to(),
                export.withWithdrawn());
    }

    private static <T extends Labeled> Optional<T> byCodeOrLabel(T[] values, String typed) {
        String wanted = typed.strip();
        for (T value : values) {
            if (value.name().equalsIgnoreCase(wanted) || value.label().equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
