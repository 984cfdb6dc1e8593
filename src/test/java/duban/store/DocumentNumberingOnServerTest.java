package duban.store;

import duban.testing.TestDatabase;

/** {@link DocumentNumberingTest} with two connections to one PostgreSQL database. */
class DocumentNumberingOnServerTest extends DocumentNumberingTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
