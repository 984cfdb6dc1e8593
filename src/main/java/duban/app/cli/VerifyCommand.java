package duban.app.cli;

import duban.i18n.Messages;
import duban.domain.EventChain;
import duban.store.AttachmentCheck;
import duban.store.BackupService;
import duban.store.Database;
import duban.store.DatabaseOpenException;
import duban.store.HistoryVerifier;
import duban.store.ServerAddress;
import duban.store.StateReplay;
import duban.store.FailureLog;
import duban.store.StoreFailures;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * {@code --verify}: 校验台账 from the command line. Runs SQLite's integrity check, checks the hash
 * chain of the database's 办理记录, replays every item's history and compares it with the item,
 * and compares the chain with the newest of the file's own backups, reading the file only; prints
 * the verdict in Chinese and exits 0 when intact, 1 when altered or removed records were found (the
 * first one named by its number and its 督办事项) or items differ from their history (each named
 * with the field, the value in the file and the one from the history), 2 when it could not check
 * (no file, not our database, damaged, unreadable, or an older file without a chain yet).
 * With {@code --db postgresql://…} it checks the database on that server the same way, compared
 * with the newest of the server's backups on this PC, without the page check (the server's own).
 */
public final class VerifyCommand {

    /** Exit status: the history is intact. */
    public static final int INTACT = 0;
    /** Exit status: the history was altered; the first altered or removed record is named. */
    public static final int TAMPERED = 1;
    /** Exit status: the arguments or the file did not allow a check. */
    public static final int CANNOT_RUN = 2;
    /** At most this many differences are listed one by one (a history deleted whole names every item). */
    static final int LISTED_AT_MOST = 30;

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
        AppOptions options = AppOptions.parseOrSay(rest, err).orElse(null);
        if (options == null) {
            return CANNOT_RUN;
        }
        if (options.export() != null || options.importing() != null || options.demo() || options.projector()) {
            err.println(Messages.get("verify.withOtherCommand"));
            return CANNOT_RUN;
        }
        // Read-only: the command's log goes to the user's own folder, not beside the file it checks.
        FailureLog.install(options.database(), false);
        // A server's backups are kept beside the default database (options.database() is that file then).
        return options.server() != null
                ? verifyServer(options.server(), options.database().toAbsolutePath().normalize().getParent())
                : verify(options.database());
    }

    /**
     * Verifies the database on {@code server}, logged in read-only (the password from the password
     * file): the chain and the replay over one snapshot of its data, and the comparison with the
     * newest of its backups kept under {@code localFolder}; no page check, which is the server's
     * own. Returns the exit status.
     */
    public int verifyServer(ServerAddress server, Path localFolder) {
        try (Database database = Database.openServer(server, null, true)) {
            return verifyServer(database, new BackupService(database, Clock.systemDefaultZone(), localFolder)
                    .newestBackup());
        } catch (DatabaseOpenException e) {
            err.println(Messages.get("verify.serverCannotOpen", e.where(), e.userMessage()));
            return CANNOT_RUN;
        }
    }

    /**
     * Verifies the open {@code database} on a server (the board's 校验台账 on its own connection),
     * compared with {@code newestBackup}, the newest of its backups; returns the exit status.
     */
    public int verifyServer(Database database, Optional<Path> newestBackup) {
        try {
            HistoryVerifier.Report report;
            try {
                report = HistoryVerifier.verify(database, newestBackup);
            } catch (HistoryVerifier.NotADatabaseException e) {
                err.println(e.reason() == HistoryVerifier.NotADatabaseException.Reason.NOT_OURS
                        ? Messages.get("verify.serverNotOurs", database.location())
                        : Messages.get("verify.serverUnreadable", database.location(), StoreFailures.describe(e)));
                return CANNOT_RUN;
            }
            out.println(Messages.get("verify.serverPages"));
            return judge(report, database.location(), itemId -> HistoryVerifier.itemTitle(database, itemId));
        } catch (RuntimeException e) {
            err.println(Messages.get("verify.serverUnreadable", database.location(), StoreFailures.describe(e)));
            return CANNOT_RUN;
        }
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
                case DAMAGED -> Messages.get("verify.damaged", file);
            });
            return CANNOT_RUN;
        }
        return judge(report, file.toString(), itemId -> HistoryVerifier.itemTitle(file, itemId));
    }

    /**
     * Prints the verdict on {@code where} (a file's path or a server's address); {@code titles}
     * names an item by its id. Returns the exit status.
     */
    private int judge(HistoryVerifier.Report report, String where, LongFunction<Optional<String>> titles) {
        EventChain.Verdict chain = report.chain();
        if (chain.neverSealed()) {
            err.println(Messages.get("verify.neverSealed", where));
            return CANNOT_RUN;
        }
        List<String> problems = new ArrayList<>();
        if (!chain.intact()) {
            String id = String.valueOf(chain.firstBadEventId());
            String item = item(titles, chain.firstBadItemId());
            problems.add(switch (chain.problem()) {
                case EventChain.ALTERED -> Messages.get("verify.altered", id, item);
                case EventChain.UNSEALED -> Messages.get("verify.unsealed", id, item);
                default -> Messages.get("verify.removed", removed(chain.removedIds().orElseThrow()), id, item);
            });
        }
        problems.addAll(stateProblems(report.state()));
        for (AttachmentCheck.Finding finding : report.attachments()) {
            String sentence = "verify.attachment." + finding.problem().name();
            problems.add(Messages.get(sentence, item(finding.itemId(), finding.itemTitle()), finding.fileName()));
        }
        if (report.differsFromBackup().isPresent()) {
            EventChain.Content was = report.differsFromBackup().get();
            problems.add(Messages.get("verify.differsFromBackup", report.backup().orElseThrow().getFileName(),
                    String.valueOf(was.id()), item(titles, was.itemId())));
        }
        if (!problems.isEmpty()) {
            problems.stream().limit(LISTED_AT_MOST).forEach(out::println);
            if (problems.size() > LISTED_AT_MOST) {
                out.println(Messages.get("verify.moreProblems", String.valueOf(problems.size() - LISTED_AT_MOST)));
            }
            return TAMPERED;
        }
        out.println(Messages.get("verify.intact", where, String.valueOf(chain.eventsChecked())));
        out.println(Messages.get("verify.stateIntact", String.valueOf(report.state().itemsChecked())));
        out.println(Messages.get("verify.head", chain.headHash()));
        out.println(report.backup()
                .map(backup -> Messages.get("verify.backupMatches", backup.getFileName(),
                        String.valueOf(report.backupEvents())))
                .orElse(Messages.get("verify.noBackup")));
        return INTACT;
    }

    /** Each item without its CREATE, then each field of an item that differs from its history. */
    private static List<String> stateProblems(StateReplay.Result state) {
        List<String> problems = new ArrayList<>();
        for (StateReplay.WithoutCreate item : state.withoutCreate()) {
            problems.add(Messages.get("verify.noCreate", item(item.itemId(), item.title())));
        }
        for (StateReplay.Difference difference : state.differences()) {
            problems.add(Messages.get("verify.stateDiffers", item(difference.itemId(), difference.title()),
                    difference.field().label(), StateReplay.Difference.shown(difference.field(), difference.inRow()),
                    StateReplay.Difference.shown(difference.field(), difference.fromHistory())));
        }
        return problems;
    }

    private static String item(long itemId, String title) {
        return title == null ? Messages.get("verify.item", String.valueOf(itemId))
                : Messages.get("verify.itemWithTitle", String.valueOf(itemId), title);
    }

    private static String item(LongFunction<Optional<String>> titles, long itemId) {
        return titles.apply(itemId)
                .map(title -> Messages.get("verify.itemWithTitle", String.valueOf(itemId), title))
                .orElse(Messages.get("verify.item", String.valueOf(itemId)));
    }

    private static String removed(long[] ids) {
        return ids[0] == ids[1] ? String.valueOf(ids[0]) : ids[0] + "–" + ids[1];
    }
}
