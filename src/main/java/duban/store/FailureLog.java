package duban.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log file that holds what a failure message leaves out: the exception, the SQL statement and
 * the stack trace, for whoever looks into a failure later. It sits beside the database
 * ({@code duban.log} next to {@code duban.db}), or in a folder of the user's own when the
 * database's folder must not or cannot be written (read-only mode, a write-protected stick).
 *
 * <p>Every record of the application's loggers ({@code System.getLogger("duban…")}, which the JDK
 * routes to java.util.logging) goes there and not to the terminal, so that the command line prints
 * only its Chinese lines. The file is created at the first record, never for a run without one, and
 * is renamed to {@code duban.log.1} (then {@code .2}) when it passes about 1 MB, so the logs never
 * take more than about 3 MB.
 */
public final class FailureLog {

    /** Size at which the current file is set aside and a new one begun. */
    static final long ROTATE_AT_BYTES = 1024 * 1024;
    /** How many set-aside files are kept ({@code .1} newest). */
    static final int KEPT_OLD_FILES = 2;

    /** Held so that the handler set on it is not lost when the logger is garbage-collected. */
    private static final Logger APPLICATION = Logger.getLogger("duban");
    private static final System.Logger FAILURES = System.getLogger("duban.failures");
    private static volatile RotatingFileHandler handler;
    private static volatile Path file;

    private FailureLog() {
    }

    /**
     * Sends the application's log records to the log file of {@code databaseFile}: {@code <stem>.log}
     * beside it when {@code besideDatabase} and its folder can be written, otherwise in the user's
     * own {@link #userFolder()}. Replaces any log installed before (tests open many databases).
     *
     * @return the log file chosen (it is created at the first record)
     */
    public static synchronized Path install(Path databaseFile, boolean besideDatabase) {
        Path database = databaseFile.toAbsolutePath().normalize();
        Path chosen = logFileName(database, besideDatabase && canWriteBeside(database)
                ? database.getParent() : userFolder());
        return useFile(chosen, database);
    }

    /**
     * The folder for logs that cannot sit beside their database: {@code %APPDATA%\duban\logs} on
     * Windows, {@code ~/.duban/logs} elsewhere (beside the default database's folder).
     */
    public static Path userFolder() {
        String appData = System.getenv("APPDATA");
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        Path base = windows && appData != null && !appData.isBlank() ? Path.of(appData, "duban")
                : Path.of(System.getProperty("user.home"), ".duban");
        return base.resolve("logs");
    }

    private static synchronized Path useFile(Path chosen, Path database) {
        if (handler != null && chosen.equals(file)) {
            return chosen;
        }
        RotatingFileHandler replaced = handler;
        handler = new RotatingFileHandler(chosen, database);
        file = chosen;
        APPLICATION.addHandler(handler);
        APPLICATION.setUseParentHandlers(false);
        if (replaced != null) {
            APPLICATION.removeHandler(replaced);
            replaced.close();
        }
        return chosen;
    }

    /**
     * The log file written to: the one installed for the database, or, before any was (a failure
     * before the database is known), {@code duban.log} in the {@link #userFolder()}.
     */
    public static Path file() {
        Path installed = file;
        return installed != null ? installed
                : useFile(userFolder().resolve("duban.log"), null);
    }

    /** Writes {@code failure} in full (causes, SQL, stack trace) under what the user was told. */
    public static void record(String toldTheUser, Throwable failure) {
        file();
        FAILURES.log(System.Logger.Level.WARNING, toldTheUser, failure);
    }

    /** {@code duban.db} → {@code duban.log} in {@code folder}. */
    static Path logFileName(Path database, Path folder) {
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return folder.resolve(stem + ".log");
    }

    private static boolean canWriteBeside(Path database) {
        Path folder = database.getParent();
        Path log = logFileName(database, folder);
        return folder != null && Files.isDirectory(folder) && Files.isWritable(folder)
                && (!Files.exists(log) || Files.isWritable(log));
    }

    /**
     * Appends formatted records to one file, opened at the first record; sets it aside at
     * {@link #ROTATE_AT_BYTES}. A record that cannot be written (the disk is full) is dropped
     * silently and the file opened again for the next: the user has already been told in Chinese,
     * and the terminal must not get the English instead.
     */
    private static final class RotatingFileHandler extends Handler {

        private final Path target;
        private final Path database;
        private Writer out;
        private long size;

        RotatingFileHandler(Path target, Path database) {
            this.target = target;
            this.database = database;
            setFormatter(new PlainText());
            setLevel(Level.ALL);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            try {
                if (out == null) {
                    open();
                } else if (size >= ROTATE_AT_BYTES) {
                    rotate();
                }
                write(getFormatter().format(record));
            } catch (IOException | RuntimeException e) {
                closeQuietly();
            }
        }

        private void open() throws IOException {
            Files.createDirectories(target.getParent());
            OutputStream stream = Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            out = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
            size = Files.size(target);
            write("---- " + PlainText.TIME.format(Instant.now()) + " 督办看板，数据库 " + (database == null ? "（未打开）" : database) + ", Java "
                    + System.getProperty("java.version") + ", " + System.getProperty("os.name") + System.lineSeparator());
        }

        private void rotate() throws IOException {
            closeQuietly();
            try {
                for (int generation = KEPT_OLD_FILES; generation > 1; generation--) {
                    Path older = Path.of(target + "." + (generation - 1));
                    if (Files.exists(older)) {
                        Files.move(older, Path.of(target + "." + generation), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Files.move(target, Path.of(target + ".1"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // Another instance holds the file (Windows): go on appending to it; it rotates next time.
            }
            open();
        }

        private void write(String text) throws IOException {
            out.write(text);
            out.flush();
            size += text.getBytes(StandardCharsets.UTF_8).length;
        }

        private void closeQuietly() {
            if (out != null) {
                try {
                    out.close();
                } catch (IOException e) {
                    // nothing more can be done for a log that cannot be closed
                }
                out = null;
            }
        }

        @Override
        public synchronized void flush() {
            if (out != null) {
                try {
                    out.flush();
                } catch (IOException e) {
                    closeQuietly();
                }
            }
        }

        @Override
        public synchronized void close() {
            closeQuietly();
        }
    }

    /** One record: time, level, logger, message, then the exception as Java prints it. */
    private static final class PlainText extends Formatter {

        static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS XXX")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            StringWriter text = new StringWriter();
            PrintWriter line = new PrintWriter(text);
            line.print(TIME.format(record.getInstant()));
            line.print(' ');
            line.print(record.getLevel().getName());
            line.print(' ');
            line.print(record.getLoggerName());
            line.print(": ");
            line.println(formatMessage(record));
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(line);
            }
            line.flush();
            return text.toString();
        }
    }
}
