package duban.store;

import static duban.store.generated.Tables.ITEM;
import static duban.store.generated.Tables.ITEM_EVENT;

import duban.domain.Item;
import duban.domain.Status;
import duban.store.generated.tables.records.ItemEventRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.CloseableQuery;
import org.jooq.CloseableResultQuery;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * The statements of every card move, built once per connection and kept prepared (jOOQ's
 * {@code keepStatement}): each move binds its values and runs them, without jOOQ rendering the
 * SQL or SQLite parsing it again. Rendering was 43% of a move through jOOQ, and a move ran
 * seven times as long as the same statements through reused JDBC statements (README,
 * Performance). The read of one item, the neighbours' positions, the move's checked update and
 * the event log's last entry and new entry are kept; the rest of the store builds its queries
 * per call.
 *
 * <p>Reached through the connection's jOOQ configuration ({@link #of}), which transactions
 * derive from, so one set serves every {@code ItemStore} on the connection. The store thread is
 * its only user; its methods are locked all the same, so that no two callers interleave binds.
 * Each run is attached to the caller's configuration: its transaction and its listeners.
 */
final class KeptQueries implements AutoCloseable {

    private static final Object KEY = KeptQueries.class;

    private final ItemQueries oneItem;
    private final CloseableResultQuery<Record1<Double>> neighbour;
    private final CloseableResultQuery<Record1<Double>> nextAbove;
    private final CloseableResultQuery<Record1<Double>> previousBelow;
    private final CloseableQuery moveUpdate;
    private final CloseableResultQuery<Record2<Long, String>> lastEvent;
    private final CloseableQuery insertEvent;
    private final List<CloseableQuery> all;

    private KeptQueries(DSLContext dsl) {
        boolean keep = keepsStatements(dsl);
        oneItem = ItemQueries.forOneItem(dsl, keep);
        neighbour = dsl.select(ITEM.POSITION).from(ITEM)
                .where(ITEM.ID.eq(DSL.param("id", ITEM.ID)), ITEM.STATUS.eq(DSL.param("status", ITEM.STATUS)),
                        ITEM.WITHDRAWN.isFalse())
                .keepStatement(keep);
        nextAbove = dsl.select(DSL.min(ITEM.POSITION)).from(ITEM)
                .where(ITEM.STATUS.eq(DSL.param("status", ITEM.STATUS)), ITEM.WITHDRAWN.isFalse(),
                        ITEM.POSITION.gt(DSL.param("position", ITEM.POSITION)), ITEM.ID.ne(DSL.param("id", ITEM.ID)))
                .keepStatement(keep);
        previousBelow = dsl.select(DSL.max(ITEM.POSITION)).from(ITEM)
                .where(ITEM.STATUS.eq(DSL.param("status", ITEM.STATUS)), ITEM.WITHDRAWN.isFalse(),
                        ITEM.POSITION.lt(DSL.param("position", ITEM.POSITION)), ITEM.ID.ne(DSL.param("id", ITEM.ID)))
                .keepStatement(keep);
        moveUpdate = dsl.update(ITEM)
                .set(ITEM.STATUS, DSL.param("status", ITEM.STATUS))
                .set(ITEM.POSITION, DSL.param("position", ITEM.POSITION))
                .set(ITEM.CLOSED_ON, DSL.param("closedOn", ITEM.CLOSED_ON))
                .set(ITEM.CLOSING_NOTE, DSL.param("closingNote", ITEM.CLOSING_NOTE))
                .set(ITEM.UPDATED_AT, DSL.param("at", ITEM.UPDATED_AT))
                .set(ITEM.VERSION, ITEM.VERSION.plus(1))
                .where(ITEM.ID.eq(DSL.param("id", ITEM.ID)), ITEM.VERSION.eq(DSL.param("version", ITEM.VERSION)))
                .keepStatement(keep);
        lastEvent = dsl.select(ITEM_EVENT.ID, ITEM_EVENT.HASH).from(ITEM_EVENT)
                .orderBy(ITEM_EVENT.ID.desc()).limit(1)
                .keepStatement(keep);
        insertEvent = dsl.insertInto(ITEM_EVENT, ITEM_EVENT.ID, ITEM_EVENT.ITEM_ID, ITEM_EVENT.AT, ITEM_EVENT.KIND,
                        ITEM_EVENT.FROM_STATUS, ITEM_EVENT.TO_STATUS, ITEM_EVENT.FROM_POSITION, ITEM_EVENT.TO_POSITION,
                        ITEM_EVENT.CHANGES, ITEM_EVENT.NOTE, ITEM_EVENT.OPERATOR, ITEM_EVENT.HASH)
                .values(DSL.param("id", ITEM_EVENT.ID), DSL.param("itemId", ITEM_EVENT.ITEM_ID),
                        DSL.param("at", ITEM_EVENT.AT), DSL.param("kind", ITEM_EVENT.KIND),
                        DSL.param("fromStatus", ITEM_EVENT.FROM_STATUS), DSL.param("toStatus", ITEM_EVENT.TO_STATUS),
                        DSL.param("fromPosition", ITEM_EVENT.FROM_POSITION),
                        DSL.param("toPosition", ITEM_EVENT.TO_POSITION), DSL.param("changes", ITEM_EVENT.CHANGES),
                        DSL.param("note", ITEM_EVENT.NOTE), DSL.param("operator", ITEM_EVENT.OPERATOR),
                        DSL.param("hash", ITEM_EVENT.HASH))
                .keepStatement(keep);
        all = List.of(neighbour, nextAbove, previousBelow, moveUpdate, lastEvent, insertEvent);
    }

