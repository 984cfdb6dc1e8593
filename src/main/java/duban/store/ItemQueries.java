package duban.store;

import static duban.store.generated.Tables.ATTACHMENT;
import static duban.store.generated.Tables.EXTENSION;
import static duban.store.generated.Tables.ITEM;
import static duban.store.generated.Tables.ITEM_ASSIST_UNIT;
import static duban.store.generated.Tables.PROGRESS_REPORT;
import static duban.store.generated.Tables.RECURRENCE_SERIES;
import static duban.store.generated.Tables.REMINDER;

import duban.domain.Item;
import duban.domain.ItemActivity;
import duban.domain.ItemLinks;
import duban.domain.Status;
import duban.domain.attachments.AttachmentKind;
import duban.domain.ReminderLevel;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.store.generated.tables.records.ItemRecord;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.CloseableQuery;
import org.jooq.Condition;
import org.jooq.Configuration;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Records;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The nine queries that read items with their units, assisting units, activity (reports,
 * reminders, extensions) and links (children, series, attachments) for one condition, and the
 * items they make. Built per call for the board and the ledger, whose item rows on a file are
 * taken from the result set ({@link #fetchItemRows}); built once per connection and kept
 * prepared for reading one item by id ({@link #forOneItem}), which every write does twice.
 */
final class ItemQueries {

    /** The name of the item id parameter of {@link #forOneItem}. */
    static final String ITEM_ID = "itemId";

    /** The items' order: by column, then position. */
    private static final List<OrderField<?>> COLUMN_ORDER = List.of(ITEM.STATUS, ITEM.POSITION, ITEM.ID);

    /** The columns {@link #fetchItemRows} reads, in this order. */
    private static final List<Field<?>> ITEM_ROW = List.of(ITEM.ID, ITEM.TITLE, ITEM.DETAILS, ITEM.STATUS,
            ITEM.POSITION, ITEM.SOURCE, ITEM.CATEGORY, ITEM.LEAD_UNIT_ID, ITEM.OWNER, ITEM.LEADER, ITEM.ASSIGNED_ON,
            ITEM.DEADLINE, ITEM.CLOSED_ON, ITEM.CLOSING_NOTE, ITEM.WITHDRAWN, ITEM.WITHDRAWN_REASON, ITEM.CREATED_AT,
            ITEM.UPDATED_AT, ITEM.VERSION, ITEM.WORKING_DEADLINE, ITEM.ASSESSED_DEADLINE, ITEM.RETURN_COUNT,
            ITEM.PARENT_ID, ITEM.SERIES_ID);

    private final ResultQuery<Record4<Long, String, UnitKind, Integer>> units;
    private final ResultQuery<Record2<Long, Long>> assists;
    private final ResultQuery<Record3<Long, Integer, LocalDate>> reports;
    private final ResultQuery<Record2<Long, ReminderLevel>> reminders;
    private final ResultQuery<Record2<Long, Integer>> extensions;
    private final ResultQuery<Record3<Long, Integer, Integer>> children;
    private final ResultQuery<Record3<Long, String, LocalDate>> series;
    private final ResultQuery<Record3<Long, Integer, Integer>> attachments;
    /** The items as jOOQ's records, when {@link #itemRows} is null. */
    private final ResultQuery<ItemRecord> items;
    /**
     * The items column by column, for {@link #fetchItemRows}: a read of many items on a file.
     * Null for one item (kept prepared, read through jOOQ) and on a server, where text is not read
     * as bytes (pgjdbc's {@code getBytes} is for {@code bytea}) and the read was not measured.
     */
    private final ResultQuery<Record> itemRows;
    /** The same queries as kept by {@link #forOneItem}, to close; empty otherwise. */
    private final List<CloseableQuery> kept = new ArrayList<>();

    /**
     * @param oneItem whether {@code condition} picks one item by id (then each query starts from
     *     that item), rather than a set of items such as the board's
     */
    private ItemQueries(DSLContext dsl, Condition condition, boolean oneItem) {
        units = UnitStore.inDisplayOrder(dsl);
        assists = dsl.select(ITEM_ASSIST_UNIT.ITEM_ID, ITEM_ASSIST_UNIT.UNIT_ID)
                .from(ITEM_ASSIST_UNIT)
                .join(ITEM).on(ITEM.ID.eq(ITEM_ASSIST_UNIT.ITEM_ID))
                .where(condition);
        reports = dsl.select(PROGRESS_REPORT.ITEM_ID, DSL.count(), DSL.max(PROGRESS_REPORT.REPORTED_ON))
                .from(PROGRESS_REPORT).join(ITEM).on(ITEM.ID.eq(PROGRESS_REPORT.ITEM_ID))
                .where(condition)
                .groupBy(PROGRESS_REPORT.ITEM_ID);
        // Oldest first, so the last one seen per item is its latest.
        reminders = dsl.select(REMINDER.ITEM_ID, REMINDER.LEVEL)
                .from(REMINDER).join(ITEM).on(ITEM.ID.eq(REMINDER.ITEM_ID))
                .where(condition)
                .orderBy(REMINDER.REMINDED_ON, REMINDER.ID);
        extensions = dsl.select(EXTENSION.ITEM_ID, DSL.count())
                .from(EXTENSION).join(ITEM).on(ITEM.ID.eq(EXTENSION.ITEM_ID))
                .where(condition)
                .groupBy(EXTENSION.ITEM_ID);
        var child = ITEM.as("child");
        children = dsl.select(child.PARENT_ID, DSL.count(),
                        DSL.count().filterWhere(child.STATUS.eq(Status.CLOSED)))
                .from(child).join(ITEM).on(ITEM.ID.eq(child.PARENT_ID))
                // "NOT withdrawn" rather than "withdrawn = 0": SQLite, which keeps no statistics
                // here, would otherwise read every card through the board's index (withdrawn,
                // status, position) to find the few that have a parent (0.33 s at 100,000 items).
                // So the children are found through item_parent: per parent for the board
                // (0.02 s), among those that have a parent at all for every item (the ledger).
                .where(condition).and(child.PARENT_ID.isNotNull()).and(DSL.not(DSL.condition(child.WITHDRAWN)))
                .groupBy(child.PARENT_ID);
        // For a set of items, from the few series to their items (a CROSS JOIN keeps that order in
        // SQLite) rather than through every item to find the recurring ones (0.15 s at 100,000).
        var seriesColumns = dsl.select(ITEM.ID, RECURRENCE_SERIES.RULE, RECURRENCE_SERIES.ENDED_ON);
        series = oneItem
                ? seriesColumns.from(ITEM).join(RECURRENCE_SERIES).on(RECURRENCE_SERIES.ID.eq(ITEM.SERIES_ID))
                        .where(condition)
                : seriesColumns.from(RECURRENCE_SERIES).crossJoin(ITEM)
                        .where(ITEM.SERIES_ID.eq(RECURRENCE_SERIES.ID)).and(condition);
        attachments = dsl.select(ATTACHMENT.ITEM_ID, DSL.count(),
                        DSL.count().filterWhere(ATTACHMENT.KIND.eq(AttachmentKind.EVIDENCE)))
                .from(ATTACHMENT).join(ITEM).on(ITEM.ID.eq(ATTACHMENT.ITEM_ID))
                .where(condition).and(ATTACHMENT.REMOVED_AT.isNull())
                .groupBy(ATTACHMENT.ITEM_ID);
        boolean rowsFromResultSet = !oneItem && dsl.dialect().family() == SQLDialect.SQLITE;
        items = rowsFromResultSet ? null : dsl.selectFrom(ITEM).where(condition).orderBy(COLUMN_ORDER);
        itemRows = rowsFromResultSet ? dsl.select(ITEM_ROW).from(ITEM).where(condition).orderBy(COLUMN_ORDER) : null;
    }

    /** The queries for the items matching {@code condition}, to run once. */
    static ItemQueries where(DSLContext dsl, Condition condition) {
        return new ItemQueries(dsl, condition, false);
    }

    /**
     * The queries for one item, its id the parameter {@link #ITEM_ID}, kept prepared when
     * {@code keep} (see {@link KeptQueries}, which decides): each run binds the id and reuses the
     * statements, without rendering the SQL again.
     */
    static ItemQueries forOneItem(DSLContext dsl, boolean keep) {
        ItemQueries queries = new ItemQueries(dsl, ITEM.ID.eq(DSL.param(ITEM_ID, Long.class)), true);
        for (ResultQuery<?> query : queries.all()) {
            queries.kept.add(query.keepStatement(keep));
        }
        return queries;
    }

    /** Runs the kept queries of {@link #forOneItem} for one id, through {@code configuration}. */
    List<Item> fetchOne(Configuration configuration, long itemId) {
        for (ResultQuery<?> query : all()) {
            query.attach(configuration);
        }
        for (ResultQuery<?> query : List.of(assists, reports, reminders, extensions, children, series, attachments,
                items)) {
            query.bind(ITEM_ID, itemId);
        }
        return fetch();
    }

    /** Runs the queries and makes the items, in column and position order. */
    List<Item> fetch() {
        Map<Long, Unit> unitsById = new HashMap<>();
        for (Unit unit : units.fetch(Records.mapping(Unit::new))) {
            unitsById.put(unit.id(), unit);
        }
        Map<Long, List<Unit>> assistUnits = new LinkedHashMap<>();
        assists.forEach(row -> assistUnits.computeIfAbsent(row.value1(), id -> new ArrayList<>())
                .add(unitsById.get(row.value2())));
        assistUnits.values().forEach(list ->
                list.sort(Comparator.comparingInt(Unit::sortOrder).thenComparingLong(Unit::id)));
        Map<Long, ItemActivity> activities = activities();
        Map<Long, ItemLinks> links = links();
        if (itemRows != null) {
            return fetchItemRows(unitsById, assistUnits, activities, links);
        }
        return items.fetch(row -> toItem(row, unitsById, assistUnits.getOrDefault(row.getId(), List.of()),
                activities.getOrDefault(row.getId(), ItemActivity.NONE),
                linksOf(row.getParentId(), row.getSeriesId(), links.getOrDefault(row.getId(), ItemLinks.NONE))));
    }

    /**
     * The items of {@link #itemRows}, read from the driver's result set rather than through
     * jOOQ's records (a record per row, each value fetched through its field's binding): a read
     * of the board's 100,000 items took 1.64–1.70 s instead of 2.03–2.07 s in a fresh JVM, and
     * 1.21 s instead of 1.67 s once warm. Text is read as the file's UTF-8 bytes, a quarter
     * faster than the driver's {@code getString}, which goes through a direct buffer per value.
     * The values go through the generated fields' own converters, so that they are those jOOQ
     * gives; {@code ItemQueriesTest} holds the two reads equal.
     */
    private List<Item> fetchItemRows(Map<Long, Unit> units, Map<Long, List<Unit>> assistUnits,
                                     Map<Long, ItemActivity> activities, Map<Long, ItemLinks> links) {
        List<Item> read = new ArrayList<>();
        try (ResultSet rows = itemRows.fetchResultSet()) {
            while (rows.next()) {
                // In the order of ITEM_ROW.
                long id = rows.getLong(1);
                Long leadUnitId = rows.getLong(8);
                Long parentId = nullableLong(rows, 23);
                Long seriesId = nullableLong(rows, 24);
                read.add(new Item(id, text(rows, 2), text(rows, 3), converted(ITEM.STATUS, text(rows, 4)),
                        rows.getDouble(5), converted(ITEM.SOURCE, text(rows, 6)),
                        converted(ITEM.CATEGORY, text(rows, 7)), units.get(leadUnitId),
                        assistUnits.getOrDefault(id, List.of()), text(rows, 9), text(rows, 10),
                        converted(ITEM.ASSIGNED_ON, text(rows, 11)), converted(ITEM.DEADLINE, text(rows, 12)),
                        converted(ITEM.CLOSED_ON, text(rows, 13)), text(rows, 14), rows.getBoolean(15),
                        text(rows, 16), converted(ITEM.CREATED_AT, text(rows, 17)),
                        converted(ITEM.UPDATED_AT, text(rows, 18)), rows.getInt(19),
                        converted(ITEM.WORKING_DEADLINE, text(rows, 20)),
                        converted(ITEM.ASSESSED_DEADLINE, text(rows, 21)), rows.getInt(22),
                        activities.getOrDefault(id, ItemActivity.NONE),
                        linksOf(parentId, seriesId, links.getOrDefault(id, ItemLinks.NONE))));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading the items failed: " + e.getMessage(), e);
        }
        return read;
    }

    /** The text in {@code column}, null for NULL (the driver gives no bytes for empty text). */
    private static String text(ResultSet rows, int column) throws SQLException {
        byte[] bytes = rows.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    /** {@code text} as {@code field}'s converter makes it (its database type is text). */
    @SuppressWarnings("unchecked")
    private static <U> U converted(Field<U> field, String text) {
        return text == null ? null : ((Converter<String, U>) field.getConverter()).from(text);
    }

    /** Closes the statements kept by {@link #forOneItem}; the next run prepares them again. */
    void close() {
        for (CloseableQuery query : kept) {
            query.close();
        }
    }

    private List<ResultQuery<?>> all() {
        return List.of(units, assists, reports, reminders, extensions, children, series, attachments, items);
    }

    /** Children, series and attachments of the items that have any (the parent id is added per row). */
    private Map<Long, ItemLinks> links() {
        Map<Long, ItemLinks> links = new HashMap<>();
        children.forEach(row -> links.merge(row.value1(),
                new ItemLinks(null, row.value2(), row.value3(), null, null, false, 0, 0), ItemQueries::merged));
        series.forEach(row -> links.merge(row.value1(),
                new ItemLinks(null, 0, 0, null, row.value2(), row.value3() != null, 0, 0), ItemQueries::merged));
        attachments.forEach(row -> links.merge(row.value1(),
                new ItemLinks(null, 0, 0, null, null, false, row.value2(), row.value3()), ItemQueries::merged));
        return links;
    }

    private static ItemLinks merged(ItemLinks a, ItemLinks b) {
        return new ItemLinks(null, a.childCount() + b.childCount(), a.closedChildCount() + b.closedChildCount(), null,
                a.recurrenceRule() != null ? a.recurrenceRule() : b.recurrenceRule(), a.seriesEnded() || b.seriesEnded(),
                a.attachmentCount() + b.attachmentCount(), a.evidenceCount() + b.evidenceCount());
    }

    private static ItemLinks linksOf(Long parentId, Long seriesId, ItemLinks counted) {
        if (parentId == null && seriesId == null && counted.equals(ItemLinks.NONE)) {
            return ItemLinks.NONE;
        }
        return new ItemLinks(parentId, counted.childCount(), counted.closedChildCount(), seriesId,
                counted.recurrenceRule(), counted.seriesEnded(), counted.attachmentCount(), counted.evidenceCount());
    }

    private Map<Long, ItemActivity> activities() {
        Map<Long, Integer> reportCounts = new HashMap<>();
        Map<Long, LocalDate> lastReports = new HashMap<>();
        reports.forEach(row -> {
            reportCounts.put(row.value1(), row.value2());
            lastReports.put(row.value1(), row.value3());
        });
        Map<Long, Integer> reminderCounts = new HashMap<>();
        Map<Long, ReminderLevel> lastLevels = new HashMap<>();
        reminders.forEach(row -> {
            reminderCounts.merge(row.value1(), 1, Integer::sum);
            lastLevels.put(row.value1(), row.value2());
        });
        Map<Long, Integer> extensionCounts = new HashMap<>();
        extensions.forEach(row -> extensionCounts.put(row.value1(), row.value2()));

        Map<Long, ItemActivity> activities = new HashMap<>();
        Set<Long> ids = new HashSet<>(reportCounts.keySet());
        ids.addAll(reminderCounts.keySet());
        ids.addAll(extensionCounts.keySet());
        for (Long id : ids) {
            activities.put(id, new ItemActivity(reportCounts.getOrDefault(id, 0), lastReports.get(id),
                    reminderCounts.getOrDefault(id, 0), lastLevels.get(id), extensionCounts.getOrDefault(id, 0)));
        }
        return activities;
    }

    private static Item toItem(ItemRecord row, Map<Long, Unit> units, List<Unit> assistUnits, ItemActivity activity,
                               ItemLinks links) {
        return new Item(row.getId(), row.getTitle(), row.getDetails(), row.getStatus(), row.getPosition(),
                row.getSource(), row.getCategory(), units.get(row.getLeadUnitId()), assistUnits,
                row.getOwner(), row.getLeader(), row.getAssignedOn(), row.getDeadline(), row.getClosedOn(),
                row.getClosingNote(), row.getWithdrawn(), row.getWithdrawnReason(), row.getCreatedAt(),
                row.getUpdatedAt(), row.getVersion(), row.getWorkingDeadline(), row.getAssessedDeadline(),
                row.getReturnCount(), activity, links);
    }
}
