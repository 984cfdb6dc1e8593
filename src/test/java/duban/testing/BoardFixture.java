package duban.testing;

import duban.domain.Closing;
import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.store.Database;
import duban.store.DatabaseOpenException;
import duban.store.ItemStore;
import duban.store.UnitStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small board written to a real file before the application opens it, and plain-JDBC reads of
 * that file for the assertions (never through the application's own store).
 *
 * <pre>
 * 交办: A1 A2 A3    办理中: P1 P2    待反馈: (empty)    办结销号: C1
 * </pre>
 */
public final class BoardFixture {

    /** The fixture's file, or {@code null} when it lies on the test server ({@link #createOnServer}). */
    public final Path file;
    /** The fixture's database on the test server ({@link PostgresServer}), or {@code null} on a file. */
    public final String serverDatabase;
    public final Map<String, Long> ids = new LinkedHashMap<>();
    /** The clock the fixture was written with, and the one {@link RunningBoard} starts the application on. */
    public final Clock clock = TestClock.startingToday();
    /** The fixture's today ({@link TestClock#TODAY}): every deadline is counted from it. */
    public final LocalDate today = LocalDate.now(clock);

    private BoardFixture(Path file, String serverDatabase) {
        this.file = file;
        this.serverDatabase = serverDatabase;
    }

    /** The same small board in a fresh database on the test's PostgreSQL server. */
    public static BoardFixture createOnServer(String hint) throws DatabaseOpenException {
        return createOnServer(hint, 0);
    }

    /** The small board plus {@code extraInProgress} cards (X1, X2 …) in a fresh database on the test server. */
    public static BoardFixture createOnServer(String hint, int extraInProgress) throws DatabaseOpenException {
        String name = PostgresServer.freshMigratedDatabase(hint);
        BoardFixture fixture = new BoardFixture(null, name);
        try (Database database = Database.openServer(
                duban.store.ServerAddress.parse(PostgresServer.address(name)).orElseThrow(), null, false)) {
            fixture.write(database, extraInProgress);
        }
        return fixture;
    }

    /** What {@code --db} names: the file's path or the server's address. */
    public String location() {
        return serverDatabase != null ? PostgresServer.address(serverDatabase) : file.toString();
    }

    public static BoardFixture create(Path file) throws DatabaseOpenException {
        return create(file, 0);
    }

    /** The small board plus {@code extraInProgress} more cards at the bottom of 办理中 (keys X1, X2 …). */
    public static BoardFixture create(Path file, int extraInProgress) throws DatabaseOpenException {
        BoardFixture fixture = new BoardFixture(file, null);
        try (Database database = Database.open(file)) {
            fixture.write(database, extraInProgress);
        }
        return fixture;
    }

    /** Writes the small board (and {@code extraInProgress} more cards) through the application's stores. */
    private void write(Database database, int extraInProgress) {
        ItemStore items = new ItemStore(database.dsl(), clock);
        UnitStore units = new UnitStore(database.dsl());
        Unit finance = units.add("县财政局", UnitKind.COUNTY_DEPARTMENT);
        Unit housing = units.add("县住房和城乡建设局", UnitKind.COUNTY_DEPARTMENT);
        add(items, "A1", "城东片区征迁安置房建设资金拨付", finance, today.plusDays(20), Status.ASSIGNED);
        add(items, "A2", "老旧小区改造项目开工", housing, today.plusDays(2), Status.ASSIGNED);
        add(items, "A3", "全县学校食堂明厨亮灶改造", finance, today.minusDays(3), Status.ASSIGNED);
        add(items, "P1", "县城区供水管网改造", housing, today.plusDays(30), Status.IN_PROGRESS);
        add(items, "P2", "农村公路养护资金下达", finance, today.plusDays(9), Status.IN_PROGRESS);
        Item c1 = add(items, "C1", "破损路面修补", housing, today.minusDays(1), Status.AWAITING_FEEDBACK);
        items.move(c1.id(), c1.version(), Status.CLOSED, 1024, new Closing(today.minusDays(2), "已修补完成"), null);
        for (int i = 1; i <= extraInProgress; i++) {
            add(items, "X" + i, "乡镇便民服务中心标准化建设第" + i + "批", finance, today.plusDays(40 + i),
                    Status.IN_PROGRESS);
        }
    }

    private Item add(ItemStore items, String key, String title, Unit unit, LocalDate deadline, Status status) {
        Item item = items.create(new ItemDraft(key + " " + title, "", Source.LEADER_INSTRUCTION, Category.ROUTINE,
                unit.id(), List.of(), "王建国", null, today.minusDays(10), deadline));
        if (status != Status.ASSIGNED) {
            item = items.move(item.id(), item.version(), status, 1024.0 * (ids.size() + 1), null, null);
        }
        ids.put(key, item.id());
        return item;
    }

    public long id(String key) {
        return ids.get(key);
    }

    public String key(long id) {
        return ids.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst()
                .orElse("#" + id);
    }

    /** The keys of the column's items in position order, read from the file. */
    public List<String> column(Status status) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id FROM item WHERE NOT withdrawn AND status = ? ORDER BY position, id")) {
            query.setString(1, status.name());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(key(rows.getLong(1)));
                }
            }
        }
        return keys;
    }

    /** One column value of an item, read from the file. */
    public String value(String key, String column) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("SELECT " + column + " FROM item WHERE id = ?")) {
            query.setLong(1, id(key));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** The item's events as "KIND FROM->TO note", oldest first. */
    public List<String> events(String key) throws SQLException {
        List<String> events = new ArrayList<>();
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT kind, from_status, to_status, note FROM item_event WHERE item_id = ? ORDER BY id")) {
            query.setLong(1, id(key));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1) + " " + rows.getString(2) + "->" + rows.getString(3)
                            + (rows.getString(4) == null ? "" : " " + rows.getString(4)));
                }
            }
        }
        return events;
    }

    /** Runs a write behind the application's back, as another instance would. */
    public void execute(String sql, Object... args) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }

    private Connection connect() throws SQLException {
        if (serverDatabase != null) {
            return PostgresServer.connect(serverDatabase);
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (var statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
        }
        return connection;
    }
}
