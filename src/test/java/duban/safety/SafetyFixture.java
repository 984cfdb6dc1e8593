package duban.safety;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.UnitStore;
import duban.testing.TestClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** Shared set-up for the safety tests: items in a real file, and plain read-only looks at a file. */
final class SafetyFixture {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private SafetyFixture() {
    }

    /** Adds one unit and {@code count} items named 事项 1..n, assigned on {@link TestClock#TODAY}; returns them. */
    static List<Item> seed(Database database, int count) {
        Clock clock = TestClock.startingToday(ZONE);
        Unit unit = new UnitStore(database.dsl()).add("县水利局" + System.nanoTime(), UnitKind.COUNTY_DEPARTMENT);
        ItemStore items = new ItemStore(database.dsl(), clock);
        List<Item> created = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int i = 1; i <= count; i++) {
            created.add(items.create(new ItemDraft("事项 " + i, "说明", Source.LEADER_INSTRUCTION, Category.ROUTINE,
                    unit.id(), List.of(), "周建平", null, today, today.plusDays(30))));
        }
        return created;
    }

    /** The first column of the first row of {@code sql}, read through a read-only connection. */
    static String queryReadOnly(Path file, String sql) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
