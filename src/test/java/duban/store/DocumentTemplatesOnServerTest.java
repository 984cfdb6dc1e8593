package duban.store;

import duban.testing.TestDatabase;

/** Every {@link DocumentTemplatesTest} on a PostgreSQL server. */
class DocumentTemplatesOnServerTest extends DocumentTemplatesTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
