package duban.store;

import duban.testing.TestDatabase;

/** {@link RecurrenceRaceTest} with two connections to one PostgreSQL database. */
class RecurrenceRaceOnServerTest extends RecurrenceRaceTest {

    @Override
    TestDatabase where() {
        return TestDatabase.SERVER;
    }
}
