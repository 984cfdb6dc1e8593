package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.Status;
import duban.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every {@link ItemStoreTest} on a PostgreSQL server. */
class ItemStoreOnServerTest extends ItemStoreTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }

    /**
     * On a server the move's statements are not kept prepared (a kept statement would outlive a
     * connection lost and made again; see KeptQueries), and there is no file to VACUUM INTO: the
     * file's test of both gives way to this one.
     */
    @Override
    @Test
    void aMoveRunsItsStatementsKeptPreparedAndABackupRightAfterOneStillWorks() {
        Item first = store.create(draft("甲事项", water, List.of()).build());
        Item second = store.create(draft("乙事项", water, List.of()).build());
        Item moved = store.moveBetween(first.id(), 1, Status.IN_PROGRESS, null, null, null, null);
        List<String> rendered = new ArrayList<>();
        org.jooq.DSLContext watched = db.dsl().configuration().derive(
                new org.jooq.impl.DefaultExecuteListenerProvider(new org.jooq.ExecuteListener() {
                    @Override
                    public void renderEnd(org.jooq.ExecuteContext ctx) {
                        rendered.add(ctx.sql());
                    }
                })).dsl();

        Item next = new ItemStore(watched, clock).moveBetween(second.id(), 1, Status.IN_PROGRESS, moved.id(), null,
                null, null);

        assertThat(next.position()).isGreaterThan(moved.position());
        assertThat(rendered).as("rendered per call on a server").isNotEmpty();
    }
}
