package duban.board;

import duban.domain.Item;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The board's writes: each runs on the store thread through the task runner, notes the version
 * it left as this window's own, and on the FX thread shows the saved item and keeps the change
 * for undo; a failure is said and the board read again. Undo and redo replay kept changes the
 * same way, against the version this window last wrote.
 */
final class BoardWrites {

    private final BoardStore store;
    private final TaskRunner tasks;
    private final BoardColumns columns;
    private final UndoHistory history;
    private final Consumer<String> messages;
    private final Runnable reload;
    private final ReadOnlyObjectWrapper<String> undoDescription = new ReadOnlyObjectWrapper<>(this, "undoDescription");
    private final ReadOnlyObjectWrapper<String> redoDescription = new ReadOnlyObjectWrapper<>(this, "redoDescription");

    /**
     * @param messages where a write's outcome is said (the board's banner)
     * @param reload   reads the whole board again, after a failure or an undo
     */
    BoardWrites(BoardStore store, TaskRunner tasks, BoardColumns columns, UndoHistory history,
                Consumer<String> messages, Runnable reload) {
        this.store = store;
        this.tasks = tasks;
        this.columns = columns;
        this.history = history;
        this.messages = messages;
        this.reload = reload;
    }

    /**
     * Runs a write on the store thread once the frame under way is laid out (the board shows the
     * change already); on success the change can be undone, on failure the board is read again.
     */
    void save(BoardChange change, Callable<Item> write) {
        tasks.runAfterFrame(history.remembering(write), saved -> {
            columns.show(saved);
            remember(change);
        }, this::failed);
    }

    /** Runs a write that is not undone (a workflow record); on success the card shows it and {@code doneMessage} is said. */
    void record(Callable<Item> write, String doneMessage) {
        tasks.run(history.remembering(write), saved -> {
            columns.show(saved);
            messages.accept(doneMessage);
        }, this::failed);
    }

    /** Keeps a change saved elsewhere (the editor's) for undo. */
    void remember(BoardChange change) {
        history.remember(change);
        updateDescriptions();
    }

    void undo() {
        history.nextUndo().ifPresent(change -> replay(change,
                () -> change.undo(store, history.ownVersion(change)), () -> {
                    history.undone();
                    messages.accept(Messages.get("undo.undone", change.description()));
                }));
    }

    void redo() {
        history.nextRedo().ifPresent(change -> replay(change,
                () -> change.redo(store, history.ownVersion(change)), () -> {
                    history.redone();
                    messages.accept(Messages.get("redo.redone", change.description()));
                }));
    }

    private void replay(BoardChange change, Callable<Item> write, Runnable onDone) {
        tasks.run(history.remembering(write), result -> {
            onDone.run();
            updateDescriptions();
            // An undone move may have made the store lay the column out afresh: read it all again.
            reload.run();
        }, failure -> {
            messages.accept(Messages.get("undo.failed", change.description(), userMessage(failure)));
            reload.run();
        });
    }

    ReadOnlyObjectProperty<String> undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<String> redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    private void updateDescriptions() {
        undoDescription.set(history.undoDescription());
        redoDescription.set(history.redoDescription());
    }

    private void failed(Throwable failure) {
        messages.accept(userMessage(failure));
        reload.run();
    }

    /** A refusal (a rule, a change made elsewhere) is said as it is; a failure as a failed save. */
    static String userMessage(Throwable failure) {
        String told = FailureText.describe(failure);
        return FailureText.isRefusal(failure) ? told : Messages.get("board.saveFailed", told);
    }
}
