package duban.store;

import duban.testing.TestDatabase;

/** Every {@link DemoDataTest} on a PostgreSQL server. */
class DemoDataOnServerTest extends DemoDataTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
