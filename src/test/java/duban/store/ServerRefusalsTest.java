package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.store.DatabaseOpenException.Reason;
import duban.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a server can refuse the board, made to happen on the embedded server: each gives its
 * own reason and a Chinese message that names what to check, with none of the driver's text.
 * Also: the password comes from the PostgreSQL password file, and the address's own parameters
 * ({@code sslmode}, {@code connectTimeout}, …) reach the driver.
 */
class ServerRefusalsTest {

    /** pgjdbc reads the password file named by this system property before PGPASSFILE and ~/.pgpass. */
    private static final String PASSWORD_FILE_PROPERTY = "org.postgresql.pgpassfile";

    @TempDir
    Path folder;

    @AfterEach
    void forgetThePasswordFile() {
        System.clearProperty(PASSWORD_FILE_PROPERTY);
    }

    private static ServerAddress address(String database, String user) {
        return ServerAddress.parse(PostgresServer.address(database)).orElseThrow().withUser(user);
    }

    private static DatabaseOpenException refusal(ServerAddress address) {
        try (Database opened = Database.openServer(address, null, false)) {
            throw new AssertionError("opened " + opened.location());
        } catch (DatabaseOpenException e) {
            return e;
        }
    }

    /** A message for the user: Chinese, saying what to check, with nothing of the driver's or the JVM's. */
    private static void readsWell(DatabaseOpenException refusal, String... mentions) {
        String message = refusal.userMessage();
        assertThat(message).contains(mentions).contains("请")
                .doesNotContain("FATAL", "ERROR", "Exception", "org.postgresql", "SQLState", "null", "{");
        assertThat(refusal.where()).doesNotContain("password");
    }

