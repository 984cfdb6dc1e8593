package duban.safety;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain that makes the event log tamper-evident: each event's hash is SHA-256 over the
 * previous event's hash and the event's own content, so that changing or removing any event
 * breaks every hash after it. Pure: the store computes {@link #next} when it appends an event,
 * {@link #verify} walks a whole log.
 *
 * <p>The chain shows that the file was changed outside the application; it cannot stop someone
 * who recomputes every hash after an edit. Against that, compare with a backup or a printed
 * {@linkplain Verdict#headHash head hash}: an older, intact chain must be a prefix of the current one.
 */
public final class EventChain {

    /** The "previous hash" of the very first event. */
    public static final String GENESIS = "0".repeat(64);

    private EventChain() {
    }

    /**
     * What of an {@code item_event} row the hash covers: every column, timestamps as the text
     * stored, positions as Java prints a double (exact for SQLite's 8-byte REAL).
     */
    public record Content(long id, long itemId, String at, String kind, String fromStatus, String toStatus,
                          Double fromPosition, Double toPosition, String changes, String note) {

        /** Each field length-prefixed, so that no two different rows give the same text. */
        String canonical() {
            StringBuilder text = new StringBuilder();
            for (Object field : new Object[] {id, itemId, at, kind, fromStatus, toStatus, fromPosition, toPosition,
                    changes, note}) {
                if (field == null) {
                    text.append("-;");
                } else {
                    String value = field.toString();
                    text.append(value.length()).append(':').append(value).append(';');
                }
            }
            return text.toString();
        }
    }

    /** A row as read back: its content and the hash stored with it ({@code null} when missing). */
    public record Stored(Content content, String hash) {
    }

    /**
     * Checks that {@code older} (the log of a backup) is still the beginning of {@code current}:
     * catches removed last events and a chain recomputed after an edit, which {@link #verify}
     * alone cannot. Returns the first event of the older log that is missing or different now.
     */
    public static Optional<Long> firstDifference(List<Stored> older, List<Stored> current) {
        for (int i = 0; i < older.size(); i++) {
            Stored was = older.get(i);
            if (i >= current.size() || !was.equals(current.get(i))) {
                return Optional.of(was.content().id());
            }
        }
        return Optional.empty();
    }

    /** The outcome of checking a log. */
    public record Verdict(boolean intact, Long firstBadEventId, String problem, int eventsChecked, String headHash) {

        /** The id of the first event that was altered, or after which one was removed. */
        public Optional<Long> firstBadEvent() {
            return Optional.ofNullable(firstBadEventId);
        }
    }

    /** The hash of {@code content} following {@code previousHash}. */
    public static String next(String previousHash, Content content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(content.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Walks {@code log} (ordered by id) and names the first event whose stored hash does not
     * follow: its content was altered, or an event before it was removed. Ids are consecutive in
     * an untouched log (events are never deleted), so a gap names the removed id directly.
     */
    public static Verdict verify(List<Stored> log) {
        String previous = GENESIS;
        long expectedId = 1;
        int checked = 0;
        for (Stored event : log) {
            long id = event.content().id();
            if (id != expectedId) {
                return new Verdict(false, id, "REMOVED:" + expectedId + "-" + (id - 1), checked, previous);
            }
            String computed = next(previous, event.content());
            if (!computed.equals(event.hash())) {
                return new Verdict(false, id, event.hash() == null ? "UNSEALED" : "ALTERED", checked, previous);
            }
            previous = computed;
            expectedId = id + 1;
            checked++;
        }
        return new Verdict(true, null, null, checked, previous);
    }
}
