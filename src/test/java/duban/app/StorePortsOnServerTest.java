package duban.app;

import duban.testing.TestDatabase;

/** Every {@link StorePortsTest} on a PostgreSQL server. */
class StorePortsOnServerTest extends StorePortsTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
