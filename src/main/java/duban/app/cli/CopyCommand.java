package duban.app.cli;

import duban.i18n.Messages;
import duban.store.Database;
import duban.store.DatabaseCopy;
import duban.store.DatabaseOpenException;
import duban.store.FailureLog;
import duban.store.ServerAddress;
import duban.store.StoreFailures;
import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --copy-to TARGET}: moves an office's data, without a window. The source is {@code --db} (a
 * file, or a server's {@code postgresql://…} address; the default file without it), the target a
 * file path or a server address; {@link DatabaseCopy} copies everything in one transaction into the
 * empty target and checks it there. Prints what was copied and the check in Chinese. A server's
 * password comes from the PostgreSQL password file (the JDBC driver reads it); only at a terminal
 * is it asked for, never from a script. Exit status: 0 copied and checked, 1 refused or failed (the
 * target then holds nothing of the copy), 2 the arguments cannot be understood.
 */
public final class CopyCommand {

    public static final int COPIED = 0;
    public static final int REFUSED = 1;
    public static final int BAD_ARGUMENTS = 2;

    static final String OPTION = "--copy-to";

    private final PrintStream out;
    private final PrintStream err;
    private final Console console;

    /** A command that asks for a password at the process's terminal, if it has one. */
    public CopyCommand(PrintStream out, PrintStream err) {
        this(out, err, System.console());
    }

    /** @param console where a password may be asked for; {@code null} never to ask (a script) */
    CopyCommand(PrintStream out, PrintStream err, Console console) {
        this.out = out;
        this.err = err;
        this.console = console;
    }

    /** Whether {@code args} ask for a copy. */
    public static boolean asked(List<String> args) {
        return args.stream().anyMatch(arg -> arg.equals(OPTION) || arg.startsWith(OPTION + "="));
    }

    /** Runs from the raw command line, which contains {@code --copy-to TARGET}; returns the exit status. */
    public int run(List<String> args) {
        String target = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(OPTION) || arg.startsWith(OPTION + "=")) {
                String value = arg.equals(OPTION)
                        ? (i + 1 < args.size() && !args.get(i + 1).startsWith("--") ? args.get(++i) : "")
                        : arg.substring(OPTION.length() + 1);
                if (value.isBlank() || target != null) {
                    err.println(Messages.get(value.isBlank() ? "open.missingValue" : "copy.cli.twice", OPTION));
                    return BAD_ARGUMENTS;
                }
                target = value.strip();
            } else if (List.of("--verify", "--read-only").contains(arg)) {
                err.println(Messages.get("copy.cli.withOtherCommand"));
                return BAD_ARGUMENTS;
            } else {
                rest.add(arg);
            }
        }
        AppOptions options = AppOptions.parseOrSay(rest, err).orElse(null);
        if (options == null) {
            return BAD_ARGUMENTS;
        }
        if (options.export() != null || options.importing() != null || options.demo() || options.projector()) {
            err.println(Messages.get("copy.cli.withOtherCommand"));
            return BAD_ARGUMENTS;
        }
        ServerAddress targetServer;
        try {
            targetServer = ServerAddress.parse(target).orElse(null);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_ARGUMENTS;
        }
        Path sourceFile = options.server() == null ? options.database().toAbsolutePath().normalize() : null;
        if (sourceFile != null && !Files.isRegularFile(sourceFile)) {
            err.println(Messages.get("copy.cli.noSource", sourceFile));
            return BAD_ARGUMENTS;
        }
        FailureLog.install(options.database(), false);
        return copy(options.server() != null ? new Place(options.server()) : new Place(sourceFile),
                targetServer != null ? new Place(targetServer) : new Place(Path.of(target).toAbsolutePath().normalize()));
    }

    /** A database as the command line names it: a file, or a database on a server. */
    record Place(Path file, ServerAddress server) {
        Place(Path file) {
            this(file, null);
        }

        Place(ServerAddress server) {
            this(null, server);
        }

        String shown() {
            return server != null ? server.display() : file.toString();
        }
    }

    /** Copies {@code source} into {@code target}; returns the exit status. */
    int copy(Place source, Place target) {
        if (target.file() != null && source.file() != null && target.file().equals(source.file())) {
            err.println(Messages.get("copy.sameDatabase", source.shown()));
            return REFUSED;
        }
        try (Database from = open(source, true)) {
            out.println(Messages.get("copy.cli.starting", from.location(), target.shown()));
            DatabaseCopy.Outcome outcome;
            if (target.file() != null && !Files.exists(target.file())) {
                outcome = DatabaseCopy.intoNewFile(from, target.file(), false);
            } else {
                try (Database into = open(target, false)) {
                    outcome = DatabaseCopy.copy(from, into);
                }
            }
            for (DatabaseCopy.Copied table : outcome.tables()) {
                out.println(Messages.get("copy.cli.table", DatabaseCopy.label(table.table()), String.valueOf(table.rows())));
            }
            out.println(Messages.get("copy.cli.checked", String.valueOf(outcome.tables().size()),
                    String.valueOf(outcome.events()), outcome.headHash()));
            out.println(Messages.get("copy.cli.done", target.shown(),
                    String.format("%.1f", outcome.took().toMillis() / 1000.0)));
            return COPIED;
        } catch (DatabaseOpenException e) {
            err.println(Messages.get("copy.cannotOpenTarget", e.where(), e.userMessage()));
            return REFUSED;
        } catch (DatabaseCopy.CopyException e) {
            err.println(e.userMessage());
            return REFUSED;
        } catch (RuntimeException e) {
            err.println(Messages.get("copy.failed", StoreFailures.describe(e)));
            return REFUSED;
        }
    }

    /**
     * Opens a file (the source as it is, the target created) or a server (the source read-only). A
     * server that wants a password gets it from the password file; else, at a terminal, from the
     * user, once.
     */
    private Database open(Place place, boolean source) throws DatabaseOpenException {
        if (place.server() == null) {
            return Database.open(place.file());
        }
        try {
            return Database.openServer(place.server(), null, source);
        } catch (DatabaseOpenException e) {
            if (!e.needsPassword() || console == null) {
                throw e;
            }
            char[] password = console.readPassword("%s", Messages.get("copy.cli.password", place.server().display()));
            if (password == null) {
                throw e;
            }
            try {
                return Database.openServer(place.server(), password, source);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }
}
