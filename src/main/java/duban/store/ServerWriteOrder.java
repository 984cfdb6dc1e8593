package duban.store;

import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * On a server, every transaction of the board takes one transaction-scoped advisory lock first, so
 * that the office's writers run one after another as they do on a file (SQLite has one writer).
 * What depends on it: an event's hash chains to the event before it (two writers at once would
 * fork the chain), and a card's new position is computed from its neighbours' (two drags between the
 * same neighbours would get the same position). The lock goes with the transaction's end, commit
 * or rollback, or with a lost connection; waiting for it costs a writer the other's few milliseconds.
 */
final class ServerWriteOrder implements TransactionListener {

    /** The advisory lock's key: any number the office's other programs do not use ("duban" in ASCII). */
    static final long LOCK_KEY = 0x647562616eL;

    @Override
    public void beginEnd(TransactionContext ctx) {
        ctx.dsl().execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
    }
}
