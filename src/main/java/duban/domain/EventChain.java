package duban.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain that makes the event log tamper-evident: each event's hash is SHA-256 over the
 * previous event's hash and the event's own content, so that changing or removing any event
 * breaks every hash after it. Pure: the store computes {@link #next} when it appends an event
 * (and when it seals the events of an older file), {@link #verify} walks a whole log.
 *
 * <p>The chain shows that the file was changed outside the application; it cannot stop someone
 * who recomputes every hash after an edit. Against that, compare with a backup or a printed
 * {@linkplain Verdict#headHash head hash}: an older, intact chain must be a prefix of the current one.
 */
public final class EventChain {

    /** The "previous hash" of the very first event. */
    public static final String GENESIS = "0".repeat(64);

    /** An event after which one or more events were removed; the text continues "first-last". */
    public static final String REMOVED = "REMOVED:";
    /** An event whose stored hash does not follow from its content and the previous hash. */
    public static final String ALTERED = "ALTERED";
    /** An event without a hash in a log whose other events have theirs: not written by the application. */
    public static final String UNSEALED = "UNSEALED";
    /** A log without a single hash: written by a version before the chain and never opened since. */
    public static final String NEVER_SEALED = "NEVER_SEALED";

    private EventChain() {
    }

    /**
     * What of an {@code item_event} row the hash covers: every column but the hash, codes and
     * timestamps as the text stored, positions as Java prints a double (exact for SQLite's 8-byte REAL).
     *
     * @param operator who wrote the event (schema version 5), or {@code null} for an event written
     *                 before: such an event hashes exactly as it did then
     */
    public record Content(long id, long itemId, String at, String kind, String fromStatus, String toStatus,
                          Double fromPosition, Double toPosition, String changes, String note, String operator) {

        /** An event without an operator, as every event before schema version 5. */
        public Content(long id, long itemId, String at, String kind, String fromStatus, String toStatus,
                       Double fromPosition, Double toPosition, String changes, String note) {
            this(id, itemId, at, kind, fromStatus, toStatus, fromPosition, toPosition, changes, note, null);
        }

        /**
         * Each field length-prefixed, so that no two different rows give the same text. The
         * operator comes last and only when there is one: the text of an event without one is the
         * text the chain hashed before the operator existed, so older chains still verify.
         */
        String canonical() {
            StringBuilder text = new StringBuilder();
            for (Object field : new Object[] {id, itemId, at, kind, fromStatus, toStatus, position(fromPosition),
                    position(toPosition), changes, note}) {
                append(text, field);
            }
            if (operator != null) {
                append(text, operator);
            }
            return text.toString();
        }

        private static void append(StringBuilder text, Object field) {
            if (field == null) {
                text.append("-;");
            } else {
                String value = field.toString();
                text.append(value.length()).append(':').append(value).append(';');
            }
        }

        /** SQLite keeps a whole-numbered REAL as an integer, which reads back as 0.0 for -0.0. */
        private static Double position(Double value) {
            return value != null && value == 0.0 ? Double.valueOf(0.0) : value;
        }
    }

    /** A row as read back: its content and the hash stored with it ({@code null} when missing). */
    public record Stored(Content content, String hash) {
    }

    /**
     * Checks that {@code older} (the log of a backup) is still the beginning of {@code current}:
     * catches removed last events and a chain recomputed after an edit, which {@link #verify}
     * alone cannot. Returns the first event of the older log that is missing or different now.
     * A backup made before the chain existed has no hashes; then its contents are compared.
     */
    public static Optional<Content> firstDifference(List<Stored> older, List<Stored> current) {
        for (int i = 0; i < older.size(); i++) {
            Stored was = older.get(i);
            if (i >= current.size()) {
                return Optional.of(was.content());
            }
            Stored now = current.get(i);
            boolean same = was.content().equals(now.content()) && (was.hash() == null || was.hash().equals(now.hash()));
            if (!same) {
                return Optional.of(was.content());
            }
        }
        return Optional.empty();
    }

    /**
     * The outcome of checking a log.
     *
     * @param firstBadEventId the event that was altered, or after which events were removed
     * @param firstBadItemId  that event's item
     * @param problem         {@link #ALTERED}, {@link #UNSEALED}, {@link #NEVER_SEALED} or
     *                        {@link #REMOVED} followed by the removed ids "first-last"
     * @param eventsChecked   how many events, from the first, chain correctly
     * @param headHash        the hash of the last correct event ({@link #GENESIS} when none)
     */
    public record Verdict(boolean intact, Long firstBadEventId, Long firstBadItemId, String problem, int eventsChecked,
                          String headHash) {

        /** The id of the first event that was altered, or after which one was removed. */
        public Optional<Long> firstBadEvent() {
            return Optional.ofNullable(firstBadEventId);
        }

        /** Whether the log has no hashes at all yet (an older file): nothing to check, not broken. */
        public boolean neverSealed() {
            return NEVER_SEALED.equals(problem);
        }

        /** For {@link #REMOVED}: the first and last removed id. */
        public Optional<long[]> removedIds() {
            if (problem == null || !problem.startsWith(REMOVED)) {
                return Optional.empty();
            }
            String[] range = problem.substring(REMOVED.length()).split("-");
            return Optional.of(new long[] {Long.parseLong(range[0]), Long.parseLong(range[1])});
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
     * an untouched log (events are never deleted and the store numbers each one after the last),
     * so a gap names the removed ids directly.
     */
    public static Verdict verify(List<Stored> log) {
        if (!log.isEmpty() && log.stream().allMatch(event -> event.hash() == null)) {
            Content first = log.get(0).content();
            return new Verdict(false, first.id(), first.itemId(), NEVER_SEALED, 0, GENESIS);
        }
        String previous = GENESIS;
        long expectedId = 1;
        int checked = 0;
        for (Stored event : log) {
            Content content = event.content();
            long id = content.id();
            if (id != expectedId) {
                return new Verdict(false, id, content.itemId(), REMOVED + expectedId + "-" + (id - 1), checked,
                        previous);
            }
            String computed = next(previous, content);
            if (!computed.equals(event.hash())) {
                return new Verdict(false, id, content.itemId(), event.hash() == null ? UNSEALED : ALTERED, checked,
                        previous);
            }
            previous = computed;
            expectedId = id + 1;
            checked++;
        }
        return new Verdict(true, null, null, null, checked, previous);
    }
}
