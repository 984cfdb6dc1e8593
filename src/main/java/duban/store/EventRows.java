package duban.store;

import duban.domain.EventChain;

import duban.domain.EventChain.Content;
import duban.domain.EventChain.Stored;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code item_event} rows with plain SQL exactly as the chain hashes them: the one reading
 * shared by the verifier and by the store when it seals older rows, so that both see the same text.
 */
public final class EventRows {

    private EventRows() {
    }

    /** The events with an id above {@code afterId}, by id, with their stored hashes. */
    public static List<Stored> read(Connection connection, long afterId) throws SQLException {
        // Before schema version 3 there is no hash column: every event then counts as unsealed.
        // Before version 5 there is no operator column: no event names one, as the chain then hashed it.
        List<String> columns = eventColumns(connection);
        String hash = columns.contains("hash") ? "hash" : "NULL";
        String operator = columns.contains("operator") ? "operator" : "NULL";
        List<Stored> log = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, item_id, at, kind, from_status,"
                + " to_status, from_position, to_position, changes, note, " + hash + ", " + operator
                + " FROM item_event WHERE id > ? ORDER BY id")) {
            query.setLong(1, afterId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    log.add(new Stored(new Content(rows.getLong(1), rows.getLong(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), real(rows, 7), real(rows, 8),
                            rows.getString(9), rows.getString(10), rows.getString(12)), rows.getString(11)));
                }
            }
        }
        return log;
    }

    /** Whether the file has the {@code item_event} table at all (whether it is one of ours). */
    public static boolean hasEventTable(Connection connection) throws SQLException {
        return hasTable(connection, "item_event");
    }

    /** Whether the database has the table {@code name}, a file's or a server's. */
    static boolean hasTable(Connection connection, String name) throws SQLException {
        // The driver's catalogue, not sqlite_master: the same question on a file and on a server.
        try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
            while (tables.next()) {
                if (name.equals(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean hasHashColumn(Connection connection) throws SQLException {
        return eventColumns(connection).contains("hash");
    }

    private static List<String> eventColumns(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        // The driver's catalogue, not PRAGMA table_info: the same question on a file and on a server.
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, "item_event", "%")) {
            while (columns.next()) {
                if ("item_event".equals(columns.getString("TABLE_NAME"))) {
                    names.add(columns.getString("COLUMN_NAME"));
                }
            }
        }
        return names;
    }

    private static Double real(ResultSet rows, int column) throws SQLException {
        Object value = rows.getObject(column);
        if (value == null) {
            return null;
        }
        // Text written into the column by hand is not a position: it can never hash as the original.
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }
}
