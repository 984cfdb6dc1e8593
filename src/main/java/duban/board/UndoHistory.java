package duban.board;

import duban.domain.ConcurrentChangeException;
import duban.domain.Item;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The changes this window made, for undo and redo, and the version each item was left at by
 * this window's own writes. Undo and redo expect exactly that version, so that they fail,
 * rather than overwrite, when the item was changed elsewhere meanwhile.
 *
 * <p>The stacks belong to the FX thread; the versions are noted on the store thread (so that a
 * gesture queued right behind a write expects the version it left), hence a concurrent map.
 */
final class UndoHistory {

    private final Deque<BoardChange> undoStack = new ArrayDeque<>();
    private final Deque<BoardChange> redoStack = new ArrayDeque<>();
    private final Map<Long, Integer> ownVersions = new ConcurrentHashMap<>();

    /** A new change was saved: it can be undone, and what was undone before can no longer be redone. */
    void remember(BoardChange change) {
        undoStack.push(change);
        redoStack.clear();
    }

    /** The change the next undo takes back. */
    Optional<BoardChange> nextUndo() {
        return Optional.ofNullable(undoStack.peek());
    }

    /** The change the next redo makes again. */
    Optional<BoardChange> nextRedo() {
        return Optional.ofNullable(redoStack.peek());
    }

    /** The next undo was saved: it can now be redone. */
    void undone() {
        redoStack.push(undoStack.pop());
    }

    /** The next redo was saved: it can be undone again. */
    void redone() {
        undoStack.push(redoStack.pop());
    }

    /** What the next undo would take back, for the button's tooltip; null when none. */
    String undoDescription() {
        return undoStack.isEmpty() ? null : undoStack.peek().description();
    }

    /** What the next redo would make again; null when none. */
    String redoDescription() {
        return redoStack.isEmpty() ? null : redoStack.peek().description();
    }

    /** Notes {@code saved}'s version as written by this window. */
    void noteOwnVersion(Item saved) {
        ownVersions.put(saved.id(), saved.version());
    }

    /**
     * The version a gesture on an item read at {@code seenVersion} expects: this window's own
     * later write when one is queued or done, else what the gesture saw.
     */
    int expectedVersion(long itemId, int seenVersion) {
        return Math.max(seenVersion, ownVersions.getOrDefault(itemId, 0));
    }

    /**
     * The version an undo or redo of {@code change} expects: the one this window last wrote.
     *
     * @throws ConcurrentChangeException when this window never wrote the item
     */
    int ownVersion(BoardChange change) {
        Integer version = ownVersions.get(change.itemId());
        if (version == null) {
            throw new ConcurrentChangeException(change.itemId(), change.description());
        }
        return version;
    }

    /** {@code write}, then the version it left noted as this window's own (on the calling thread). */
    Callable<Item> remembering(Callable<Item> write) {
        return () -> {
            Item saved = write.call();
            noteOwnVersion(saved);
            return saved;
        };
    }
}
