package duban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import duban.store.Database;
import duban.store.DatabaseCopy;
import duban.store.ServerAddress;
import duban.testing.PostgresServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --copy-to} at an office's size: the benchmark's 10,000 items (half of them closed, so
 * about 15,000 events) copied from a file to the test server and back into a new file. Prints
 * both times; judges them only loosely (a shared test machine), but "in seconds", not minutes.
 */
class CopyTimingTest {

    private static final int ITEMS = 10_000;
    /** Far above what the copy needs (a few seconds); a copy row by row would take minutes. */
    private static final Duration AT_MOST = Duration.ofSeconds(60);

    @TempDir
    Path work;

    @Test
    void tenThousandItemsCopyToAServerAndBackInSeconds() throws Exception {
        Path file = work.resolve("office.db");
        assertThat(BenchData.write(file, ITEMS)).isEqualTo(ITEMS);
        String name = PostgresServer.freshMigratedDatabase("copy_timing");
        ServerAddress address = ServerAddress.parse(PostgresServer.address(name)).orElseThrow();
        try (Database source = Database.open(file);
             Database server = Database.openServer(address, null, false);
             Database back = Database.open(work.resolve("back.db"))) {
            DatabaseCopy.Outcome there = DatabaseCopy.copy(source, server);
            DatabaseCopy.Outcome again = DatabaseCopy.copy(server, back);
            System.out.printf("copy of %d items (%d rows, %d events): file -> server %d ms, server -> file %d ms%n",
                    ITEMS, there.totalRows(), there.events(), there.took().toMillis(), again.took().toMillis());
            assertThat(there.rows("item")).isEqualTo(ITEMS);
            assertThat(again.tables()).isEqualTo(there.tables());
            assertThat(there.took()).isLessThan(AT_MOST);
            assertThat(again.took()).isLessThan(AT_MOST);
        }
    }
}