    /**
     * The kept statements of {@code dsl}'s connection. {@link Database} makes them when it
     * opens the connection; a context made otherwise (a test's) gets its own on first use.
     */
    static synchronized KeptQueries of(DSLContext dsl) {
        Object kept = dsl.configuration().data(KEY);
        if (kept == null) {
            kept = new KeptQueries(dsl);
            dsl.configuration().data(KEY, kept);
        }
        return (KeptQueries) kept;
    }

    /** The item with its units and activity, or an empty list when there is none. */
    synchronized List<Item> item(Configuration in, long itemId) {
        return oneItem.fetchOne(in, itemId);
    }

    /** The position of {@code itemId} if it is a card (not withdrawn) of {@code column}, else null. */
    synchronized Double neighbourPosition(Configuration in, long itemId, Status column) {
        neighbour.attach(in);
        neighbour.bind("id", itemId).bind("status", column);
        Record1<Double> row = neighbour.fetchOne();
        return row == null ? null : row.value1();
    }

    /**
     * The position of the card of {@code column} right after {@code position} ({@code after}) or
     * right before it, leaving out the moving card {@code movingId}; null at the column's edge.
     */
    synchronized Double adjacentPosition(Configuration in, Status column, double position, boolean after,
                                         long movingId) {
        CloseableResultQuery<Record1<Double>> query = after ? nextAbove : previousBelow;
        query.attach(in);
        query.bind("status", column).bind("position", position).bind("id", movingId);
        Record1<Double> row = query.fetchOne();
        return row == null ? null : row.value1();
    }

    /** A move's checked update (see {@code ItemStore.updateChecked}); the number of rows changed. */
    synchronized int moveUpdate(Configuration in, long itemId, int expectedVersion, Status to, double position,
                                LocalDate closedOn, String closingNote, OffsetDateTime at) {
        moveUpdate.attach(in);
        moveUpdate.bind("status", to).bind("position", position).bind("closedOn", closedOn)
                .bind("closingNote", closingNote).bind("at", at).bind("id", itemId).bind("version", expectedVersion);
        return moveUpdate.execute();
    }

    /** The id and hash of the event log's last entry, or null when the log is empty. */
    synchronized Record2<Long, String> lastEvent(Configuration in) {
        lastEvent.attach(in);
        return lastEvent.fetchOne();
    }

    /** Appends {@code event}, numbered and hashed already. */
    synchronized void insertEvent(Configuration in, ItemEventRecord event) {
        insertEvent.attach(in);
        insertEvent.bind("id", event.getId()).bind("itemId", event.getItemId()).bind("at", event.getAt())
                .bind("kind", event.getKind()).bind("fromStatus", event.getFromStatus())
                .bind("toStatus", event.getToStatus()).bind("fromPosition", event.getFromPosition())
                .bind("toPosition", event.getToPosition()).bind("changes", event.getChanges())
                .bind("note", event.getNote()).bind("operator", event.getOperator()).bind("hash", event.getHash());
        insertEvent.execute();
    }

    /**
     * Whether statements are kept prepared over {@code dsl}: on a file, yes; on a server, no: the
     * board's connection may be made again after a network drop, and a kept statement would still
     * belong to the lost one. (The server's driver prepares a statement it sees repeatedly by itself.)
     */
    private static boolean keepsStatements(DSLContext dsl) {
        return dsl.dialect().family() != org.jooq.SQLDialect.POSTGRES;
    }

    /** Closes the kept statements (before the connection closes, or before VACUUM); they are made again when next run. */
    @Override
    public synchronized void close() {
        oneItem.close();
        for (CloseableQuery query : all) {
            query.close();
        }
    }
}
