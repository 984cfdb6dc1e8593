package duban.store;

import duban.domain.EventChain;
import duban.i18n.Messages;
import duban.store.generated.DefaultSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;

/**
 * Moves an office's data: copies everything one open database holds into another, empty one, a
 * file or a database on a server either way ({@code --copy-to}, 迁移到共享数据库…, 导出为本地文件…,
 * and a server's backups, which are such copies into a new file).
 *
 * <p>What is copied is every table of the jOOQ model, every column, in the order of the model's
 * foreign keys (parents first), so that a table or column a later schema adds is copied without
 * this class naming it. Each row keeps its id: the events keep their ids and hashes, so the hash
 * chain of the history stays intact. Not copied: {@code database_identity}, since each database
 * keeps its own identity (its backups are told apart by it), and Flyway's history, which each
 * database has from its own migration. Values are copied as stored (the text of a timestamp, the
 * codes), never through the domain's types, so that nothing a hash covers can change on the way.
 *
 * <p>The source is read in one read transaction ({@link ReadTransaction}: REPEATABLE READ on a
 * server), so the copy is one consistent moment of it while others go on working. The target is written in one transaction:
 * refused before anything is written when any copied table already has a row, and at the end
 * checked there, before the commit: the row count of every table equals the source's, and the
 * event chain verifies with the same head hash as the source's. Any failure rolls the whole copy
 * back; the target is left empty, and the message says why in Chinese.
 *
 * <p>One step is PostgreSQL's own: the identity sequences of the keys are set past the copied ids
 * ({@link #moveSequencesPastCopiedIds}), or the server's next new row would take id 1 again.
 */
public final class DatabaseCopy {

    /**
     * Bind values per INSERT: rows go in multi-row statements of about this many values, well under
     * SQLite's limit (32,766) and PostgreSQL's (65,535).
     */
    static final int VALUES_PER_STATEMENT = 8_000;
    /** Rows fetched from the source at a time: the copy does not hold a whole table in memory. */
    private static final int FETCH_SIZE = 2_000;
    /** The table each database keeps for itself. */
    static final String IDENTITY_TABLE = "database_identity";

    private DatabaseCopy() {
    }

    /** How many rows of one table were copied. */
    public record Copied(String table, long rows) {
    }

    /**
     * What a copy did, checked in the target before its commit.
     *
     * @param tables   the tables in the order copied, with their rows
     * @param events   the events of the history, whose chain verified in the target
     * @param headHash the chain's head hash, the same in the source and the target
     * @param took     how long the copy took, checks included
     */
    public record Outcome(List<Copied> tables, int events, String headHash, Duration took) {

        /** The rows copied of {@code table}; 0 for a table not copied. */
        public long rows(String table) {
            return tables.stream().filter(copied -> copied.table().equals(table)).mapToLong(Copied::rows).sum();
        }

        /** The rows copied, all tables together. */
        public long totalRows() {
            return tables.stream().mapToLong(Copied::rows).sum();
        }
    }

    /** The copy was refused or failed; the target is unchanged (empty as it was). The message is Chinese. */
    public static final class CopyException extends Exception {

        /** Why: refused before writing, or failed and rolled back. */
        public enum Reason { SAME_DATABASE, TARGET_READ_ONLY, TARGET_NOT_EMPTY, SOURCE_CHAIN_BROKEN, CHECK_FAILED, FAILED }

        private final Reason reason;
        private final String userMessage;

        CopyException(Reason reason, String userMessage, Throwable cause) {
            super(reason + ": " + userMessage, cause);
            this.reason = reason;
            this.userMessage = userMessage;
        }

        public Reason reason() {
            return reason;
        }

        /** What happened and what to do, in Chinese, for a dialog or the command line. */
        public String userMessage() {
            return userMessage;
        }
    }

