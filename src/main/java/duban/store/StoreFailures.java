package duban.store;

import duban.domain.ConcurrentChangeException;

import duban.i18n.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import org.sqlite.SQLiteException;

/**
 * What a failure says to the user, the one wording for every dialog, status line and command-line
 * message: the cause in the office's words and what to do about it (磁盘空间不足, 文件被其他程序占用,
 * 只读 …), never an SQL statement, an exception's name or a driver's English. The details go to the
 * {@link FailureLog}; a cause nobody foresaw gets a general sentence that names the log file.
 *
 * <p>Refusals the application words itself (a rule, a concurrent change, a file it cannot read)
 * keep their own Chinese sentence and are not logged: they are not failures.
 */
public final class StoreFailures {

    /**
     * Free space under which a failed write is taken for a full disk when the cause does not say
     * (SQLite reports a full shared-memory file as an I/O error; Windows words ENOSPC in its own
     * language).
     */
    static final long NEARLY_FULL_BYTES = 1024 * 1024;

    /** Causes that no sentence of ours may carry: statements, driver codes, class names. */
    private static final Pattern LEAKS = Pattern.compile("SQL \\[|\\[SQLITE|Exception|\\bat [a-z]+\\.[a-z]");
    private static final Pattern NO_SPACE = Pattern.compile(
            "no space left|not enough space|disk (is )?full|quota exceeded|ENOSPC|磁盘空间不足|空间不足",
            Pattern.CASE_INSENSITIVE);
    /** Windows' sharing and lock violations (a file open in Excel or WPS), in English or Chinese. */
    private static final Pattern LOCKED = Pattern.compile(
            "used by another process|another process has locked|locked a portion|另一个程序|另一进程",
            Pattern.CASE_INSENSITIVE);
    /** A read-only medium or a missing permission (EROFS, EPERM, Windows' write protection). */
    private static final Pattern READ_ONLY = Pattern.compile(
            "read-only file system|write.protected|operation not permitted|permission denied|access is denied"
                    + "|写保护|写入保护|只读|拒绝访问", Pattern.CASE_INSENSITIVE);

    /** The folders of the databases opened in this process: where a full disk would be. */
    /** How many database folders {@link #watchFolderOf} remembers. */
    private static final int WATCHED_FOLDERS = 16;
    private static final Set<Path> DATABASE_FOLDERS = Collections.synchronizedSet(new LinkedHashSet<>());
    /** Failures already logged: several views may describe the same one. */
    private static final Map<Throwable, Boolean> LOGGED = Collections.synchronizedMap(new WeakHashMap<>());

    private StoreFailures() {
    }

    /**
     * One Chinese sentence for {@code failure}: what happened and what to do. A failure (not a
     * refusal of ours) is written in full to the log file, once.
     */
    public static String describe(Throwable failure) {
        Wording wording = wording(failure);
        if (wording.isFailure() && LOGGED.put(failure, Boolean.TRUE) == null) {
            FailureLog.record(wording.text(), failure);
        }
        return wording.text();
    }

    /**
     * Whether {@code failure} is a refusal the application words itself (a rule, a value, a change
     * made elsewhere), to be shown as it is rather than as a failed save.
     */
    public static boolean isRefusal(Throwable failure) {
        return !wording(failure).isFailure();
    }

