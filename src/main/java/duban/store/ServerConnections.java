package duban.store;

import duban.store.DatabaseOpenException.Reason;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * How every connection to a PostgreSQL server is made: the board's, migration's and the change
 * listener's. The password is the one given ({@code password}, from the login dialog), or the one
 * in the address, or else none: then the JDBC driver looks in the PostgreSQL password file
 * ({@code ~/.pgpass}, {@code %APPDATA%\postgresql\pgpass.conf}, or {@code PGPASSFILE}) as psql does.
 * It is held in memory only, never written anywhere.
 */
final class ServerConnections {

    /** The oldest server the schema's SQL is written for (identity columns, EXECUTE FUNCTION, …). */
    static final int OLDEST_SERVER_VERSION = 130_000;
    /** Seconds to wait for the server to answer a connection before saying it is unreachable. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;
    /**
     * Seconds a statement may wait for the server's answer before the connection counts as lost: a
     * cut network otherwise leaves a write hanging for the operating system's TCP timeout (minutes).
     */
    static final int SOCKET_TIMEOUT_SECONDS = 30;

    private final ServerAddress address;
    private final String password;

    ServerConnections(ServerAddress address, char[] password) {
        this.address = address;
        this.password = password != null ? new String(password) : address.passwordInAddress().orElse(null);
    }

    ServerAddress address() {
        return address;
    }

    /** A new connection, set up as every connection of ours is. */
    Connection open() throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), properties(SOCKET_TIMEOUT_SECONDS));
    }

    /**
     * A new connection for the change listener: no socket timeout, since it waits for
     * notifications for as long as nothing changes (keep-alives notice a dead network).
     */
    Connection openForListening() throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), properties(0));
    }

    /** A data source over new connections like {@link #open()}'s, for Flyway. */
    DataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(address.jdbcUrl());
        Properties properties = properties(0);
        for (String name : properties.stringPropertyNames()) {
            try {
                source.setProperty(name, properties.getProperty(name));
            } catch (SQLException e) {
                throw new IllegalStateException("the driver does not know the property " + name, e);
            }
        }
        return source;
    }

    private Properties properties(int socketTimeoutSeconds) {
        Properties properties = new Properties();
        if (address.user() != null) {
            properties.setProperty("user", address.user());
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "duban-board");
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS * 2));
        properties.setProperty("socketTimeout", String.valueOf(socketTimeoutSeconds));
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    /** The reason a failed connection or check gives the user, naming the server. */
    DatabaseOpenException classify(SQLException e) {
        String where = address.display();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (state.equals("28P01") || (state.equals("28000") && text.contains("password"))) {
            return new DatabaseOpenException(Reason.SERVER_LOGIN_FAILED, where, e, address.user() == null ? "" : address.user());
        }
        if (state.equals("28000")) {
            return new DatabaseOpenException(Reason.SERVER_NOT_ALLOWED, where, e, address.user() == null ? "" : address.user());
        }
        if (state.equals("08004") && text.contains("password")) {
            return new DatabaseOpenException(Reason.SERVER_PASSWORD_NEEDED, where, e, address.user() == null ? "" : address.user());
        }
        if (state.equals("3D000")) {
            return new DatabaseOpenException(Reason.SERVER_DATABASE_MISSING, where, e, address.database());
        }
        if (state.equals("53300")) {
            return new DatabaseOpenException(Reason.SERVER_BUSY, where, e);
        }
        if ((state.startsWith("08") && text.matches("(?s).*\\bssl\\b.*")) || causedBy(e, javax.net.ssl.SSLException.class)) {
            // sslmode=require against a server without TLS, or a certificate that does not verify
            return new DatabaseOpenException(Reason.SERVER_TLS_FAILED, where, e, address.host(), portText());
        }
        if (state.startsWith("08") || state.startsWith("57P") || causedByNetwork(e)) {
            return new DatabaseOpenException(Reason.SERVER_UNREACHABLE, where, e, address.host(), portText());
        }
        FailureLog.record("connecting to " + where, e);
        return new DatabaseOpenException(Reason.FAILED, where, e, StoreFailures.describe(e));
    }

    /** The port as typed: a number in a message would be grouped (44,843). */
    private String portText() {
        return String.valueOf(address.port());
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedByNetwork(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
