package duban.store;

import duban.testing.TestDatabase;

/** Every {@link FeedbackStoreTest} on a PostgreSQL server. */
class FeedbackStoreOnServerTest extends FeedbackStoreTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
