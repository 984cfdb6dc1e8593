package duban.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs store work off the FX thread and hands the outcome back to it. The application uses one
 * background writer thread (SQLite has one writer); tests run the work inline.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the
     * FX thread (or the calling thread for an inline runner).
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * As {@link #run}, but the work may wait until the frame under way has been laid out, so that
     * it does not take a core from that frame: a card's move, whose frame shows the card already.
     * Work given later to {@link #run} never overtakes it. This runner waits for nothing.
     */
    default <T> void runAfterFrame(Callable<T> work, Consumer<? super T> onSuccess,
                                   Consumer<? super Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /** A runner that does everything at once on the calling thread, for view-model tests. */
    static TaskRunner inline() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
