package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.testing.PostgresServer;
import duban.testing.TestClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The change feed over LISTEN/NOTIFY: other connections' commits arrive, its own and rollbacks do not, a loss heals. */
class ChangeFeedTest {

    private static String name;
    private static ServerAddress address;

    private final BlockingQueue<Object> heard = new LinkedBlockingQueue<>();
    private Database board;
    private Database otherPc;
    private ChangeFeed feed;

    /** What the listener heard, in order: Changes, or Offline/Online. */
    private record Offline(Instant since) {
    }

    private record Online(Instant at) {
    }

    @BeforeAll
    static void database() {
        name = PostgresServer.freshMigratedDatabase("change_feed");
        address = ServerAddress.parse(PostgresServer.address(name)).orElseThrow();
    }

    @BeforeEach
    void openTwoPcsAndListenOnTheFirst() throws Exception {
        board = Database.openServer(address, null, false);
        otherPc = Database.openServer(address, null, false);
        feed = ChangeFeed.start(board, new ChangeFeed.Listener() {
            @Override
            public void changed(ChangeFeed.Changes changes) {
                heard.add(changes);
            }

            @Override
            public void offline(Instant since) {
                heard.add(new Offline(since));
            }

            @Override
            public void online(Instant at) {
                heard.add(new Online(at));
            }
        });
        awaitListening();
        Object first = heard.poll(5, TimeUnit.SECONDS);
        assertThat(first).as("the first listen asks for one full read: what was committed between the board's"
                + " first read and the LISTEN was announced to nobody").isInstanceOfSatisfying(ChangeFeed.Changes.class,
                changes -> assertThat(changes.missedWhileOffline()).isTrue());
        heard.clear();
    }

    @AfterEach
    void close() {
        feed.close();
        board.close();
        otherPc.close();
    }

    private void awaitListening() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!feed.listening() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(feed.listening()).as("the feed listens").isTrue();
    }

    private static ItemDraft draft(Unit lead, String title) {
        return new ItemDraft(title, "", Source.OTHER, Category.KEY, lead.id(), List.of(), "张三", null,
                LocalDate.of(2026, 11, 18), LocalDate.of(2026, 12, 18));
    }

    private static Unit unit(Stores stores, String name) {
        return stores.units().all().stream().filter(unit -> unit.name().equals(name)).findFirst()
                .orElseGet(() -> stores.units().add(name, UnitKind.COUNTY_DEPARTMENT));
    }

    @Test
    void anotherConnectionsCommitReachesTheListenerWithinASecondAsOneBurst() throws Exception {
        Stores other = Stores.over(otherPc, TestClock.startingToday());
        Unit water = unit(other, "县水利局");
        heard.poll(1, TimeUnit.SECONDS); // the unit's own announcement, if any
        heard.clear();

        long committed = System.nanoTime();
        Item created = other.items().create(draft(water, "另一台电脑登记"));
        Object first = heard.poll(1, TimeUnit.SECONDS);
        long arrivedAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - committed);

        assertThat(first).as("heard within a second (took %d ms)", arrivedAfterMillis)
                .isInstanceOf(ChangeFeed.Changes.class);
        ChangeFeed.Changes changes = (ChangeFeed.Changes) first;
        assertThat(changes.items()).extracting(ChangeFeed.ItemChange::itemId).containsOnly(created.id());
        assertThat(changes.items()).extracting(ChangeFeed.ItemChange::kind).contains("CREATE");
        assertThat(changes.tables()).contains("item");
        assertThat(changes.missedWhileOffline()).isFalse();
        assertThat(heard.poll(400, TimeUnit.MILLISECONDS)).as("the statements of one commit come as one burst").isNull();
    }

    @Test
    void aRollbackAnnouncesNothing() throws Exception {
        Stores other = Stores.over(otherPc, TestClock.startingToday());
        Unit water = unit(other, "县水利局");
        heard.poll(1, TimeUnit.SECONDS);
        heard.clear();

        assertThatThrownBy(() -> otherPc.dsl().transaction(tx -> {
            tx.dsl().execute("UPDATE unit SET name = name WHERE id = " + water.id());
            throw new IllegalStateException("the user cancelled");
        })).hasMessageContaining("cancelled");

        assertThat(heard.poll(1, TimeUnit.SECONDS)).as("nothing committed, nothing announced").isNull();
    }

    @Test
    void theBoardsOwnWritesAreNotAnnouncedToIt() throws Exception {
        Stores own = Stores.over(board, TestClock.startingToday());
        Unit water = unit(own, "县水利局");
        Item item = own.items().create(draft(water, "本机登记"));
        own.items().moveBetween(item.id(), item.version(), Status.IN_PROGRESS, null, null, null, "");

        assertThat(heard.poll(1, TimeUnit.SECONDS)).as("the board shows its own writes already").isNull();
    }

    @Test
    void aLostListenerReportsOfflineThenOnlineAndAsksForOneFullRead() throws Exception {
        PostgresServer.executeAsSuperuser(name, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND query LIKE 'LISTEN%'");

        Object first = heard.poll(5, TimeUnit.SECONDS);
        assertThat(first).isInstanceOf(Offline.class);
        Object second = heard.poll(5, TimeUnit.SECONDS);
        assertThat(second).as("listening again after about a second").isInstanceOf(Online.class);
        assertThat(Duration.between(((Offline) first).since(), ((Online) second).at()))
                .isBetween(Duration.ofMillis(900), Duration.ofSeconds(3));
        Object third = heard.poll(1, TimeUnit.SECONDS);
        assertThat(third).isInstanceOfSatisfying(ChangeFeed.Changes.class,
                changes -> assertThat(changes.missedWhileOffline()).isTrue());
        assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).as("one full read, not more").isNull();

        // and it hears the others again
        Stores other = Stores.over(otherPc, TestClock.startingToday());
        other.items().create(draft(unit(other, "县交通局"), "重连后登记"));
        assertThat(heard.poll(1, TimeUnit.SECONDS)).isInstanceOf(ChangeFeed.Changes.class);
    }

    @Test
    void theBoardsConnectionMadeAgainIsStillRecognisedAsItsOwn() throws Exception {
        int before = board.serverConnection().backendPid();
        try (Connection admin = PostgresServer.connect(name); Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(" + before + ")");
        }
        Stores own = Stores.over(board, TestClock.startingToday());
        assertThatThrownBy(() -> own.units().add("县教育局", UnitKind.COUNTY_DEPARTMENT))
                .as("the write on the lost connection fails");
        own.units().add("县教育局", UnitKind.COUNTY_DEPARTMENT); // made again
        assertThat(board.serverConnection().backendPid()).isNotEqualTo(before);
        try (Connection admin = PostgresServer.connect(name); Statement statement = admin.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM unit WHERE name = '县教育局'")) {
            count.next();
            assertThat(count.getInt(1)).as("the failed write left nothing, the retry one row").isEqualTo(1);
        }
        assertThat(heard.poll(1, TimeUnit.SECONDS)).as("its own write after reconnecting").isNull();
    }
}
