package duban.store;

import duban.testing.TestDatabase;

/** Every {@link BulletinStoreTest} on a PostgreSQL server: the store reads the same figures there. */
class BulletinStoreOnServerTest extends BulletinStoreTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