    /**
     * Copies everything of {@code source} into the empty {@code target} and checks it there (see the
     * class comment). A source whose event chain does not verify is refused: a history that was
     * tampered with is looked into ({@code --verify}) where it is, not carried into a new database.
     *
     * @throws CopyException when refused or failed; the target is then as it was
     */
    public static Outcome copy(Database source, Database target) throws CopyException {
        return copy(source, target, true);
    }

    /**
     * Copies everything of {@code source} into the new database file {@code file}, as {@link #copy}
     * does ({@code faithful}: as {@link #snapshot} does), and leaves it a single file (no -wal
     * beside it), as a backup or an export is handed on. A file that exists already is refused;
     * after a refusal or failure no file is left.
     *
     * @throws CopyException when refused or failed
     */
    public static Outcome intoNewFile(Database source, Path file, boolean faithful) throws CopyException {
        Path path = file.toAbsolutePath().normalize();
        if (Files.exists(path)) {
            throw new CopyException(CopyException.Reason.TARGET_NOT_EMPTY, Messages.get("copy.targetExists", path), null);
        }
        boolean done = false;
        try (Database target = Database.open(path)) {
            Outcome outcome = copy(source, target, !faithful);
            target.withoutKeptStatements(connection -> {
                try (java.sql.Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA journal_mode=DELETE");
                }
            });
            done = true;
            return outcome;
        } catch (DatabaseOpenException e) {
            throw new CopyException(CopyException.Reason.FAILED, Messages.get("copy.cannotOpenTarget", e.where(),
                    e.userMessage()), e);
        } finally {
            if (!done) {
                removeUnfinished(path);
            }
        }
    }

