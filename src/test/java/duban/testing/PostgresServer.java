package duban.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 17 server for the shared-mode tests, started from Maven's class path (no
 * Docker, no installation): one server per test JVM, started on first use and stopped when the
 * JVM ends; each test class takes a fresh database of its own ({@link #freshDatabase}).
 */
public final class PostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    /** The running server, started on the first call. */
    public static synchronized EmbeddedPostgres get() {
        if (server == null) {
            try {
                Path data = Files.createTempDirectory("duban-pg-");
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(true)
                        .setServerConfig("max_connections", "200")
                        // A throwaway server: no waiting for the disk, which makes each fresh
                        // database (CREATE DATABASE … TEMPLATE) several times as fast.
                        .setServerConfig("fsync", "off")
                        .start();
                requirePasswordsOfGroup(data);
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the data folder is temporary
                }
            }, "stop-embedded-postgres"));
        }
        return server;
    }

    /** The group role whose members must log in with a password (everyone else is trusted, as initdb set up). */
    public static final String PASSWORD_GROUP = "password_required";

    /**
     * Members of {@link #PASSWORD_GROUP} log in with a password (SCRAM), as on an office's server;
     * the rest keep the embedded server's trust, so that tests need no password.
     */
    private static void requirePasswordsOfGroup(Path data) throws IOException {
        Path hba = data.resolve("pg_hba.conf");
        String rules = "host all +" + PASSWORD_GROUP + " 127.0.0.1/32 scram-sha-256\n"
                + "host all +" + PASSWORD_GROUP + " ::1/128 scram-sha-256\n";
        Files.writeString(hba, rules + Files.readString(hba));
        executeAsSuperuser("CREATE ROLE " + PASSWORD_GROUP + " NOLOGIN");
        executeAsSuperuser("SELECT pg_reload_conf()");
    }

    /** The port the server listens on (localhost). */
    public static int port() {
        return get().getPort();
    }

    /** Creates an empty database owned by the superuser {@code postgres} and returns its name. */
    public static String freshDatabase(String hint) {
        String name = freshName(hint);
        executeAsSuperuser("CREATE DATABASE " + name);
        return name;
    }

    private static String freshName(String hint) {
        String name = ("t_" + hint.replaceAll("[^A-Za-z0-9]", "_") + "_" + DATABASES.incrementAndGet())
                .toLowerCase(java.util.Locale.ROOT);
        if (name.length() > 60) {
            name = name.substring(name.length() - 60);
        }
        return name;
    }

    /**
     * Creates an empty database ready for the board: a copy of one migrated once per run by the
     * application's own opening (CREATE DATABASE … TEMPLATE copies it in milliseconds).
     */
    public static synchronized String freshMigratedDatabase(String hint) {
        if (!migratedTemplate) {
            String template = "duban_template";
            executeAsSuperuser("CREATE DATABASE " + template);
            try (duban.store.Database database = duban.store.Database.openServer(
                    duban.store.ServerAddress.parse(address(template)).orElseThrow(), null, false)) {
                database.dsl().fetchOne("SELECT 1");
            } catch (duban.store.DatabaseOpenException e) {
                throw new IllegalStateException("migrating the template database failed", e);
            }
            migratedTemplate = true;
        }
        String name = freshName(hint);
        // FILE_COPY: copying the template's files whole is twice as fast here as WAL_LOG's page by page.
        executeAsSuperuser("CREATE DATABASE " + name + " TEMPLATE duban_template STRATEGY FILE_COPY");
        return name;
    }

    private static boolean migratedTemplate;

    /** A {@code postgresql://} address of {@code database} for the superuser, as a user types it. */
    public static String address(String database) {
        return "postgresql://localhost:" + port() + "/" + database + "?user=postgres";
    }

    /** Runs {@code sql} as the superuser on the {@code postgres} database. */
    public static void executeAsSuperuser(String sql) {
        executeAsSuperuser("postgres", sql);
    }

    /** Runs {@code sql} as the superuser on {@code database}. */
    public static void executeAsSuperuser(String database, String sql) {
        try (Connection connection = get().getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** A connection to {@code database} as the superuser, for a test's own checks. */
    public static Connection connect(String database) throws SQLException {
        return get().getDatabase("postgres", database).getConnection();
    }
}
