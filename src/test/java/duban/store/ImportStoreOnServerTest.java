package duban.store;

import duban.testing.TestDatabase;

/** Every {@link ImportStoreTest} on a PostgreSQL server. */
class ImportStoreOnServerTest extends ImportStoreTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
