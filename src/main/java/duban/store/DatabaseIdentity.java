package duban.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * The random id a database carries from its creation (table {@code database_identity}, schema
 * version 4), read with plain SQL so that backups of any version can be asked. A backup is a copy,
 * so it carries the id of the database it was made from; a file written before version 4 has none.
 */
final class DatabaseIdentity {

    /** The id and when it was made, as the one row holds them. */
    record Row(String id, String createdAt) {
    }

    private DatabaseIdentity() {
    }

    /**
     * The identity row of the database on {@code connection}, a file's or a server's; empty when it
     * has none (older than version 4).
     */
    static Optional<Row> of(Connection connection) throws SQLException {
        if (!EventRows.hasTable(connection, "database_identity")) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT id, created_at FROM database_identity")) {
                return row.next() ? Optional.of(new Row(row.getString(1), row.getString(2))) : Optional.empty();
            }
        }
    }

    /**
     * The identity of the database file {@code file}, read through a read-only connection.
     *
     * @throws SQLException when the file cannot be read (damaged, not a database)
     */
    static Optional<Row> ofFile(Path file) throws SQLException {
        try (Connection connection = ReadOnlyConnections.open(file)) {
            return of(connection);
        }
    }

    /**
     * Gives the closed database file {@code file} (a restore's scratch copy, never user data) the
     * identity {@code wanted}: the triggers that keep the row fixed are set aside for the one update,
     * exactly as the schema wrote them, and put back in the same transaction.
     */
    static void impose(Path file, Row wanted) throws SQLException {
        try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            List<String[]> triggers = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT name, sql FROM sqlite_master"
                    + " WHERE type = 'trigger' AND tbl_name = 'database_identity'")) {
                while (rows.next()) {
                    triggers.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            for (String[] trigger : triggers) {
                statement.execute("DROP TRIGGER \"" + trigger[0].replace("\"", "\"\"") + "\"");
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE database_identity SET id = ?, created_at = ?")) {
                update.setString(1, wanted.id());
                update.setString(2, wanted.createdAt());
                if (update.executeUpdate() != 1) {
                    throw new SQLException("the copy has no identity row to replace");
                }
            }
            for (String[] trigger : triggers) {
                statement.execute(trigger[1]);
            }
            connection.commit();
        }
    }
}
