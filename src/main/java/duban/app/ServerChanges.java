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
 * projector, which follow the board's items); offline, the board's status bar and the projector's
 * header say so; back online, the marks go and the feed's one full read follows. Reads do not
 * pile up: a change heard while the board is reading waits for that read and then reads once more.
 */
final class ServerChanges implements ChangeFeed.Listener {

    private final BoardViewModel board;
    private final ProjectorViewModel projector;
    private final ZoneId zone;
    private final Executor fxThread;
    /** A change came while the board was reading: read once more when it is done. FX thread only. */
    private boolean readAgain;

    ServerChanges(BoardViewModel board, ProjectorViewModel projector, ZoneId zone, Executor fxThread) {
        this.board = board;
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
        fxThread.execute(this::readBoard);
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
