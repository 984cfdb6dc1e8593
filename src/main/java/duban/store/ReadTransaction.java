package duban.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Reads an open database as of one moment, on its own connection: a copy of it (a move, a
 * server's backup) and {@code --verify} on a server read every table in one such transaction while
 * others go on writing. On a server it is REPEATABLE READ and READ ONLY (one snapshot; writers are
 * not held up); on a file, a transaction of the board's connection (SQLite reads one snapshot; the
 * board's connection begins it IMMEDIATE, so other writers wait for the few seconds it takes).
 * Always rolled back: it only reads.
 */
final class ReadTransaction {

    /** What is read: through jOOQ or plain JDBC, on the one connection. */
    interface Reading<T> {
        T read(DSLContext dsl, Connection connection) throws SQLException;
    }

    private ReadTransaction() {
    }

    static <T> T run(Database database, Reading<T> reading) {
        SQLDialect dialect = database.dsl().dialect();
        boolean server = database.onServer();
        return database.onConnection(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            boolean readOnly = connection.isReadOnly();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            if (server) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setReadOnly(true);
            }
            try {
                return reading.read(DSL.using(connection, dialect, new Settings().withExecuteLogging(false)), connection);
            } finally {
                connection.rollback();
                if (server) {
                    connection.setTransactionIsolation(isolation);
                    connection.setReadOnly(readOnly);
                }
                connection.setAutoCommit(autoCommit);
            }
        });
    }
}
