package duban.projector;

import static org.assertj.core.api.Assertions.assertThat;

import duban.ui.TaskRunner;
import duban.store.DataVersion;
import duban.store.Database;
import duban.testing.BoardFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another connection writes the file; the watcher of the application's connection notices within a poll. */
class DataVersionWatcherTest {

    @TempDir
    Path folder;

    private BoardFixture fixture;
    private Database database;
    private final ManualTicker ticker = new ManualTicker();
    private final AtomicInteger reloads = new AtomicInteger();
    private DataVersionWatcher watcher;

    @BeforeEach
    void open() throws Exception {
        fixture = BoardFixture.create(folder.resolve("duban.db"));
        database = Database.open(fixture.file);
        watcher = new DataVersionWatcher(() -> DataVersion.read(database.dsl()), TaskRunner.inline(),
                ticker, Duration.ofSeconds(2), reloads::incrementAndGet);
    }

    @AfterEach
    void close() {
        watcher.close();
        database.close();
    }

    @Test
    void anotherConnectionsWriteCallsTheReloadWithinAPoll() throws Exception {
        watcher.start();
        ticker.advanceSeconds(4);
        assertThat(reloads).as("nothing written yet").hasValue(0);

        fixture.execute("UPDATE item SET title = ? WHERE id = ?", "A1 资金已拨付一半", fixture.id("A1"));
        ticker.advanceSeconds(2);
        assertThat(reloads).hasValue(1);

        ticker.advanceSeconds(6);
        assertThat(reloads).as("one write, one reload").hasValue(1);
    }

    @Test
    void theApplicationsOwnWritesDoNotReload() {
        watcher.start();
        database.dsl().execute("UPDATE item SET title = 'A2 由本程序修改' WHERE id = " + fixture.id("A2"));
        ticker.advanceSeconds(4);
        assertThat(reloads).hasValue(0);
    }

    @Test
    void aClosedWatcherNoLongerPolls() throws Exception {
        watcher.start();
        watcher.close();
        assertThat(watcher.isRunning()).isFalse();
        fixture.execute("UPDATE item SET title = ? WHERE id = ?", "P1 已完成", fixture.id("P1"));
        ticker.advanceSeconds(10);
        assertThat(reloads).hasValue(0);
        assertThat(ticker.running()).isZero();
    }
}
