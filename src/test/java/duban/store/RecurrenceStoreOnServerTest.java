package duban.store;

import duban.testing.TestDatabase;

/** {@link RecurrenceStoreTest} on the embedded PostgreSQL server. */
class RecurrenceStoreOnServerTest extends RecurrenceStoreTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
