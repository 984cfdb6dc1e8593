package duban.store;

import duban.testing.TestDatabase;

/** Every {@link DocumentStoreTest} on a PostgreSQL server. */
class DocumentStoreOnServerTest extends DocumentStoreTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
