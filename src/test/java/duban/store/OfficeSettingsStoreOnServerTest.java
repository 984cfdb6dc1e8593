package duban.store;

import duban.testing.TestDatabase;

/** Every {@link OfficeSettingsStoreTest} on a PostgreSQL server. */
class OfficeSettingsStoreOnServerTest extends OfficeSettingsStoreTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
