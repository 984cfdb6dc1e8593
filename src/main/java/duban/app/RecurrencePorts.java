package duban.app;

import duban.board.BoardFollowers;
import duban.board.BoardViewModel;
import duban.board.CardRecurrence;
import duban.domain.Item;
import duban.domain.calendar.HolidayCalendar;
import duban.domain.recurrence.RecurrenceRule;
import duban.domain.recurrence.RecurrenceSeries;
import duban.domain.recurrence.SeriesOccurrence;
import duban.i18n.Messages;
import duban.details.DetailsViewModel;
import duban.recurring.RecurrencePort;
import duban.recurring.SeriesPanel;
import duban.recurring.SeriesViewModel;
import duban.recurring.WindowRecurrence;
import duban.store.StoreFailures;
import duban.store.Stores;
import duban.ui.StoreThread;
import duban.ui.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.stage.Window;

/**
 * 定期督办 wired into the board: the dialogs' port over {@code RecurrenceStore}, the card menu's
 * entries, and the occurrences that appear by themselves (when their period starts, checked at
 * start and every half hour for a new day; when the latest occurrence is crossed off, in the
 * closing's transaction, after which the board reads itself again to show the new card).
 */
final class RecurrencePorts {

    /** How often the open board looks whether the day has changed (cheap: it compares two dates). */
    private static final Duration DAY_CHECK = Duration.ofMinutes(30);

    private RecurrencePorts() {
    }

    /** The dialogs over {@code stores}, saving through {@code board}; the calendar as the settings hold it. */
    static WindowRecurrence windows(Stores stores, Supplier<HolidayCalendar> calendar, BoardViewModel board) {
        return new WindowRecurrence(port(stores, calendar), board::recordWorkflow, board::reload);
    }

    private static RecurrencePort port(Stores stores, Supplier<HolidayCalendar> calendar) {
        return new RecurrencePort() {
            @Override
            public Item makeRecurring(long itemId, int expectedVersion, RecurrenceRule rule) {
                return stores.recurrence().makeRecurring(itemId, expectedVersion, rule);
            }

            @Override
            public Item endSeries(Item item, String reason) {
                stores.recurrence().endSeries(item.links().seriesId(), reason);
                return stores.items().find(item.id());
            }

            @Override
            public java.util.Optional<RecurrenceSeries> series(long seriesId) {
                return stores.recurrence().series(seriesId);
            }

            @Override
            public java.util.List<SeriesOccurrence> occurrences(long seriesId) {
                return stores.recurrence().summary(seriesId);
            }

            @Override
            public HolidayCalendar calendar() {
                return calendar.get();
            }
        };
    }

    /**
     * The details panel's 定期督办 section, following the item the panel shows (re-read with it
     * after every change to it).
     */
    static SeriesPanel seriesPanel(Stores stores, StoreThread storeThread, DetailsViewModel details) {
        SeriesViewModel series = new SeriesViewModel(port(stores, () -> null), storeThread);
        details.itemProperty().addListener((observable, old, item) -> series.show(item));
        return new SeriesPanel(series);
    }

    /** The card menu's entries, opening {@code windows}' dialogs. */
    static CardRecurrence forBoard(WindowRecurrence windows) {
        return new CardRecurrence() {
            @Override
            public void makeRecurring(Window owner, Item item) {
                windows.makeRecurring(owner, item);
            }

            @Override
            public void endSeries(Window owner, Item item) {
                windows.endSeries(owner, item);
            }
        };
    }

    /**
     * Creates the occurrences whose period has started, now and on each new day while the board is
     * open (nothing on a read-only board), and reads the board again when a closing has created
     * one. Stop it with the handle returned.
     */
    static Ticker.Cancellable followOccurrences(Stores stores, StoreThread storeThread, Clock clock,
                                                BoardViewModel board, BoardFollowers followers, boolean readOnly) {
        reloadAfterRecurringClosed(board, followers);
        if (readOnly) {
            return () -> { };
        }
        LocalDate[] checked = {null};
        Runnable createDue = () -> {
            LocalDate today = LocalDate.now(clock);
            if (today.equals(checked[0]) || board.isReadOnly()) {
                return;
            }
            checked[0] = today;
            storeThread.run(() -> stores.recurrence().createDueOccurrences(today), created -> {
                if (!created.isEmpty()) {
                    board.reload();
                }
            }, failure -> board.showMessage(Messages.get("recurring.createFailed", StoreFailures.describe(failure))));
        };
        createDue.run();
        return Ticker.fx().every(DAY_CHECK, createDue);
    }

    /**
     * A recurring item newly crossed off on this board may have brought its next occurrence (made
     * in the same transaction): read the board again once to show it.
     */
    private static void reloadAfterRecurringClosed(BoardViewModel board, BoardFollowers followers) {
        Set<Long> closedSeen = new HashSet<>();
        boolean[] first = {true};
        followers.add(items -> {
            Set<Long> closed = items.stream()
                    .filter(item -> item.links().isRecurring() && !item.links().seriesEnded() && item.status().isClosed())
                    .map(Item::id).collect(Collectors.toSet());
            boolean newlyClosed = !closedSeen.containsAll(closed);
            closedSeen.addAll(closed);
            if (newlyClosed && !first[0]) {
                board.reload();
            }
            first[0] = false;
        });
    }

}
