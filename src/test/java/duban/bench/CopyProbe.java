package duban.bench;

import duban.store.Database;
import duban.store.DatabaseCopy;
import duban.store.ServerAddress;
import duban.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of the shared-mode section's copy measure: {@code CopyProbe FILE ROUNDS} copies the
 * data set FILE onto a fresh database on the tests' embedded server and back into a new file
 * ({@code --copy-to} either way, with its checks), ROUNDS times.
 */
public final class CopyProbe {

    private CopyProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path folder = Files.createTempDirectory("duban-bench-copy");
        for (int round = 0; round < rounds; round++) {
            String name = PostgresServer.freshMigratedDatabase("bench_copy");
            ServerAddress address = ServerAddress.parse(PostgresServer.address(name)).orElseThrow();
            try (Database source = Database.open(file);
                 Database server = Database.openServer(address, null, false);
                 Database back = Database.open(folder.resolve("back-" + round + ".db"))) {
                BenchOutput.millis("shared.copy.toServer", DatabaseCopy.copy(source, server).took().toNanos());
                BenchOutput.millis("shared.copy.toFile", DatabaseCopy.copy(server, back).took().toNanos());
            }
        }
        ProbeExit.now();
    }
}
