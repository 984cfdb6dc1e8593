package duban.store;

import static duban.store.generated.Tables.ITEM_EVENT;

import duban.domain.EventChain;
import duban.domain.EventChain.Content;
import duban.domain.EventChain.Stored;
import duban.store.generated.tables.records.ItemEventRecord;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.exception.DataAccessException;

/**
 * Keeps the hash chain of {@code item_event} ({@link EventChain}): numbers and hashes each event
 * as the store appends it, and seals, once, the events a file held before schema version 3.
 */
public final class EventChainStore {

    private static final System.Logger LOG = System.getLogger(EventChainStore.class.getName());

    private EventChainStore() {
    }

    /**
     * Gives {@code event}, about to be inserted in the caller's transaction, the next id after
     * the last event and its hash chained to that event's. Costs one read by primary key. The
     * transaction holds the write lock from its start (BEGIN IMMEDIATE), so no other writer can
     * append between this read and the insert.
     */
    static void chain(DSLContext db, ItemEventRecord event) {
        Record2<Long, String> last = KeptQueries.of(db).lastEvent(db.configuration());
        long lastId = last == null ? 0 : last.value1();
        String previous = last == null ? EventChain.GENESIS
                : last.value2() != null ? last.value2() : computedHash(db, lastId);
        event.setId(lastId + 1);
        event.setHash(EventChain.next(previous, content(event)));
    }

    /**
     * Seals the events written before schema version 3: the unbroken run of events without a
     * hash at the start of the log gets its hashes, in id order, in one transaction. Nothing to
     * do (one read by primary key) once the first event has its hash, so it is called at every
     * open. An event without a hash after sealed ones was not written by the application and is
     * left so, for the verifier to name.
     *
     * @return how many events were sealed
     */
    public static int sealUnsealed(DSLContext dsl) {
        if (!firstEventUnsealed(dsl)) {
            return 0;
        }
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            if (!firstEventUnsealed(db)) {
                return 0; // another instance sealed it meanwhile
            }
            List<Stored> log = db.connectionResult(connection -> EventRows.read(connection, 0));
            String previous = EventChain.GENESIS;
            int sealed = 0;
            for (Stored event : log) {
                if (event.hash() != null) {
                    break;
                }
                previous = EventChain.next(previous, event.content());
                sealed += db.update(ITEM_EVENT).set(ITEM_EVENT.HASH, previous)
                        .where(ITEM_EVENT.ID.eq(event.content().id()), ITEM_EVENT.HASH.isNull())
                        .execute();
            }
            return sealed;
        });
    }

    /**
     * {@link #sealUnsealed} as {@link Database#open} calls it: a file that cannot be written now
     * (read-only, busy) is opened anyway and sealed at a later open; until then {@code --verify}
     * reports it as not yet sealed.
     */
    public static void sealOnOpen(DSLContext dsl, java.nio.file.Path file) {
        try {
            int sealed = sealUnsealed(dsl);
            if (sealed > 0) {
                LOG.log(System.Logger.Level.DEBUG, "sealed " + sealed + " events of " + file);
            }
        } catch (DataAccessException e) {
            LOG.log(System.Logger.Level.WARNING, "could not seal the event log of " + file + "; will retry at the next open", e);
        }
    }

    private static boolean firstEventUnsealed(DSLContext db) {
        Record2<Long, String> first = db.select(ITEM_EVENT.ID, ITEM_EVENT.HASH).from(ITEM_EVENT)
                .orderBy(ITEM_EVENT.ID).limit(1).fetchOne();
        return first != null && first.value2() == null;
    }

    /**
     * The hash event {@code lastId} should have when it has none (written by hand, or not yet
     * sealed): chained on from the last event that has one. It is not stored, so the verifier
     * still names the event.
     */
    private static String computedHash(DSLContext db, long lastId) {
        Record2<Long, String> sealed = db.select(ITEM_EVENT.ID, ITEM_EVENT.HASH).from(ITEM_EVENT)
                .where(ITEM_EVENT.HASH.isNotNull()).orderBy(ITEM_EVENT.ID.desc()).limit(1).fetchOne();
        long from = sealed == null ? 0 : sealed.value1();
        String previous = sealed == null ? EventChain.GENESIS : sealed.value2();
        List<Stored> rest = db.connectionResult(connection -> EventRows.read(connection, from));
        for (Stored event : rest) {
            if (event.content().id() > lastId) {
                break;
            }
            previous = EventChain.next(previous, event.content());
        }
        return previous;
    }

    /** What the chain covers of a row about to be inserted, as the file will hold it. */
    private static Content content(ItemEventRecord event) {
        return new Content(event.getId(), event.getItemId(), IsoTimestampConverter.FORMAT.format(event.getAt()),
                event.getKind().name(), code(event.getFromStatus()), code(event.getToStatus()),
                event.getFromPosition(), event.getToPosition(), event.getChanges(), event.getNote(),
                event.getOperator());
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
