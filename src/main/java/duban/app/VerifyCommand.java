package duban.app;

import duban.i18n.Messages;
import duban.safety.EventChain;
import duban.safety.HistoryVerifier;
import duban.store.FailureLog;
import duban.store.StoreFailures;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --verify}: 校验台账 from the command line. Checks the hash chain of the database's
 * 办理记录 and compares it with the newest backup, reading the file only; prints the verdict in
 * Chinese and exits 0 when intact, 1 when altered or removed records were found (naming the first
 * one by its number and its 督办事项), 2 when it could not check (no file, not our database,
 * unreadable, or an older file without a chain yet).
 */
public final class VerifyCommand {

    /** Exit status: the history is intact. */
    public static final int INTACT = 0;
    /** Exit status: the history was altered; the first altered or removed record is named. */
    public static final int TAMPERED = 1;
    /** Exit status: the arguments or the file did not allow a check. */
    public static final int CANNOT_RUN = 2;

    private final PrintStream out;
    private final PrintStream err;

    public VerifyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs from the raw command line, which contains {@code --verify} and at most {@code --db}
     * (without it, the office's default database).
     */
    public int run(List<String> args) {
        List<String> rest = args.stream().filter(arg -> !arg.equals("--verify")).toList();
        AppOptions options;
        try {
            options = AppOptions.parse(rest);
        } catch (AppOptions.BadArgumentsException e) {
            err.println(e.getMessage());
            return CANNOT_RUN;
        }
        if (options.export() != null || options.importing() != null || options.demo() || options.projector()) {
            err.println(Messages.get("verify.withOtherCommand"));
            return CANNOT_RUN;
        }
        // Read-only: the command's log goes to the user's own folder, not beside the file it checks.
        FailureLog.install(options.database(), false);
        return verify(options.database());
    }

    /** Verifies {@code database} without writing to it; returns the exit status. */
    public int verify(Path database) {
        Path file = database.toAbsolutePath().normalize();
        HistoryVerifier.Report report;
        try {
            report = HistoryVerifier.verify(file);
        } catch (HistoryVerifier.NotADatabaseException e) {
            err.println(switch (e.reason()) {
                case MISSING -> Messages.get("verify.missing", file);
                case NOT_SQLITE -> Messages.get("verify.notADatabase", file);
                case NOT_OURS -> Messages.get("verify.foreign", file);
                case UNREADABLE -> Messages.get("verify.unreadable", file, StoreFailures.describe(e));
            });
            return CANNOT_RUN;
        }
        EventChain.Verdict chain = report.chain();
        if (chain.neverSealed()) {
            err.println(Messages.get("verify.neverSealed", file));
            return CANNOT_RUN;
        }
        if (!chain.intact()) {
            String id = String.valueOf(chain.firstBadEventId());
            String item = item(file, chain.firstBadItemId());
            out.println(switch (chain.problem()) {
                case EventChain.ALTERED -> Messages.get("verify.altered", id, item);
                case EventChain.UNSEALED -> Messages.get("verify.unsealed", id, item);
                default -> Messages.get("verify.removed", removed(chain.removedIds().orElseThrow()), id, item);
            });
            return TAMPERED;
        }
        if (report.differsFromBackup().isPresent()) {
            EventChain.Content was = report.differsFromBackup().get();
            out.println(Messages.get("verify.differsFromBackup", report.backup().orElseThrow().getFileName(),
                    String.valueOf(was.id()), item(file, was.itemId())));
            return TAMPERED;
        }
        out.println(Messages.get("verify.intact", file, String.valueOf(chain.eventsChecked())));
        out.println(Messages.get("verify.head", chain.headHash()));
        out.println(report.backup()
                .map(backup -> Messages.get("verify.backupMatches", backup.getFileName(),
                        String.valueOf(report.backupEvents())))
                .orElse(Messages.get("verify.noBackup")));
        return INTACT;
    }

    private static String item(Path file, long itemId) {
        return HistoryVerifier.itemTitle(file, itemId)
                .map(title -> Messages.get("verify.itemWithTitle", String.valueOf(itemId), title))
                .orElse(Messages.get("verify.item", String.valueOf(itemId)));
    }

    private static String removed(long[] ids) {
        return ids[0] == ids[1] ? String.valueOf(ids[0]) : ids[0] + "–" + ids[1];
    }
}