    /** Remembers where a database lives, so that a failed write there can be judged by the free space. */
    static void watchFolderOf(Path databaseFile) {
        Path folder = databaseFile.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            return;
        }
        synchronized (DATABASE_FOLDERS) {
            // The newest opened come last; the oldest go first, so that the database open now is
            // always among them however many a long session (or a test run) opened before it.
            DATABASE_FOLDERS.remove(folder);
            DATABASE_FOLDERS.add(folder);
            if (DATABASE_FOLDERS.size() > WATCHED_FOLDERS) {
                DATABASE_FOLDERS.remove(DATABASE_FOLDERS.iterator().next());
            }
        }
    }

    /** The folders {@link #watchFolderOf} remembers, oldest first. */
    static List<Path> watchedFolders() {
        synchronized (DATABASE_FOLDERS) {
            return List.copyOf(DATABASE_FOLDERS);
        }
    }

    private record Wording(String text, boolean isFailure) {
    }

    private static Wording wording(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof ConcurrentChangeException conflict) {
                return new Wording(conflict.userMessage(), false);
            }
            if (cause instanceof DatabaseOpenException refused) {
                return new Wording(refused.userMessage(), true);
            }
            if (toldByUs(cause)) {
                return new Wording(cause.getMessage().strip(), false);
            }
            if (cause instanceof org.postgresql.util.PSQLException server) {
                return new Wording(server(server.getSQLState()), true);
            }
            if (cause instanceof SQLiteException sqlite) {
                return new Wording(sqlite(sqlite.getResultCode().code), true);
            }
            if (cause instanceof java.sql.SQLException lost && connectionLost(lost)) {
                // the server rolled the transaction back; the board reconnects and reads again
                return new Wording(Messages.get("failure.server.connectionLost"), true);
            }
            if (cause instanceof java.sql.SQLException sql && sql.getErrorCode() != 0) {
                return new Wording(sqlite(sql.getErrorCode()), true);
            }
            if (cause instanceof IOException io) {
                Optional<String> said = io(io);
                if (said.isPresent()) {
                    return new Wording(said.get(), true);
                }
            }
        }
        return new Wording(Messages.get("failure.unknown", logFileText()), true);
    }

    /**
     * Whether the application made this exception to say something to the user: thrown from our
     * own code, a sentence in Chinese (not a path or an English phrase that happens to contain a
     * Chinese name), and carrying nothing of a driver's text.
     */
    private static boolean toldByUs(Throwable cause) {
        String text = cause.getMessage();
        StackTraceElement[] where = cause.getStackTrace();
        if (text == null || text.isBlank() || where.length == 0 || !where[0].getClassName().startsWith("duban.")) {
            return false;
        }
        char first = text.strip().charAt(0);
        boolean startsLikeEnglishOrAPath = first < 128 && (Character.isLetter(first) || first == '/' || first == '\\');
        return !startsLikeEnglishOrAPath && !LEAKS.matcher(text).find()
                && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String sqlite(int resultCode) {
        int primary = resultCode & 0xff;
        return switch (primary) {
            case 13 -> Messages.get("failure.db.full");                              // SQLITE_FULL
            case 10 -> nearlyFull(DATABASE_FOLDERS.toArray(Path[]::new))              // SQLITE_IOERR
                    ? Messages.get("failure.db.full") : Messages.get("failure.db.io", logFileText());
            case 8, 3, 23 -> Messages.get("failure.db.readOnly");                    // READONLY, PERM, AUTH
            case 5, 6 -> Messages.get("failure.db.busy");                            // BUSY, LOCKED
            case 11, 26 -> Messages.get("failure.db.corrupt", logFileText());         // CORRUPT, NOTADB
            case 14 -> Messages.get("failure.db.cannotOpen");                        // CANTOPEN
            default -> Messages.get("failure.db.refused", logFileText());
        };
    }

    /** Whether {@code e} says the connection itself is gone (network, server restart), not the statement. */
    static boolean connectionLost(java.sql.SQLException e) {
        for (java.sql.SQLException next = e; next != null; next = next.getNextException()) {
            String state = next.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A PostgreSQL server's failure by its SQLSTATE: the connection gone (network, restart; the
     * board reconnects by itself), no right to write (a read-only login, or a READ ONLY session),
     * a conflict to try again, a rule refused, the server's disk or memory full, the login refused.
     */
    static String server(String sqlState) {
        String state = sqlState == null ? "" : sqlState;
        String sqlClass = state.length() >= 2 ? state.substring(0, 2) : "";
        return switch (state) {
            case "57P01", "57P02", "57P03" -> Messages.get("failure.server.connectionLost"); // shut down, crash, starting
            case "42501", "25006" -> Messages.get("failure.server.readOnly"); // no privilege, read-only transaction
            case "40001", "40P01", "55P03", "57014" -> Messages.get("failure.server.tryAgain"); // conflict, lock, timeout
            case "53100" -> Messages.get("failure.server.full");                  // disk full
            case "53000", "53200", "53300" -> Messages.get("failure.server.busy"); // resources, memory, connections
            default -> switch (sqlClass) {
                case "08" -> Messages.get("failure.server.connectionLost");        // connection exception
                case "23" -> Messages.get("failure.server.refused", logFileText()); // integrity constraint
                case "28" -> Messages.get("failure.server.loginRefused");          // invalid authorization
                default -> Messages.get("failure.unknown", logFileText());
            };
        };
    }

    /** The sentence for a file the application could not write (an export, a backup, a template). */
    private static Optional<String> io(IOException failure) {
        String text = String.valueOf(failure.getMessage());
        Path file = null;
        Path other = null;
        if (failure instanceof FileSystemException fileSystem) {
            text = fileSystem.getReason() == null ? text : fileSystem.getReason();
            file = fileSystem.getFile() == null ? null : Path.of(fileSystem.getFile());
            other = fileSystem.getOtherFile() == null ? null : Path.of(fileSystem.getOtherFile());
        }
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        // A move onto an export open in Excel names the export as the other file.
        Path shown = other != null ? other : file;
        if (NO_SPACE.matcher(text).find()) {
            return Optional.of(Messages.get("failure.file.full"));
        }
        if (LOCKED.matcher(text).find()) {
            return Optional.of(shown == null ? Messages.get("failure.file.lockedUnnamed")
                    : Messages.get("failure.file.locked", name(shown)));
        }
        if (failure instanceof AccessDeniedException || READ_ONLY.matcher(text).find()) {
            // Windows refuses to replace a file open in another program as "access denied": a file
            // whose own attributes allow writing is locked, not forbidden.
            if (windows() && shown != null && Files.isRegularFile(shown) && Files.isWritable(shown)) {
                return Optional.of(Messages.get("failure.file.locked", name(shown)));
            }
            return Optional.of(Messages.get("failure.file.readOnly", place(folder, shown)));
        }
        if (failure instanceof NoSuchFileException) {
            return Optional.of(Messages.get("failure.file.missing", place(folder, shown)));
        }
        if (folder != null && nearlyFull(folder)) {
            return Optional.of(Messages.get("failure.file.full"));
        }
        return Optional.empty();
    }

    private static boolean nearlyFull(Path... folders) {
        for (Path folder : folders) {
            try {
                Path existing = folder;
                while (existing != null && !Files.exists(existing)) {
                    existing = existing.getParent();
                }
                if (existing != null && Files.getFileStore(existing).getUsableSpace() < NEARLY_FULL_BYTES) {
                    return true;
                }
            } catch (IOException | SecurityException e) {
                // a folder that cannot be asked tells nothing about the space
            }
        }
        return false;
    }

    /** The folder a file was to go to, else its name, else 该位置. */
    private static String place(Path folder, Path file) {
        return folder != null ? folder.toString() : file != null ? name(file) : Messages.get("failure.thatPlace");
    }

    private static String name(Path file) {
        return file == null || file.getFileName() == null ? "" : file.getFileName().toString();
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static String logFileText() {
        return FailureLog.file().toString();
    }
}
