package duban.store;

import duban.testing.TestDatabase;

/** Every {@link WorkflowStoreTest} on a PostgreSQL server. */
class WorkflowStoreOnServerTest extends WorkflowStoreTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
