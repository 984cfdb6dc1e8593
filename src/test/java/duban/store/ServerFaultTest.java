package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import duban.domain.Item;
import duban.domain.Status;
import duban.domain.UnitKind;
import duban.i18n.Messages;
import duban.testing.PostgresServer;
import duban.testing.TestClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server goes away in the middle of a burst of writes and comes back: every acknowledged write
 * is there once, and the clients go on without being opened again (ServerConnection makes the
 * connection anew). And a read-only login's writes are refused by the server itself.
 */
class ServerFaultTest {

    private static final int CLIENTS = 4;
    private static final int BURST = 120;
    private final Clock clock = TestClock.startingToday();

    @Test
    @Timeout(240)
    void connectionsCutInTheMiddleOfABurstLoseNothingAndTheClientsGoOn() throws Exception {
        String name = ServerConcurrencyTest.officeWithItems("fault_cut", clock);
        List<BoardClient> clients = clients(name);
        assertThat(java.util.Arrays.stream(clients.get(0).database.dsl().configuration().executeListenerProviders())
                .map(org.jooq.ExecuteListenerProvider::provide))
                .as("the connection hears of every failed statement").hasAtLeastOneElementOfType(ServerConnection.class);
        AtomicBoolean bursting = new AtomicBoolean(true);
        AtomicInteger cut = new AtomicInteger();
        // As the server sees a network cut: the clients' backends end, mid-statement or mid-transaction.
        Thread cutter = new Thread(() -> {
            while (bursting.get() && cut.get() < 12) {
                sleepQuietly(250);
                try (Connection admin = PostgresServer.connect(name);
                     var ended = admin.createStatement().executeQuery("SELECT count(*) FROM (SELECT"
                             + " pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                             + " AND application_name = 'duban-board') AS cut")) {
                    ended.next();
                    cut.addAndGet(ended.getInt(1));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "cut-connections");
        cutter.start();
        try {
            BoardClient.runTogether(clients, BURST);
        } finally {
            bursting.set(false);
            cutter.join();
        }

        assertThat(cut.get()).as("backends cut").isPositive();
        assertThat(clients.stream().mapToInt(client -> client.connectionFailures).sum())
                .as("writes that failed with the connection").isPositive();
        afterTheFault(name, clients);
        PostgresServer.executeAsSuperuser("DROP DATABASE " + name + " WITH (FORCE)");
    }

    @Test
    @Timeout(240)
    void aServerStoppedInTheMiddleOfABurstAndStartedAgainLosesNothing(@TempDir Path folder) throws Exception {
        Path data = Files.createDirectory(folder.resolve("pgdata"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EmbeddedPostgres server = start(data, port);
        try {
            String address = "postgresql://localhost:" + port + "/duban?user=postgres";
            try (Connection admin = server.getPostgresDatabase().getConnection()) {
                admin.createStatement().execute("CREATE DATABASE duban");
            }
            List<BoardClient> clients = new ArrayList<>();
            try (Database setUp = Database.openServer(ServerAddress.parse(address).orElseThrow(), null, false)) {
                Stores stores = Stores.over(setUp, clock);
                var unit = stores.units().add("县水利局", UnitKind.COUNTY_DEPARTMENT);
                for (int i = 0; i < 20; i++) {
                    stores.items().create(new duban.domain.ItemDraft("事项" + i, "", duban.domain.Source.OTHER,
                            duban.domain.Category.ROUTINE, unit.id(), List.of(), "张三", null,
                            java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 12, 31)));
                }
            }
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(new BoardClient(ServerAddress.parse(address).orElseThrow(), "c" + i, 2000 + i, clock));
            }
            AtomicBoolean restarted = new AtomicBoolean();
            EmbeddedPostgres[] running = {server};
            Thread restart = new Thread(() -> {
                try {
                    Thread.sleep(1500);
                    running[0].close(); // pg_ctl stop (fast): the clients' backends end, the data stays
                    Thread.sleep(1000);
                    running[0] = start(data, port);
                    restarted.set(true);
                } catch (Exception e) {
                    throw new IllegalStateException("restarting the server failed", e);
                }
            }, "restart-server");
            restart.start();
            BoardClient.runTogether(clients, BURST);
            restart.join();
            server = running[0];
            assertThat(restarted).isTrue();
            assertThat(clients.stream().mapToInt(client -> client.connectionFailures).sum())
                    .as("writes that failed while the server was down").isPositive();
            BoardClient.runTogether(clients, 5);
            for (BoardClient client : clients) {
                assertThat(client.acknowledged).as("%s after the restart", client.name).isNotEmpty();
            }
            List<Item> board = clients.get(0).board();
            try (Connection connection = server.getDatabase("postgres", "duban").getConnection()) {
                WriteAudit.check(connection, clients, board);
            }
            clients.forEach(BoardClient::close);
        } finally {
            server.close();
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws java.io.IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    @Test
    void aReadOnlyLoginsWritesAreRefusedByTheServerEvenPastTheBoardsOwnCheck() throws Exception {
        String name = ServerConcurrencyTest.officeWithItems("fault_reader", clock);
        String reader = "reader_" + name;
        PostgresServer.executeAsSuperuser("CREATE ROLE " + reader + " LOGIN");
        PostgresServer.executeAsSuperuser(name, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + reader);
        // Not through Database.openServer, whose connection is READ ONLY for such a login: the
        // stores over a plain connection that would write if the server let it.
        try (Connection plain = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + PostgresServer.port() + "/" + name + "?user=" + reader)) {
            assertThat(plain.isReadOnly()).isFalse();
            org.jooq.DSLContext dsl = DSL.using(plain, SQLDialect.POSTGRES);
            ItemStore items = new ItemStore(dsl, clock);
            Item item = items.loadBoard().get(0);
            int events = dsl.fetchCount(DSL.table("item_event"));

            List<Throwable> refusals = List.of(
                    catchThrowable(() -> items.moveBetween(item.id(), item.version(), Status.IN_PROGRESS, null, null,
                            null, "越权")),
                    catchThrowable(() -> new UnitStore(dsl).add("县财政局", UnitKind.COUNTY_DEPARTMENT)),
                    catchThrowable(() -> new SettingsStore(dsl, clock).put("dueSoonDays", "9")));

            for (Throwable refused : refusals) {
                assertThat(refused).isNotNull();
                assertThat(sqlState(refused)).isEqualTo("42501");
                assertThat(StoreFailures.describe(refused)).isEqualTo(Messages.get("failure.server.readOnly"));
            }
            assertThat(items.find(item.id())).isEqualTo(item);
            assertThat(dsl.fetchCount(DSL.table("item_event"))).isEqualTo(events);
        }
        PostgresServer.executeAsSuperuser("DROP DATABASE " + name + " WITH (FORCE)");
        PostgresServer.executeAsSuperuser("DROP ROLE " + reader);
    }

    /** After the fault: each client writes again on the same open database, and nothing is lost or doubled. */
    private static void afterTheFault(String name, List<BoardClient> clients) throws Exception {
        List<Integer> before = clients.stream().map(client -> client.acknowledged.size()).toList();
        BoardClient.runTogether(clients, 5);
        for (int i = 0; i < clients.size(); i++) {
            assertThat(clients.get(i).acknowledged).as("%s recovers without being opened again", clients.get(i).name)
                    .hasSize(before.get(i) + 5);
        }
        List<Item> board = clients.get(0).board();
        try (Connection connection = PostgresServer.connect(name)) {
            WriteAudit.check(connection, clients, board);
        }
        clients.forEach(BoardClient::close);
    }

    private List<BoardClient> clients(String name) throws DatabaseOpenException {
        List<BoardClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(new BoardClient(ServerAddress.parse(PostgresServer.address(name)).orElseThrow(), "c" + i,
                    3000 + i, clock));
        }
        return clients;
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