    /** The file {@link #intoNewFile} made and could not fill, with what SQLite left beside it. */
    private static void removeUnfinished(Path file) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                System.getLogger(DatabaseCopy.class.getName())
                        .log(System.Logger.Level.WARNING, "could not remove the unfinished copy " + file + suffix, e);
            }
        }
    }

    /**
     * A faithful copy for a backup: as {@link #copy}, but a source whose chain does not verify is
     * copied as it is (the backup keeps the evidence; the target's chain must then fail alike).
     */
    static Outcome snapshot(Database source, Database target) throws CopyException {
        return copy(source, target, false);
    }

    private static Outcome copy(Database source, Database target, boolean requireIntactSource) throws CopyException {
        if (sameDatabase(source, target)) {
            throw new CopyException(CopyException.Reason.SAME_DATABASE,
                    Messages.get("copy.sameDatabase", source.location()), null);
        }
        if (target.readOnly()) {
            String why = target.readOnlyReason() != null ? target.readOnlyReason() : Messages.get("copy.askedReadOnly");
            throw new CopyException(CopyException.Reason.TARGET_READ_ONLY,
                    Messages.get("copy.targetReadOnly", target.location(), why), null);
        }
        long started = System.nanoTime();
        List<Table<?>> tables = copiedTables();
        try {
            return ReadTransaction.run(source, (from, sourceConnection) -> {
                EventChain.Verdict sourceChain = EventChain.verify(EventRows.read(sourceConnection, 0));
                if (requireIntactSource && !sourceChain.intact() && !sourceChain.neverSealed()) {
                    throw new Refusal(new CopyException(CopyException.Reason.SOURCE_CHAIN_BROKEN,
                            Messages.get("copy.sourceChainBroken", source.location(),
                                    String.valueOf(sourceChain.firstBadEventId())), null));
                }
                Map<String, Long> sourceCounts = new LinkedHashMap<>();
                for (Table<?> table : tables) {
                    sourceCounts.put(table.getName(), (long) from.fetchCount(table));
                }
                List<Copied> copied = target.dsl().transactionResult(tx -> {
                    DSLContext to = tx.dsl();
                    refuseNonEmpty(to, tables, target);
                    List<Copied> rows = new ArrayList<>();
                    for (Table<?> table : tables) {
                        rows.add(new Copied(table.getName(), copyTable(from, to, table)));
                    }
                    if (to.dialect().family() == SQLDialect.POSTGRES) {
                        moveSequencesPastCopiedIds(to, tables);
                    }
                    check(to, tables, sourceCounts, sourceChain);
                    return rows;
                });
                return new Outcome(copied, sourceChain.eventsChecked(), sourceChain.headHash(),
                        Duration.ofNanos(System.nanoTime() - started));
            });
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof Refusal refusal) {
                    throw refusal.refused;
                }
            }
            throw new CopyException(CopyException.Reason.FAILED,
                    Messages.get("copy.failed", StoreFailures.describe(e)), e);
        }
    }

    /** The table's Chinese name (督办事项 for item), or its own name for a table the messages do not know. */
    public static String label(String table) {
        String key = "copy.table." + table;
        return Messages.has(key) ? Messages.get(key) : table;
    }

    /**
     * Every table of the model but the database's own identity, parents before the tables whose
     * foreign keys point at them; tables that do not depend on each other by name.
     */
    static List<Table<?>> copiedTables() {
        List<Table<?>> all = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        all.removeIf(table -> table.getName().equals(IDENTITY_TABLE) || table.getName().startsWith("flyway_"));
        all.sort(Comparator.comparing(Table::getName));
        Set<Table<?>> ordered = new LinkedHashSet<>();
        for (Table<?> table : all) {
            addAfterParents(table, ordered, new LinkedHashSet<>());
        }
        return List.copyOf(ordered);
    }

    private static void addAfterParents(Table<?> table, Set<Table<?>> ordered, Set<Table<?>> visiting) {
        if (ordered.contains(table) || !visiting.add(table)) {
            return; // done, or a cycle of foreign keys (none in the schema): the order then stays by name
        }
        for (ForeignKey<?, ?> reference : table.getReferences()) {
            Table<?> parent = reference.getKey().getTable();
            if (!parent.equals(table)) {
                addAfterParents(parent, ordered, visiting);
            }
        }
        ordered.add(table);
    }

    /**
     * The table's columns as stored (text, numbers, booleans), without the model's converters to
     * the domain's types: a value goes over exactly as it is, whatever a converter would make of it.
     */
    static List<Field<?>> storedColumns(Table<?> table) {
        List<Field<?>> columns = new ArrayList<>();
        for (Field<?> field : table.fields()) {
            columns.add(DSL.field(DSL.name(field.getName()), field.getDataType().getFromType()));
        }
        return columns;
    }

    /** The order rows are read in: by primary key, so that a copy reads and writes the same way every time. */
    static List<SortField<?>> keyOrder(Table<?> table) {
        UniqueKey<?> key = table.getPrimaryKey();
        List<? extends Field<?>> keyFields = key != null ? key.getFields() : List.of(table.fields());
        List<SortField<?>> order = new ArrayList<>();
        for (Field<?> field : keyFields) {
            order.add(DSL.field(DSL.name(field.getName())).asc());
        }
        return order;
    }

    private static void refuseNonEmpty(DSLContext to, List<Table<?>> tables, Database target) {
        List<String> filled = new ArrayList<>();
        for (Table<?> table : tables) {
            int rows = to.fetchCount(table);
            if (rows > 0) {
                filled.add(Messages.get("copy.tableRows", label(table.getName()), String.valueOf(rows)));
            }
        }
        if (!filled.isEmpty()) {
            throw new Refusal(new CopyException(CopyException.Reason.TARGET_NOT_EMPTY,
                    Messages.get("copy.targetNotEmpty", target.location(), String.join("、", filled)), null));
        }
    }

    /** Copies one table's rows in multi-row INSERTs; returns how many. */
    private static long copyTable(DSLContext from, DSLContext to, Table<?> table) {
        List<Field<?>> columns = storedColumns(table);
        Table<Record> into = DSL.table(DSL.name(table.getName()));
        int rowsPerStatement = Math.max(1, VALUES_PER_STATEMENT / columns.size());
        long copied = 0;
        List<Record> chunk = new ArrayList<>(rowsPerStatement);
        try (Cursor<Record> rows = from.select(columns).from(table).orderBy(keyOrder(table)).fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record row : rows) {
                chunk.add(row);
                if (chunk.size() == rowsPerStatement) {
                    copied += insert(to, into, columns, chunk);
                }
            }
        }
        return copied + insert(to, into, columns, chunk);
    }

    private static int insert(DSLContext to, Table<Record> into, List<Field<?>> columns, List<Record> chunk) {
        if (chunk.isEmpty()) {
            return 0;
        }
        int inserted = to.insertInto(into, columns).valuesOfRecords(chunk).execute();
        chunk.clear();
        return inserted;
    }

    /**
     * PostgreSQL only: the identity sequence behind each single-column key is set to the highest
     * copied id, so that the next row the board adds gets the id after it. A key without a
     * sequence (setting's key) is left alone.
     */
    private static void moveSequencesPastCopiedIds(DSLContext to, List<Table<?>> tables) {
        for (Table<?> table : tables) {
            UniqueKey<?> key = table.getPrimaryKey();
            if (key == null || key.getFields().size() != 1) {
                continue;
            }
            String column = key.getFields().get(0).getName();
            Object sequence = to.fetchValue("SELECT pg_get_serial_sequence(?, ?)", table.getName(), column);
            if (sequence == null) {
                continue;
            }
            Long highest = to.select(DSL.max(DSL.field(DSL.name(column), Long.class))).from(table).fetchOne(0, Long.class);
            if (highest != null) {
                to.fetchValue("SELECT setval(CAST(? AS regclass), ?)", sequence.toString(), highest);
            }
        }
    }

    /** The target, before its commit: every table's row count and the event chain as the source has them. */
    private static void check(DSLContext to, List<Table<?>> tables, Map<String, Long> sourceCounts,
                              EventChain.Verdict sourceChain) {
        List<String> problems = new ArrayList<>();
        for (Table<?> table : tables) {
            long inTarget = to.fetchCount(table);
            long inSource = sourceCounts.get(table.getName());
            if (inTarget != inSource) {
                problems.add(Messages.get("copy.check.count", label(table.getName()), String.valueOf(inSource),
                        String.valueOf(inTarget)));
            }
        }
        EventChain.Verdict targetChain = to.connectionResult(connection -> EventChain.verify(EventRows.read(connection, 0)));
        if (targetChain.intact() != sourceChain.intact() || targetChain.eventsChecked() != sourceChain.eventsChecked()
                || !Objects.equals(targetChain.headHash(), sourceChain.headHash())) {
            problems.add(Messages.get("copy.check.chain", String.valueOf(sourceChain.eventsChecked()),
                    String.valueOf(targetChain.eventsChecked())));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(new CopyException(CopyException.Reason.CHECK_FAILED,
                    Messages.get("copy.checkFailed", String.join("; ", problems)), null));
        }
    }

    private static boolean sameDatabase(Database source, Database target) {
        if (source == target) {
            return true;
        }
        if (source.onServer() || target.onServer()) {
            return source.onServer() && target.onServer() && sameServerDatabase(source.server(), target.server());
        }
        return source.file().equals(target.file());
    }

    private static boolean sameServerDatabase(ServerAddress one, ServerAddress other) {
        return one.host().equalsIgnoreCase(other.host()) && one.port() == other.port()
                && one.database().equals(other.database());
    }

    /** A refusal or failed check, carried out of the transactions (which roll back) to {@link #copy}. */
    private static final class Refusal extends RuntimeException {
        private final transient CopyException refused;

        Refusal(CopyException refused) {
            super(refused.getMessage(), null, false, false);
            this.refused = refused;
        }
    }
}
