package duban.store;

import duban.testing.TestDatabase;

/** Every {@link ItemTreeStoreTest} on a PostgreSQL server. */
class ItemTreeStoreOnServerTest extends ItemTreeStoreTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
