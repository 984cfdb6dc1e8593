package duban.store;

import duban.domain.EventChanges;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What {@code --verify} and 校验台账 check of the attachments, with plain SQL on the connection
 * they read through: every attachment's bytes still hash to the SHA-256 of its row, that row's
 * SHA-256 is the one its ATTACH event (covered by the hash chain) recorded, and its removal, if
 * any, has its DETACH event. One attachment's bytes are in memory at a time. Writes nothing.
 */
public final class AttachmentCheck {

    /** The key of the attachment's id in an ATTACH or DETACH event's changes. */
    static final String ID_KEY = "attachment";
    /** The key of the SHA-256 in an ATTACH event's changes. */
    static final String SHA256_KEY = "sha256";

    /** What is wrong with an attachment. */
    public enum Problem {
        /** The bytes do not hash to the row's SHA-256 (changed after they were attached), or are missing. */
        CONTENT_CHANGED,
        /** The row's SHA-256 (or item) is not the one its ATTACH event recorded. */
        ROW_CHANGED,
        /** No ATTACH event names the attachment: it was put into the file behind the history's back. */
        NO_ATTACH_EVENT,
        /** Marked removed without the DETACH event that removing writes. */
        NO_DETACH_EVENT
    }

    /** One attachment found wrong: its item (id and title), its file name and what is wrong. */
    public record Finding(long itemId, String itemTitle, long attachmentId, String fileName, Problem problem) {
    }

    private AttachmentCheck() {
    }

    /** Checks every attachment on {@code connection}; empty for a file older than attachments. */
    public static List<Finding> check(Connection connection) throws SQLException {
        if (!EventRows.hasTable(connection, "attachment")) {
            return List.of();
        }
        Map<Long, Map<String, Object>> attached = new HashMap<>();
        Map<Long, Long> attachedTo = new HashMap<>();
        Map<Long, Boolean> detached = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT item_id, kind, changes FROM item_event WHERE kind IN ('ATTACH', 'DETACH') ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Map<String, Object> changes = changes(rows.getString(3));
                if (!(changes.get(ID_KEY) instanceof Number id)) {
                    continue;
                }
                if ("ATTACH".equals(rows.getString(2))) {
                    attached.putIfAbsent(id.longValue(), changes);
                    attachedTo.putIfAbsent(id.longValue(), rows.getLong(1));
                } else {
                    detached.put(id.longValue(), true);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        // The listing first, then each attachment's bytes by themselves: a server's driver would
        // otherwise hold every attachment's bytes in memory at once.
        try (PreparedStatement list = connection.prepareStatement("SELECT attachment.id, attachment.item_id,"
                + " item.title, attachment.file_name, attachment.sha256, attachment.removed_at"
                + " FROM attachment LEFT JOIN item ON item.id = attachment.item_id ORDER BY attachment.id");
             PreparedStatement bytes = connection.prepareStatement(
                     "SELECT content FROM attachment_content WHERE attachment_id = ?");
             ResultSet rows = list.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                long itemId = rows.getLong(2);
                String rowHash = rows.getString(5);
                Problem problem = null;
                Map<String, Object> event = attached.get(id);
                if (event == null) {
                    problem = Problem.NO_ATTACH_EVENT;
                } else if (!rowHash.equals(event.get(SHA256_KEY)) || attachedTo.get(id) != itemId) {
                    problem = Problem.ROW_CHANGED;
                } else if (!rowHash.equals(contentHash(bytes, id))) {
                    problem = Problem.CONTENT_CHANGED;
                } else if (rows.getString(6) != null && !detached.containsKey(id)) {
                    problem = Problem.NO_DETACH_EVENT;
                }
                if (problem != null) {
                    findings.add(new Finding(itemId, rows.getString(3), id, rows.getString(4), problem));
                }
            }
        }
        return findings;
    }

    /** The SHA-256 of the attachment's stored bytes, or {@code null} when they are missing. */
    private static String contentHash(PreparedStatement bytes, long attachmentId) throws SQLException {
        bytes.setLong(1, attachmentId);
        try (ResultSet content = bytes.executeQuery()) {
            byte[] stored = content.next() ? content.getBytes(1) : null;
            return stored == null ? null : sha256(stored);
        }
    }

    /** The SHA-256 of {@code bytes}, lower-case hex, as the attachment row and its ATTACH event keep it. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private static Map<String, Object> changes(String json) {
        try {
            return json == null ? Map.of() : EventChanges.parse(json);
        } catch (IllegalArgumentException notOurs) {
            return Map.of(); // the hash chain names an event not written by the application
        }
    }
}
