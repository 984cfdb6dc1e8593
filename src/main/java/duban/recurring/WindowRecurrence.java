package duban.recurring;

import duban.domain.Item;
import duban.i18n.Messages;
import java.util.concurrent.Callable;
import javafx.stage.Window;

/**
 * The board's 定期督办 entries: 设为定期督办… and 结束定期督办…, each asking in a dialog, then
 * handing the write to the board to be saved on the store thread and shown on the card.
 */
public final class WindowRecurrence {

    /** Where a write is handed: the board runs it on the store thread and shows the item and the message. */
    @FunctionalInterface
    public interface Recorder {
        void record(long itemId, Callable<Item> write, String doneMessage);
    }

    private final RecurrencePort port;
    private final Recorder board;
    private final Runnable reloadBoard;

    /** @param reloadBoard reads the whole board again (queued after the write on the store thread) */
    public WindowRecurrence(RecurrencePort port, Recorder board, Runnable reloadBoard) {
        this.port = port;
        this.board = board;
        this.reloadBoard = reloadBoard;
    }

    /** 设为定期督办… for {@code item}, in a dialog over {@code owner}. */
    public void makeRecurring(Window owner, Item item) {
        new RecurrenceDialogs.MakeRecurring(owner, item, port.calendar()).showAndWait().ifPresent(rule ->
                board.record(item.id(), () -> port.makeRecurring(item.id(), item.version(), rule),
                        Messages.get("recurring.saved", item.title(), rule.describe())));
    }

    /** 结束定期督办… of the series {@code item} belongs to, in a dialog over {@code owner}. */
    public void endSeries(Window owner, Item item) {
        new RecurrenceDialogs.EndSeries(owner, item).showAndWait().ifPresent(reason -> {
            board.record(item.id(), () -> port.endSeries(item, reason), Messages.get("recurring.ended", item.title()));
            // The series' other occurrences on the board say 已结束 too.
            reloadBoard.run();
        });
    }
}
