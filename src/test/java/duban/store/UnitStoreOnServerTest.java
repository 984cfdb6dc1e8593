package duban.store;

import duban.testing.TestDatabase;

/** Every {@link UnitStoreTest} on a PostgreSQL server. */
class UnitStoreOnServerTest extends UnitStoreTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
