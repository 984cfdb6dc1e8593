package duban.store;

import duban.testing.TestDatabase;

/** Every {@link AttachmentStoreTest} on a PostgreSQL server (attachments as bytea). */
class AttachmentStoreOnServerTest extends AttachmentStoreTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
