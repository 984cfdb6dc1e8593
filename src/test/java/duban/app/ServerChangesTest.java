package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.board.BoardStore;
import duban.board.BoardViewModel;
import duban.domain.Deadlines;
import duban.projector.ProjectorSettings;
import duban.projector.ProjectorViewModel;
import duban.store.ChangeFeed;
import duban.testing.TestClock;
import duban.ui.TaskRunner;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What the change feed's reports do to the windows' view models; no FX toolkit, no server. */
class ServerChangesTest {

    private final Clock clock = TestClock.startingToday();
    private int boardReads;
    private int settingsReads;
    /** Reads the test lets finish later, as a slow store thread would. */
    private final List<Runnable> heldReads = new ArrayList<>();
    private boolean holdReads;

    private final BoardStore store = (BoardStore) Proxy.newProxyInstance(BoardStore.class.getClassLoader(),
            new Class<?>[] {BoardStore.class}, (proxy, method, args) -> {
                if (method.getName().equals("loadBoard")) {
                    boardReads++;
                }
                return method.getReturnType() == List.class ? List.of() : null;
            });

    private final TaskRunner runner = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            Runnable read = () -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            };
            if (holdReads) {
                heldReads.add(read);
            } else {
                read.run();
            }
        }
    };

    private final BoardViewModel board = new BoardViewModel(store, runner, new Deadlines(clock));
    private final ProjectorViewModel projector = new ProjectorViewModel(board.itemsProperty(), new Deadlines(clock),
            clock, new ProjectorSettings() {
                @Override
                public Optional<String> get(String key) {
                    return Optional.empty();
                }

                @Override
                public void put(String key, String value) {
                }
            }, TaskRunner.inline(), (interval, action) -> () -> { });
    private final ServerChanges changes = new ServerChanges(board, projector, ZoneOffset.ofHours(8), Runnable::run,
            () -> settingsReads++);

    private static ChangeFeed.Changes items() {
        return new ChangeFeed.Changes(Set.of(new ChangeFeed.ItemChange(7, "MOVE")), Set.of("item"), false);
    }

    @Test
    void aChangeReadsTheBoardAgainAndChangesDuringAReadMakeOneMoreRead() {
        changes.changed(items());
        assertThat(boardReads).isEqualTo(1);
        assertThat(settingsReads).isZero();

        holdReads = true;
        changes.changed(items()); // begins a read that takes a while
        changes.changed(items());
        changes.changed(items());
        assertThat(heldReads).hasSize(1);
        holdReads = false;
        heldReads.remove(0).run();

        assertThat(boardReads).as("one read for the three, then one more for what came meanwhile").isEqualTo(3);
    }

    @Test
    void anotherPcsSettingsOrAReconnectionReadTheSettingsAgain() {
        changes.changed(new ChangeFeed.Changes(Set.of(), Set.of(ServerChanges.SETTINGS_TABLE), false));
        assertThat(settingsReads).isEqualTo(1);
        changes.changed(new ChangeFeed.Changes(Set.of(), Set.of(), true));
        assertThat(settingsReads).isEqualTo(2);
        assertThat(boardReads).isEqualTo(2);
    }

    @Test
    void offlineMarksTheBoardAndTheProjectorWithTheLocalTimeAndOnlineClearsThem() {
        changes.offline(Instant.parse("2026-11-18T02:05:00Z"));
        assertThat(board.offlineProperty().get()).contains("10:05");
        assertThat(projector.offlineTextProperty().get()).startsWith("离线");

        changes.online(Instant.parse("2026-11-18T02:06:00Z"));
        assertThat(board.offlineProperty().get()).isNull();
        assertThat(projector.offlineTextProperty().get()).isNull();
    }
}