    @Test
    void anUnreachablePortSaysWhichServerAndWhatToCheck() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // free a moment ago: nothing listens there now
        }
        DatabaseOpenException refusal = refusal(
                ServerAddress.parse("postgresql://127.0.0.1:" + closedPort + "/duban?user=zhang").orElseThrow());
        assertThat(refusal.reason()).isEqualTo(Reason.SERVER_UNREACHABLE);
        // the port as typed, not as a grouped number (44,843)
        readsWell(refusal, "127.0.0.1:" + closedPort + "。", "防火墙");
    }

    @Test
    void aMissingDatabaseIsNamed() {
        DatabaseOpenException refusal = refusal(address("no_such_office", "postgres"));
        assertThat(refusal.reason()).isEqualTo(Reason.SERVER_DATABASE_MISSING);
        readsWell(refusal, "no_such_office", "setup.sql");
    }

    @Test
    void aRoleWithoutLoginIsNotAllowed() {
        String name = PostgresServer.freshMigratedDatabase("refusal_nologin");
        PostgresServer.executeAsSuperuser("CREATE ROLE refusal_nologin NOLOGIN");
        DatabaseOpenException refusal = refusal(address(name, "refusal_nologin"));
        assertThat(refusal.reason()).isEqualTo(Reason.SERVER_NOT_ALLOWED);
        readsWell(refusal, "refusal_nologin", "pg_hba.conf");
    }

    @Test
    void aRoleAtItsConnectionLimitIsToldTheServerIsBusy() {
        String name = PostgresServer.freshMigratedDatabase("refusal_busy");
        PostgresServer.executeAsSuperuser("CREATE ROLE refusal_busy LOGIN CONNECTION LIMIT 0");
        DatabaseOpenException refusal = refusal(address(name, "refusal_busy"));
        assertThat(refusal.reason()).isEqualTo(Reason.SERVER_BUSY);
        readsWell(refusal, "max_connections");
    }

    @Test
    void anEmptyDatabaseAndALoginWithoutCreateIsNotSetUp() {
        String name = PostgresServer.freshDatabase("refusal_empty");
        PostgresServer.executeAsSuperuser("CREATE ROLE refusal_editor LOGIN");
        PostgresServer.executeAsSuperuser(name, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        DatabaseOpenException refusal = refusal(address(name, "refusal_editor"));
        assertThat(refusal.reason()).isEqualTo(Reason.SERVER_NOT_SET_UP);
        readsWell(refusal, name, "refusal_editor", "duban_owner");
    }

    @Test
    void aDatabaseOneVersionBehindAndALoginWithoutCreateNeedsUpgrade() throws Exception {
        String name = PostgresServer.freshMigratedDatabase("refusal_behind");
        PostgresServer.executeAsSuperuser(name, "DELETE FROM " + SchemaMigration.HISTORY_TABLE
                + " WHERE version = '" + SchemaMigration.NEWEST_SCHEMA_VERSION + "'");
        PostgresServer.executeAsSuperuser("CREATE ROLE refusal_clerk LOGIN");
        PostgresServer.executeAsSuperuser(name, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        PostgresServer.executeAsSuperuser(name, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO refusal_clerk");
        DatabaseOpenException refusal = refusal(address(name, "refusal_clerk"));
        assertThat(refusal.reason()).isEqualTo(Reason.SERVER_NEEDS_UPGRADE);
        readsWell(refusal, "refusal_clerk", "duban_owner", "版本 " + SchemaMigration.NEWEST_SCHEMA_VERSION);
        // Nothing was changed: the history is still one version behind.
        try (var connection = PostgresServer.connect(name); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT max(version::int) FROM " + SchemaMigration.HISTORY_TABLE)) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(SchemaMigration.NEWEST_SCHEMA_VERSION - 1);
        }
    }

    @Test
    void someoneElsesDatabaseAndANewerBoardsAreRefusedInServerWords() {
        String foreign = PostgresServer.freshDatabase("refusal_foreign");
        PostgresServer.executeAsSuperuser(foreign, "CREATE TABLE payroll (id int)");
        DatabaseOpenException notOurs = refusal(address(foreign, "postgres"));
        assertThat(notOurs.reason()).isEqualTo(Reason.SERVER_FOREIGN_DATABASE);
        readsWell(notOurs, foreign);
        assertThat(notOurs.userMessage()).doesNotContain("文件", "SQLite");

        String newer = PostgresServer.freshMigratedDatabase("refusal_newer");
        PostgresServer.executeAsSuperuser(newer, "INSERT INTO " + SchemaMigration.HISTORY_TABLE
                + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
                + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'postgres', 0, true)");
        DatabaseOpenException fromTheFuture = refusal(address(newer, "postgres"));
        assertThat(fromTheFuture.reason()).isEqualTo(Reason.SERVER_NEWER_SCHEMA);
        readsWell(fromTheFuture, "99", "升级");
        assertThat(fromTheFuture.userMessage()).doesNotContain("文件");
    }

    /**
     * The embedded server cannot claim an older version (the driver reads it from the server's own
     * start-up message), so only the message is checked: it names the version found and the one needed.
     */
    @Test
    void aServerTooOldSaysWhichVersionItHasAndWhichIsNeeded() {
        DatabaseOpenException refusal = new DatabaseOpenException(Reason.SERVER_TOO_OLD, "zhang@db:5432/duban", null, "11.22");
        readsWell(refusal, "11.22", "13");
    }

    @Test
    void sslmodeAndTheOtherParametersOfTheAddressReachTheDriver() throws Exception {
        String name = PostgresServer.freshMigratedDatabase("refusal_params");
        ServerAddress plain = ServerAddress.parse("postgresql://localhost:" + PostgresServer.port() + "/" + name
                + "?user=postgres&sslmode=disable&connectTimeout=3&ApplicationName=duban-probe").orElseThrow();
        try (Database database = Database.openServer(plain, null, false)) {
            // The address's ApplicationName wins over the board's own: so does its connectTimeout.
            assertThat(database.dsl().fetchValue("SELECT current_setting('application_name')")).isEqualTo("duban-probe");
            assertThat(database.dsl().fetchValue("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
                    .isEqualTo(false);
        }
        ServerAddress tls = ServerAddress.parse("postgresql://localhost:" + PostgresServer.port() + "/" + name
                + "?user=postgres&sslmode=require&connectTimeout=3").orElseThrow();
        DatabaseOpenException refusal = refusal(tls);
        assertThat(refusal.reason()).isEqualTo(Reason.SERVER_TLS_FAILED);
        readsWell(refusal, "localhost:" + PostgresServer.port() + " ", "sslmode");
    }

    @Test
    void thePasswordComesFromThePasswordFileAsPsqlReadsIt() throws Exception {
        String name = PostgresServer.freshMigratedDatabase("refusal_pgpass");
        PostgresServer.executeAsSuperuser("CREATE ROLE pgpass_li LOGIN PASSWORD 'Pass-File-7' IN ROLE "
                + PostgresServer.PASSWORD_GROUP);
        PostgresServer.executeAsSuperuser(name, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pgpass_li");
        ServerAddress li = address(name, "pgpass_li");
        Path passwords = folder.resolve("pgpass.conf");
        Files.writeString(passwords, "# host:port:database:user:password, as psql reads it\n"
                + "localhost:" + PostgresServer.port() + ":" + name + ":pgpass_li:Pass-File-7\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));

        assertThat(refusal(li).reason()).as("no password anywhere").isEqualTo(Reason.SERVER_PASSWORD_NEEDED);
        System.setProperty(PASSWORD_FILE_PROPERTY, passwords.toString());
        try (Database database = Database.openServer(li, null, false)) {
            assertThat(database.loginRole()).isEqualTo("pgpass_li");
            assertThat(database.readOnly()).isFalse();
        }
        // A wrong password in the file is a refused login, which the login dialog can put right.
        Files.writeString(passwords, "*:*:*:pgpass_li:not-this-one\n");
        DatabaseOpenException refused = refusal(li);
        assertThat(refused.reason()).isEqualTo(Reason.SERVER_LOGIN_FAILED);
        assertThat(refused.needsPassword()).isTrue();
        readsWell(refused, "pgpass_li");
        assertThat(refused.userMessage() + refused.getMessage()).doesNotContain("not-this-one");
    }
}
