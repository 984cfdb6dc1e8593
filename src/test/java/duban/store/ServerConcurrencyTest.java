package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.testing.PostgresServer;
import duban.testing.TestClock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Eight officers on one server at once: 8 clients, each on its own connection and thread, make 500
 * random moves and edits each on the same 50 items. Nothing acknowledged is lost or doubled, every
 * item is the replay of its events, the chain verifies, and no column holds two cards at one position.
 */
class ServerConcurrencyTest {

    static final int CLIENTS = 8;
    static final int WRITES_EACH = 500;
    static final int ITEMS = 50;

    /** A fresh database with {@link #ITEMS} items on the board and one withdrawn item beside them. */
    static String officeWithItems(String hint, Clock clock) throws Exception {
        String name = PostgresServer.freshMigratedDatabase(hint);
        try (Database database = Database.openServer(
                ServerAddress.parse(PostgresServer.address(name)).orElseThrow(), null, false)) {
            Stores stores = Stores.over(database, clock);
            Unit water = stores.units().add("县水利局", UnitKind.COUNTY_DEPARTMENT);
            Unit town = stores.units().add("青石镇", UnitKind.TOWNSHIP);
            for (int i = 0; i <= ITEMS; i++) {
                Item item = stores.items().create(new ItemDraft("事项" + i, "", Source.OTHER, Category.ROUTINE,
                        water.id(), i % 3 == 0 ? List.of(town.id()) : List.of(), "张三", null,
                        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
                if (i == ITEMS) {
                    stores.items().withdraw(item.id(), item.version(), "重复登记");
                }
            }
        }
        return name;
    }

    @Test
    @Timeout(300)
    void eightClientsMovingAndEditingTheSameItemsLoseNothing() throws Exception {
        Clock clock = TestClock.startingToday();
        String name = officeWithItems("concurrency", clock);
        List<BoardClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(new BoardClient(ServerAddress.parse(PostgresServer.address(name)).orElseThrow(), "c" + i,
                    1000 + i, clock));
        }
        double seconds = BoardClient.runTogether(clients, WRITES_EACH);
        int conflicts = clients.stream().mapToInt(client -> client.conflicts).sum();
        System.out.printf("concurrency: %d writes by %d clients in %.1f s (%.0f writes/s), %d conflicts retried%n",
                CLIENTS * WRITES_EACH, CLIENTS, seconds, CLIENTS * WRITES_EACH / seconds, conflicts);

        for (BoardClient client : clients) {
            assertThat(client.acknowledged).hasSize(WRITES_EACH);
            assertThat(client.unknown).isEmpty();
        }
        List<Item> board = clients.get(0).board();
        assertThat(board).hasSize(ITEMS);
        int events;
        try (var connection = PostgresServer.connect(name)) {
            events = WriteAudit.check(connection, clients, board);
        }
        // 51 creations, the withdrawal, and one event per acknowledged write
        assertThat(events).isEqualTo(ITEMS + 2 + CLIENTS * WRITES_EACH);
        clients.forEach(BoardClient::close);
        PostgresServer.executeAsSuperuser("DROP DATABASE " + name + " WITH (FORCE)");
    }
}
