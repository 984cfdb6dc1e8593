package duban.app;

import duban.board.BoardViewModel;
import duban.projector.ProjectorViewModel;
import duban.store.ChangeFeed;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.Executor;

/**
 * On a server, what the store's {@link ChangeFeed} hears reaches the windows on the FX thread: a
 * change another PC committed reads the board again (and with it the ledger, 单位统计 and the
 * projector, which follow the board's items), and a change of the office's settings reads them
 * again; offline, the board's status bar and the projector's
 * header say so; back online, the marks go and the feed's one full read follows. Reads do not
 * pile up: a change heard while the board is reading waits for that read and then reads once more.
 */
final class ServerChanges implements ChangeFeed.Listener {

    /** The table the office's settings live in, as the server names it in its announcements. */
    static final String SETTINGS_TABLE = "setting";

    private final BoardViewModel board;
    private final ProjectorViewModel projector;
    private final ZoneId zone;
    private final Executor fxThread;
    /** Reads the office's settings again and applies them (another PC saved 设置). */
    private final Runnable reloadSettings;
    /** A change came while the board was reading: read once more when it is done. FX thread only. */
    private boolean readAgain;

    ServerChanges(BoardViewModel board, ProjectorViewModel projector, ZoneId zone, Executor fxThread,
                  Runnable reloadSettings) {
        this.board = board;
        this.reloadSettings = reloadSettings;
        this.projector = projector;
        this.zone = zone;
        this.fxThread = fxThread;
        board.loadingProperty().addListener((observable, wasLoading, loading) -> {
            if (!loading && readAgain) {
                readAgain = false;
                board.reload();
            }
        });
    }

    @Override
    public void changed(ChangeFeed.Changes changes) {
        fxThread.execute(() -> {
            if (changes.missedWhileOffline() || changes.tables().contains(SETTINGS_TABLE)) {
                reloadSettings.run();
            }
            readBoard();
        });
    }

    @Override
    public void offline(Instant since) {
        fxThread.execute(() -> {
            board.showOffline(LocalTime.ofInstant(since, zone));
            projector.showOffline();
        });
    }

    @Override
    public void online(Instant at) {
        fxThread.execute(() -> {
            board.showOnline();
            projector.showOnline();
        });
    }

    private void readBoard() {
        if (board.loadingProperty().get()) {
            readAgain = true;
        } else {
            board.reload();
        }
    }
}
