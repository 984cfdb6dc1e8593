package duban.bench;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemActivity;
import duban.domain.Positions;
import duban.domain.ReminderLevel;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.EventChain;
import duban.store.Database;
import duban.store.ItemStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * A child JVM of measure 3: {@code StoreProbe FILE WARMUP SAMPLES} moves cards between 交办 and
 * 办理中 alternately through {@link ItemStore#moveBetween} and through the same statements in
 * plain JDBC with prepared statements made once, on the same connection, and reports both.
 */
public final class StoreProbe {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
    private final Clock clock = Clock.systemDefaultZone();
    private final Map<Status, List<Long>> columns = new EnumMap<>(Status.class);
    private final Map<Long, Integer> versions = new HashMap<>();

    private StoreProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int samples = Integer.parseInt(args[2]);
        boolean synchronousModes = args.length > 3 && args[3].equals("sync");
        try (Database database = Database.open(file)) {
            if (synchronousModes) {
                new StoreProbe().runSynchronousModes(database.dsl(), warmup, samples);
            } else {
                new StoreProbe().run(database.dsl(), warmup, samples);
            }
        }
        ProbeExit.now();
    }

    /** The store over the board's items, with the two columns the moves go between. */
    private ItemStore loadColumns(DSLContext dsl) {
        ItemStore store = new ItemStore(dsl, clock);
        for (Status status : List.of(Status.ASSIGNED, Status.IN_PROGRESS)) {
            columns.put(status, new ArrayList<>());
        }
        for (Item item : store.loadBoard()) {
            versions.put(item.id(), item.version());
            if (columns.containsKey(item.status())) {
                columns.get(item.status()).add(item.id());
            }
        }
        return store;
    }

    /**
     * {@code StoreProbe FILE WARMUP SAMPLES sync}: the same move through {@link ItemStore#moveBetween}
     * under {@code synchronous=FULL} and {@code NORMAL} in turn (WAL, as the board opens a local
     * file), on one connection: what syncing the WAL at every commit costs.
     */
    private void runSynchronousModes(DSLContext dsl, int warmup, int samples) throws Exception {
        ItemStore store = loadColumns(dsl);
        for (int i = 0; i < warmup + samples; i++) {
            boolean fullFirst = i % 2 == 0;
            long first = moveSynchronous(dsl, store, fullFirst ? "FULL" : "NORMAL", 2 * i);
            long second = moveSynchronous(dsl, store, fullFirst ? "NORMAL" : "FULL", 2 * i + 1);
            if (i >= warmup) {
                BenchOutput.millis("store.move.full", fullFirst ? first : second);
                BenchOutput.millis("store.move.normal", fullFirst ? second : first);
            }
        }
    }

    private long moveSynchronous(DSLContext dsl, ItemStore store, String synchronous, int turn) throws Exception {
        dsl.execute("PRAGMA synchronous = " + synchronous);
        return move(store, null, turn);
    }

    private void run(DSLContext dsl, int warmup, int samples) throws Exception {
        ItemStore store = loadColumns(dsl);
        Connection connection = dsl.configuration().connectionProvider().acquire();
        Plain plain = new Plain(connection);

        // Once, untimed: how many statements each way runs for one move (they must match).
        List<String> traced = new ArrayList<>();
        DSLContext tracing = dsl.configuration().derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                traced.add(ctx.sql());
            }
        })).dsl();
        move(new ItemStore(tracing, clock), null, 0);
        BenchOutput.sample("store.statements.jooq", traced.size());
        if (Boolean.getBoolean("duban.bench.verbose")) {
            traced.forEach(sql -> System.err.println("jOOQ: " + sql));
        }
        plain.executed = 0;
        move(null, plain, 1);
        BenchOutput.sample("store.statements.jdbc", plain.executed);

        for (int i = 0; i < warmup + samples; i++) {
            // Both orders in turn, so neither way always runs on a warmer cache.
            boolean jooqFirst = i % 2 == 0;
            long first = move(jooqFirst ? store : null, jooqFirst ? null : plain, 2 * i);
            long second = move(jooqFirst ? null : store, jooqFirst ? plain : null, 2 * i + 1);
            if (i >= warmup) {
                BenchOutput.millis("store.move.jooq", jooqFirst ? first : second);
                BenchOutput.millis("store.move.jdbc", jooqFirst ? second : first);
            }
        }
        // The plain moves chained their events as the store does, or the figures compare unlike work.
        EventChain.Verdict verdict = EventChain.verify(duban.store.EventRows.read(connection, 0));
        if (!verdict.intact()) {
            throw new IllegalStateException("the event chain broke: " + verdict);
        }
    }

    /** One move of the top card of one column into the other, between two of its first cards; returns nanos. */
    private long move(ItemStore store, Plain plain, int turn) throws Exception {
        Status from = turn % 2 == 0 ? Status.ASSIGNED : Status.IN_PROGRESS;
        Status to = from == Status.ASSIGNED ? Status.IN_PROGRESS : Status.ASSIGNED;
        List<Long> source = columns.get(from);
        List<Long> target = columns.get(to);
        long id = source.get(0);
        int index = Math.min(target.size(), 1 + (turn / 2) % 7);
        Long previousId = index > 0 ? target.get(index - 1) : null;
        Long nextId = index < target.size() ? target.get(index) : null;
        int version = versions.get(id);
        long start = System.nanoTime();
        Item moved = store != null
                ? store.moveBetween(id, version, to, previousId, nextId, null, null)
                : plain.moveBetween(id, version, to, previousId, nextId);
        long nanos = System.nanoTime() - start;
        if (moved.status() != to || moved.version() != version + 1) {
            throw new IllegalStateException("move did not land: " + moved);
        }
        versions.put(id, moved.version());
        source.remove(0);
        target.add(index, id);
        return nanos;
    }

    /**
     * The statements {@code ItemStore.moveBetween} runs (for a move that neither closes nor
     * reopens), written against JDBC with each statement prepared once: the neighbours'
     * positions, the item read with its units and activity, the checked update, the last event
     * (for the hash chain) and the new, chained event, and the item read again, in one
     * transaction with the same savepoint.
     */
    private final class Plain {
        /** Who the jOOQ store signs a move with on a file without a name in 设置: the computer's account. */
        private static final String OPERATOR = duban.domain.office.OfficeSettings.systemAccount();
        private final Connection connection;
        private final PreparedStatement neighbour;
        private final PreparedStatement nextAbove;
        private final PreparedStatement units;
        private final PreparedStatement assists;
        private final PreparedStatement reports;
        private final PreparedStatement reminders;
        private final PreparedStatement extensions;
        private final PreparedStatement children;
        private final PreparedStatement series;
        private final PreparedStatement attachments;
        private final PreparedStatement item;
        private final PreparedStatement update;
        private final PreparedStatement lastEvent;
        private final PreparedStatement event;
        private final PreparedStatement previousBelow;
        private final PreparedStatement lastInColumn;
        private final PreparedStatement columnIds;
        private final PreparedStatement spread;
        int executed;

        Plain(Connection connection) throws SQLException {
            this.connection = connection;
            neighbour = connection.prepareStatement(
                    "select position from item where id = ? and status = ? and withdrawn = 0");
            nextAbove = connection.prepareStatement("select min(position) from item"
                    + " where status = ? and withdrawn = 0 and position > ? and id <> ?");
            previousBelow = connection.prepareStatement("select max(position) from item"
                    + " where status = ? and withdrawn = 0 and position < ? and id <> ?");
            lastInColumn = connection.prepareStatement("select max(position) from item"
                    + " where status = ? and withdrawn = 0 and id <> ?");
            units = connection.prepareStatement("select id, name, kind, sort_order from unit order by sort_order, id");
            assists = connection.prepareStatement("select a.item_id, a.unit_id from item_assist_unit a"
                    + " join item on item.id = a.item_id where item.id = ?");
            reports = connection.prepareStatement("select p.item_id, count(*), max(p.reported_on) from progress_report p"
                    + " join item on item.id = p.item_id where item.id = ? group by p.item_id");
            reminders = connection.prepareStatement("select r.item_id, r.level from reminder r"
                    + " join item on item.id = r.item_id where item.id = ? order by r.reminded_on, r.id");
            extensions = connection.prepareStatement("select e.item_id, count(*) from extension e"
                    + " join item on item.id = e.item_id where item.id = ? group by e.item_id");
            // The item's links (schema 7): its sub-items, its 定期督办 series, its attachments.
            children = connection.prepareStatement("select c.parent_id, count(*), count(*) filter (where c.status = 'CLOSED')"
                    + " from item c join item on item.id = c.parent_id where item.id = ? and c.withdrawn = 0"
                    + " group by c.parent_id");
            series = connection.prepareStatement("select item.id, s.rule, s.ended_on from item"
                    + " join recurrence_series s on s.id = item.series_id where item.id = ?");
            attachments = connection.prepareStatement("select a.item_id, count(*), count(*) filter (where a.kind = 'EVIDENCE')"
                    + " from attachment a join item on item.id = a.item_id where item.id = ? and a.removed_at is null"
                    + " group by a.item_id");
            item = connection.prepareStatement("select id, title, details, status, position, source, category,"
                    + " lead_unit_id, owner, leader, assigned_on, deadline, closed_on, closing_note, withdrawn,"
                    + " withdrawn_reason, created_at, updated_at, version, working_deadline, assessed_deadline,"
                    + " return_count, parent_id, series_id from item where id = ? order by status, position, id");
            update = connection.prepareStatement("update item set status = ?, position = ?, closed_on = ?,"
                    + " closing_note = ?, updated_at = ?, version = version + 1 where id = ? and version = ?");
            lastEvent = connection.prepareStatement("select id, hash from item_event order by id desc limit 1");
            event = connection.prepareStatement("insert into item_event (id, item_id, at, kind, from_status, to_status,"
                    + " from_position, to_position, changes, note, operator, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            columnIds = connection.prepareStatement(
                    "select id from item where status = ? and withdrawn = 0 order by position, id");
            spread = connection.prepareStatement("update item set position = ? where id = ?");
        }

        Item moveBetween(long itemId, int expectedVersion, Status to, Long previousId, Long nextId) throws SQLException {
            connection.setAutoCommit(false);
            try {
                double position = positionBetween(to, itemId, previousId, nextId);
                Savepoint savepoint = connection.setSavepoint();
                Item before = find(itemId);
                if (before.version() != expectedVersion) {
                    throw new IllegalStateException("changed elsewhere: " + itemId);
                }
                String at = TIMESTAMP.format(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
                update.setString(1, to.name());
                update.setDouble(2, position);
                setDate(update, 3, before.closedOn());
                update.setString(4, before.closingNote());
                update.setString(5, at);
                update.setLong(6, itemId);
                update.setInt(7, expectedVersion);
                executed++;
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("changed elsewhere: " + itemId);
                }
                long lastId = 0;
                String previousHash = EventChain.GENESIS;
                executed++;
                try (ResultSet rows = lastEvent.executeQuery()) {
                    if (rows.next()) {
                        lastId = rows.getLong(1);
                        previousHash = rows.getString(2);
                    }
                }
                if (previousHash == null) {
                    throw new IllegalStateException("the data set's event log is not sealed");
                }
                long eventId = lastId + 1;
                String hash = EventChain.next(previousHash, new EventChain.Content(eventId, itemId, at, "MOVE",
                        before.status().name(), to.name(), before.position(), position, null, null, OPERATOR));
                event.setLong(1, eventId);
                event.setLong(2, itemId);
                event.setString(3, at);
                event.setString(4, "MOVE");
                event.setString(5, before.status().name());
                event.setString(6, to.name());
                event.setDouble(7, before.position());
                event.setDouble(8, position);
                event.setNull(9, Types.VARCHAR);
                event.setNull(10, Types.VARCHAR);
                event.setString(11, OPERATOR);
                event.setString(12, hash);
                executed++;
                event.executeUpdate();
                Item after = find(itemId);
                connection.releaseSavepoint(savepoint);
                connection.commit();
                return after;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }

        /** As ItemStore.positionBetween: below the previous neighbour and before the card that follows it now. */
        private double positionBetween(Status column, long movingId, Long previousId, Long nextId) throws SQLException {
            Double previous = positionInColumn(column, previousId, movingId);
            Double next = positionInColumn(column, nextId, movingId);
            if (previous == null && next == null) {
                lastInColumn.setString(1, column.name());
                lastInColumn.setLong(2, movingId);
                return Positions.after(single(lastInColumn));
            }
            PreparedStatement adjacent = previous != null ? nextAbove : previousBelow;
            adjacent.setString(1, column.name());
            adjacent.setDouble(2, previous != null ? previous : next);
            adjacent.setLong(3, movingId);
            if (previous != null) {
                next = single(adjacent);
            } else {
                previous = single(adjacent);
            }
            if (previous != null && next != null && Positions.needsRebalance(previous, next)) {
                columnIds.setString(1, column.name());
                List<Long> ids = new ArrayList<>();
                executed++;
                try (ResultSet rows = columnIds.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                for (int i = 0; i < ids.size(); i++) {
                    spread.setDouble(1, Positions.spread(i));
                    spread.setLong(2, ids.get(i));
                    executed++;
                    spread.executeUpdate();
                }
                return positionBetween(column, movingId, previousId, nextId); // the gaps are wide now
            }
            return Positions.between(previous, next);
        }

        private Double positionInColumn(Status column, Long neighbourId, long movingId) throws SQLException {
            if (neighbourId == null || neighbourId == movingId) {
                return null;
            }
            neighbour.setLong(1, neighbourId);
            neighbour.setString(2, column.name());
            return single(neighbour);
        }

        private Double single(PreparedStatement statement) throws SQLException {
            executed++;
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                double value = rows.getDouble(1);
                return rows.wasNull() ? null : value;
            }
        }

        /** The item with its units and activity, as {@code ItemStore.find} builds it. */
        private Item find(long itemId) throws SQLException {
            Map<Long, Unit> unitsById = new LinkedHashMap<>();
            executed++;
            try (ResultSet rows = units.executeQuery()) {
                while (rows.next()) {
                    Unit unit = new Unit(rows.getLong(1), rows.getString(2), UnitKind.valueOf(rows.getString(3)),
                            rows.getInt(4));
                    unitsById.put(unit.id(), unit);
                }
            }
            List<Unit> assistUnits = new ArrayList<>();
            assists.setLong(1, itemId);
            executed++;
            try (ResultSet rows = assists.executeQuery()) {
                while (rows.next()) {
                    assistUnits.add(unitsById.get(rows.getLong(2)));
                }
            }
            assistUnits.sort(java.util.Comparator.comparingInt(Unit::sortOrder).thenComparingLong(Unit::id));
            int reportCount = 0;
            LocalDate lastReport = null;
            reports.setLong(1, itemId);
            executed++;
            try (ResultSet rows = reports.executeQuery()) {
                if (rows.next()) {
                    reportCount = rows.getInt(2);
                    lastReport = date(rows.getString(3));
                }
            }
            int reminderCount = 0;
            ReminderLevel lastLevel = null;
            reminders.setLong(1, itemId);
            executed++;
            try (ResultSet rows = reminders.executeQuery()) {
                while (rows.next()) {
                    reminderCount++;
                    lastLevel = ReminderLevel.valueOf(rows.getString(2));
                }
            }
            int extensionCount = 0;
            extensions.setLong(1, itemId);
            executed++;
            try (ResultSet rows = extensions.executeQuery()) {
                if (rows.next()) {
                    extensionCount = rows.getInt(2);
                }
            }
            ItemActivity activity = reportCount + reminderCount + extensionCount == 0 ? ItemActivity.NONE
                    : new ItemActivity(reportCount, lastReport, reminderCount, lastLevel, extensionCount);
            int childCount = 0;
            int closedChildCount = 0;
            children.setLong(1, itemId);
            executed++;
            try (ResultSet rows = children.executeQuery()) {
                if (rows.next()) {
                    childCount = rows.getInt(2);
                    closedChildCount = rows.getInt(3);
                }
            }
            String rule = null;
            boolean ended = false;
            series.setLong(1, itemId);
            executed++;
            try (ResultSet rows = series.executeQuery()) {
                if (rows.next()) {
                    rule = rows.getString(2);
                    ended = rows.getString(3) != null;
                }
            }
            int attachmentCount = 0;
            int evidenceCount = 0;
            attachments.setLong(1, itemId);
            executed++;
            try (ResultSet rows = attachments.executeQuery()) {
                if (rows.next()) {
                    attachmentCount = rows.getInt(2);
                    evidenceCount = rows.getInt(3);
                }
            }
            item.setLong(1, itemId);
            executed++;
            try (ResultSet row = item.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no item " + itemId);
                }
                return new Item(row.getLong(1), row.getString(2), row.getString(3), Status.valueOf(row.getString(4)),
                        row.getDouble(5), Source.valueOf(row.getString(6)), Category.valueOf(row.getString(7)),
                        unitsById.get(row.getLong(8)), assistUnits, row.getString(9), row.getString(10),
                        date(row.getString(11)), date(row.getString(12)), date(row.getString(13)), row.getString(14),
                        row.getBoolean(15), row.getString(16), timestamp(row.getString(17)),
                        timestamp(row.getString(18)), row.getInt(19), date(row.getString(20)), date(row.getString(21)),
                        row.getInt(22), activity, new duban.domain.ItemLinks(nullableLong(row, 23), childCount,
                        closedChildCount, nullableLong(row, 24), rule, ended, attachmentCount, evidenceCount));
            }
        }

        private Long nullableLong(ResultSet row, int column) throws SQLException {
            long value = row.getLong(column);
            return row.wasNull() ? null : value;
        }

        private void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
            if (date == null) {
                statement.setNull(index, Types.VARCHAR);
            } else {
                statement.setString(index, date.toString());
            }
        }

        private LocalDate date(String text) {
            return text == null ? null : LocalDate.parse(text);
        }

        private OffsetDateTime timestamp(String text) {
            return text == null ? null : OffsetDateTime.parse(text, TIMESTAMP);
        }
    }
}
