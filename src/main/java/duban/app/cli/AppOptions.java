package duban.app.cli;

import duban.i18n.Messages;
import duban.store.ServerAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line: {@code --db PATH} (or {@code --db=PATH}) opens another database file,
 * {@code --demo} fills an empty database with sample items, {@code --export FILE} writes the
 * ledger without opening a window, narrowed by {@code --status}, {@code --overdue},
 * {@code --unit}, {@code --source}, {@code --from}, {@code --to} and {@code --with-withdrawn};
 * {@code --import FILE} checks and imports a task list without a window ({@code --skip-invalid},
 * {@code --create-units}).
 *
 * @param database the file to open; the default file when {@code server} is given
 * @param demo     whether to seed sample data into an empty database
 * @param export   the ledger export asked for, or {@code null} to open the board
 * @param importing the task-list import asked for, or {@code null}
 * @param projector whether to open the board straight in the projector view (the meeting-room PC)
 * @param readOnly  whether to open the file read-only ({@code --read-only}): look, print, export, change nothing
 * @param server    the database on a PostgreSQL server that {@code --db postgresql://…} names, or {@code null}
 *                  for a file
 */
public record AppOptions(Path database, boolean demo, Export export, Import importing, boolean projector,
                         boolean readOnly, ServerAddress server) {

    /** Options of a database file. */
    public AppOptions(Path database, boolean demo, Export export, Import importing, boolean projector,
                      boolean readOnly) {
        this(database, demo, export, importing, projector, readOnly, null);
    }

    /** A ledger export from the command line: the file and the scope, as typed. */
    public record Export(Path file, java.util.List<String> statuses, boolean overdueOnly, String leadUnit,
                         String source, java.time.LocalDate from, java.time.LocalDate to, boolean withWithdrawn) {
    }

    /**
     * A task-list import from the command line.
     *
     * @param skipInvalid import the valid rows even when others have problems
     * @param createUnits create the units the file names that the database lacks
     */
    public record Import(Path file, boolean skipInvalid, boolean createUnits) {
    }

    /** Options of a board opened normally, not in the projector view. */
    public AppOptions(Path database, boolean demo, Export export, Import importing) {
        this(database, demo, export, importing, false, false);
    }

    /** Options without an import. */
    public AppOptions(Path database, boolean demo, Export export) {
        this(database, demo, export, null);
    }

    /** Options without an export, as the board is opened. */
    public AppOptions(Path database, boolean demo) {
        this(database, demo, null, null);
    }

    /** A command line that cannot be understood; the message is in Chinese. */
    public static final class BadArgumentsException extends Exception {
        public BadArgumentsException(String message) {
            super(message);
        }
    }

    /** Parses the raw arguments, resolving the default database from this machine's environment. */
    public static AppOptions parse(List<String> args) throws BadArgumentsException {
        return parse(args, AppPaths.defaultDatabase(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home")));
    }

    /**
     * Parses the raw arguments of a command-line command; a command line that cannot be understood
     * is said on {@code err} (in Chinese) and gives none.
     */
    static java.util.Optional<AppOptions> parseOrSay(List<String> args, java.io.PrintStream err) {
        try {
            return java.util.Optional.of(parse(args));
        } catch (BadArgumentsException e) {
            err.println(e.getMessage());
            return java.util.Optional.empty();
        }
    }

    static AppOptions parse(List<String> args, Path defaultDatabase) throws BadArgumentsException {
        Path database = defaultDatabase;
        boolean demo = false;
        boolean projector = false;
        boolean readOnly = false;
        Path exportFile = null;
        java.util.List<String> statuses = new java.util.ArrayList<>();
        boolean overdue = false;
        boolean withWithdrawn = false;
        String unit = null;
        String source = null;
        java.time.LocalDate from = null;
        java.time.LocalDate to = null;
        Path importFile = null;
        boolean skipInvalid = false;
        boolean createUnits = false;
        ServerAddress server = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals("--projector")) {
                projector = true;
            } else if (arg.equals("--read-only")) {
                readOnly = true;
            } else if (arg.equals("--overdue")) {
                overdue = true;
            } else if (arg.equals("--with-withdrawn")) {
                withWithdrawn = true;
            } else if (arg.equals("--skip-invalid")) {
                skipInvalid = true;
            } else if (arg.equals("--create-units")) {
                createUnits = true;
            } else if (arg.equals("--import")) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank() || args.get(i + 1).startsWith("--")) {
                    throw new BadArgumentsException(Messages.get("open.missingValue", arg));
                }
                importFile = Path.of(args.get(++i).strip());
            } else if (java.util.Set.of("--export", "--status", "--unit", "--source", "--from", "--to").contains(arg)) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank() || args.get(i + 1).startsWith("--")) {
                    throw new BadArgumentsException(Messages.get("open.missingValue", arg));
                }
                String value = args.get(++i).strip();
                switch (arg) {
                    case "--export" -> exportFile = Path.of(value);
                    case "--status" -> statuses.addAll(java.util.Arrays.asList(value.split("[,，、]")));
                    case "--unit" -> unit = value;
                    case "--source" -> source = value;
                    case "--from" -> from = date(arg, value);
                    default -> to = date(arg, value);
                }
            } else if (arg.equals("--db")) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank() || args.get(i + 1).startsWith("--")) {
                    throw new BadArgumentsException(Messages.get("open.missingValue", "--db"));
                }
                String value = args.get(++i);
                server = serverIn(value);
                database = server != null ? defaultDatabase : Path.of(value);
            } else if (arg.startsWith("--db=")) {
                String value = arg.substring("--db=".length());
                if (value.isBlank()) {
                    throw new BadArgumentsException(Messages.get("open.missingValue", "--db"));
                }
                server = serverIn(value);
                database = server != null ? defaultDatabase : Path.of(value);
            } else if (!arg.isBlank()) {
                throw new BadArgumentsException(Messages.get("open.unknownOptionWithImport", arg));
            }
        }
        boolean scoped = !statuses.isEmpty() || overdue || withWithdrawn || unit != null || source != null
                || from != null || to != null;
        if (scoped && exportFile == null) {
            throw new BadArgumentsException(Messages.get("open.scopeWithoutExport"));
        }
        if ((skipInvalid || createUnits) && importFile == null) {
            throw new BadArgumentsException(Messages.get("open.importOptionsWithoutImport"));
        }
        if (importFile != null && exportFile != null) {
            throw new BadArgumentsException(Messages.get("open.importAndExport"));
        }
        Export export = exportFile == null ? null
                : new Export(exportFile, java.util.List.copyOf(statuses), overdue, unit, source, from, to, withWithdrawn);
        Import importing = importFile == null ? null : new Import(importFile, skipInvalid, createUnits);
        return new AppOptions(database, demo, export, importing, projector, readOnly, server);
    }

    /**
     * Says on {@code err} that {@code option} does not work on a server database yet, rather than
     * running it on the default file; returns the exit status 2 (the command could not run).
     */
    static int refuseServer(java.io.PrintStream err, String option) {
        err.println(Messages.get("copy.cli.notOnServer", option));
        return 2;
    }

    /** The server {@code --db}'s value names ({@code postgresql://…}, {@code jdbc:postgresql:…}), or {@code null} for a file. */
    private static ServerAddress serverIn(String value) throws BadArgumentsException {
        try {
            return ServerAddress.parse(value).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new BadArgumentsException(e.getMessage());
        }
    }

    private static java.time.LocalDate date(String option, String value) throws BadArgumentsException {
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadArgumentsException(Messages.get("open.badDate", option, value));
        }
    }
}
