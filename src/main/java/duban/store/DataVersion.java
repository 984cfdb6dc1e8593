package duban.store;

import java.util.Objects;
import org.jooq.DSLContext;

/**
 * SQLite's {@code PRAGMA data_version} of one connection: a number that moves only when another
 * connection (another instance of the application) commits, which is what the board's watcher polls.
 */
public final class DataVersion {

    private DataVersion() {
    }

    /** {@code PRAGMA data_version} of the connection behind {@code dsl}; call it on the store thread. */
    public static long read(DSLContext dsl) {
        Objects.requireNonNull(dsl, "dsl");
        Object value = dsl.fetchValue("PRAGMA data_version");
        return ((Number) value).longValue();
    }
}
