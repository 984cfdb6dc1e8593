package duban.testing;

import duban.store.Database;
import duban.store.DemoData;
import duban.store.ServerAddress;
import java.time.Clock;

/**
 * An embedded PostgreSQL server to try the board on by hand: a database with the demo office, a
 * login that needs a password ({@code zhang} / the first argument) and one that does not
 * ({@code postgres}). Prints the addresses, then runs until killed:
 * {@code java -cp target/test-classes:target/classes:… duban.testing.ServerForTrying Secret-1}.
 */
public final class ServerForTrying {

    private ServerForTrying() {
    }

    public static void main(String[] args) throws Exception {
        String password = args.length > 0 ? args[0] : "Zhang-2026";
        String office = PostgresServer.freshMigratedDatabase("office");
        try (Database db = Database.openServer(ServerAddress.parse(PostgresServer.address(office)).orElseThrow(), null, false)) {
            new DemoData(db.dsl(), Clock.systemDefaultZone()).seedIfEmpty();
        }
        PostgresServer.executeAsSuperuser("CREATE ROLE zhang LOGIN PASSWORD '" + password.replace("'", "''")
                + "' IN ROLE " + PostgresServer.PASSWORD_GROUP);
        PostgresServer.executeAsSuperuser(office, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO zhang");
        PostgresServer.executeAsSuperuser(office, "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO zhang");
        System.out.println("trust:    " + PostgresServer.address(office));
        System.out.println("password: postgresql://localhost:" + PostgresServer.port() + "/" + office + "?user=zhang");
        System.out.flush();
        Thread.currentThread().join();
    }
}
