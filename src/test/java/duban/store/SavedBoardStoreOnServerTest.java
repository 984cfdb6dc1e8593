package duban.store;

import duban.testing.TestDatabase;

/** Every {@link SavedBoardStoreTest} on a PostgreSQL server. */
class SavedBoardStoreOnServerTest extends SavedBoardStoreTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
