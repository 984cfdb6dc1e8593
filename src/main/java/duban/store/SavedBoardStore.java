package duban.store;

import static duban.store.generated.Tables.SAVED_BOARD;
import static duban.store.generated.Tables.SETTING_CHANGE;

import duban.domain.Texts;
import duban.domain.boards.BoardScope;
import duban.domain.boards.SavedBoard;
import duban.i18n.Messages;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The office's saved boards (named views over the items), shared by every PC of a server like the
 * settings. A board is a view: deleting one loses no item. Every change (create, rename, new scope,
 * new place, delete) is logged in {@code setting_change} under the key {@code board.<id>} with the
 * operator, in the same transaction. Call it on the store thread.
 */
public final class SavedBoardStore {

    /** The longest name the table takes. */
    public static final int MAX_NAME_LENGTH = 50;

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    public SavedBoardStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = Objects.requireNonNull(operator, "operator");
    }

    /** Every saved board, in the order of the tabs. */
    public List<SavedBoard> list() {
        return dsl.selectFrom(SAVED_BOARD).orderBy(SAVED_BOARD.SORT_ORDER, SAVED_BOARD.ID)
                .fetch(SavedBoardStore::board);
    }

    /**
     * Saves a new board after the others.
     *
     * @throws IllegalArgumentException (in Chinese) when the name is blank, too long, or taken
     */
    public SavedBoard create(String name, BoardScope scope) {
        String checked = checkedName(name);
        Objects.requireNonNull(scope, "scope");
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            refuseTaken(db, checked, null);
            Integer last = db.select(DSL.max(SAVED_BOARD.SORT_ORDER)).from(SAVED_BOARD).fetchOne(0, Integer.class);
            int sortOrder = last == null ? 1 : last + 1;
            long id = db.insertInto(SAVED_BOARD)
                    .set(SAVED_BOARD.NAME, checked)
                    .set(SAVED_BOARD.SCOPE, scope.toText())
                    .set(SAVED_BOARD.SORT_ORDER, sortOrder)
                    .set(SAVED_BOARD.CREATED_AT, now())
                    .returning(SAVED_BOARD.ID)
                    .fetchOne(SAVED_BOARD.ID);
            SavedBoard created = new SavedBoard(id, checked, scope, sortOrder);
            log(db, id, null, describe(created));
            return created;
        });
    }

    /**
     * Saves the usual boards the office asked for in one go (all or none), after any others; a
     * board whose name is taken already is left as it is.
     */
    public List<SavedBoard> createAll(List<SavedBoard> boards) {
        return dsl.transactionResult(tx -> {
            SavedBoardStore inTransaction = new SavedBoardStore(tx.dsl(), clock, operator);
            List<SavedBoard> created = new ArrayList<>();
            for (SavedBoard board : boards) {
                if (!tx.dsl().fetchExists(SAVED_BOARD, SAVED_BOARD.NAME.eq(board.name().strip()))) {
                    created.add(inTransaction.create(board.name(), board.scope()));
                }
            }
            return created;
        });
    }

    /**
     * Gives a board a new name.
     *
     * @throws IllegalArgumentException (in Chinese) when the name is blank, too long or taken, or
     *                                  the board was deleted meanwhile
     */
    public SavedBoard rename(long id, String newName) {
        String checked = checkedName(newName);
        return change(id, (db, board) -> {
            refuseTaken(db, checked, id);
            return new SavedBoard(id, checked, board.scope(), board.sortOrder());
        });
    }

    /** Gives a board a new scope (which items it shows). */
    public SavedBoard updateScope(long id, BoardScope scope) {
        Objects.requireNonNull(scope, "scope");
        return change(id, (db, board) -> new SavedBoard(id, board.name(), scope, board.sortOrder()));
    }

    /** Deletes a board (the view only: no item changes). */
    public void delete(long id) {
        dsl.transaction(tx -> {
            DSLContext db = tx.dsl();
            SavedBoard board = find(db, id);
            db.deleteFrom(SAVED_BOARD).where(SAVED_BOARD.ID.eq(id)).execute();
            log(db, id, describe(board), "{\"deleted\":true}");
        });
    }

    /**
     * Puts the boards in the order of {@code idsInOrder} (the tabs as the user arranged them);
     * boards it does not name keep their place after those it names.
     */
    public List<SavedBoard> reorder(List<Long> idsInOrder) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            List<SavedBoard> ordered = new ArrayList<>();
            List<SavedBoard> all = db.selectFrom(SAVED_BOARD).orderBy(SAVED_BOARD.SORT_ORDER, SAVED_BOARD.ID)
                    .fetch(SavedBoardStore::board);
            for (Long id : idsInOrder) {
                all.stream().filter(board -> board.id() == id).findFirst().ifPresent(ordered::add);
            }
            all.stream().filter(board -> !ordered.contains(board)).forEach(ordered::add);
            List<SavedBoard> result = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                SavedBoard board = ordered.get(i);
                SavedBoard placed = new SavedBoard(board.id(), board.name(), board.scope(), i + 1);
                if (board.sortOrder() != placed.sortOrder()) {
                    db.update(SAVED_BOARD).set(SAVED_BOARD.SORT_ORDER, placed.sortOrder())
                            .where(SAVED_BOARD.ID.eq(board.id())).execute();
                    log(db, board.id(), describe(board), describe(placed));
                }
                result.add(placed);
            }
            return result;
        });
    }

    /** The number of logged changes of a board (for tests and the settings' history). */
    public int changeCount(long id) {
        return dsl.fetchCount(SETTING_CHANGE, SETTING_CHANGE.KEY.eq(key(id)));
    }

    private SavedBoard change(long id, BiFunction<DSLContext, SavedBoard, SavedBoard> changed) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            SavedBoard before = find(db, id);
            SavedBoard after = changed.apply(db, before);
            if (after.equals(before)) {
                return before;
            }
            db.update(SAVED_BOARD).set(SAVED_BOARD.NAME, after.name()).set(SAVED_BOARD.SCOPE, after.scope().toText())
                    .where(SAVED_BOARD.ID.eq(id)).execute();
            log(db, id, describe(before), describe(after));
            return after;
        });
    }

    private static SavedBoard find(DSLContext db, long id) {
        SavedBoard board = db.selectFrom(SAVED_BOARD).where(SAVED_BOARD.ID.eq(id)).fetchOne(SavedBoardStore::board);
        if (board == null) {
            throw new IllegalArgumentException(Messages.get("boards.error.gone"));
        }
        return board;
    }

    private static void refuseTaken(DSLContext db, String name, Long exceptId) {
        var taken = SAVED_BOARD.NAME.eq(name);
        if (exceptId != null) {
            taken = taken.and(SAVED_BOARD.ID.ne(exceptId));
        }
        if (db.fetchExists(SAVED_BOARD, taken)) {
            throw new IllegalArgumentException(Messages.get("boards.error.nameTaken", name));
        }
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("boards.error.nameBlank"));
        }
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(Messages.get("boards.error.nameTooLong", MAX_NAME_LENGTH));
        }
        if (Texts.hasInvalidCharacters(stripped)) {
            throw new IllegalArgumentException(Messages.get("boards.error.nameInvalid"));
        }
        return stripped;
    }

    private void log(DSLContext db, long id, String old, String value) {
        db.insertInto(SETTING_CHANGE)
                .set(SETTING_CHANGE.KEY, key(id)).set(SETTING_CHANGE.OLD_VALUE, old)
                .set(SETTING_CHANGE.NEW_VALUE, value).set(SETTING_CHANGE.AT, now())
                .set(SETTING_CHANGE.OPERATOR, operator.get())
                .execute();
    }

    private static String key(long id) {
        return "board." + id;
    }

    /** A board as its log line shows it: readable JSON of name, scope and place. */
    private static String describe(SavedBoard board) {
        String name = board.name().replace("\\", "\\\\").replace("\"", "\\\"");
        return "{\"name\":\"" + name + "\",\"scope\":" + board.scope().toText() + ",\"order\":" + board.sortOrder() + "}";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static SavedBoard board(Record row) {
        BoardScope scope;
        try {
            scope = BoardScope.parse(row.get(SAVED_BOARD.SCOPE));
        } catch (IllegalArgumentException unreadable) {
            // Written by hand or by a broken tool: the board then shows every item rather than vanish.
            scope = BoardScope.ALL;
        }
        return new SavedBoard(row.get(SAVED_BOARD.ID), row.get(SAVED_BOARD.NAME), scope,
                row.get(SAVED_BOARD.SORT_ORDER));
    }
}
