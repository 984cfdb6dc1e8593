package duban.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The one background thread that talks to the database. Work runs in submission order, so a move
 * and the reload after it can never overtake each other; outcomes are applied on the FX thread.
 *
 * <p>Paced by the board's scene ({@link #pacedBy}), work given to {@link #runAfterFrame} is held
 * until that scene's next frame has been laid out (issue 18, a drop in one frame): on two cores the
 * move's transaction otherwise ran beside the frame that shows the moved card, with the renderer as
 * the third. Held work is queued, in order, before any other work given to this thread, and when it
 * closes: it is put off by a frame at most, never reordered or lost.
 */
public final class StoreThread implements TaskRunner, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "duban-store");
        thread.setDaemon(true);
        return thread;
    });

    /** Work handed to {@link #runAfterFrame} and not yet queued, in order; guarded by itself. */
    private final List<Runnable> held = new ArrayList<>();
    /** The scene whose frames held work waits for; set and read on the FX thread. */
    private Scene pacing;

    /** From now on, {@link #runAfterFrame} waits for the layout of {@code scene}'s next frame. */
    public void pacedBy(Scene scene) {
        pacing = scene;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        releaseHeld();
        queue(work, onSuccess, onFailure);
    }

    @Override
    public <T> void runAfterFrame(Callable<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        Scene scene = pacing;
        if (scene == null || !Platform.isFxApplicationThread()) {
            run(work, onSuccess, onFailure);
            return;
        }
        boolean first;
        synchronized (held) {
            first = held.isEmpty();
            held.add(() -> queue(work, onSuccess, onFailure));
        }
        if (first) {
            Frames.afterNextLayout(scene, this::releaseHeld);
        }
    }

    /** Queues the held work, in the order it was given; from any thread. */
    private void releaseHeld() {
        synchronized (held) {
            held.forEach(Runnable::run);
            held.clear();
        }
    }

    private <T> void queue(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /**
     * Runs {@code work} on the store thread and waits for it: start-up, shut-down, and a background
     * job that needs a read from the store (the ledger's attachments zip).
     */
    public <T> T runAndWait(Callable<T> work) throws ExecutionException, InterruptedException {
        return submit(work).get();
    }

    /** Queues {@code work} on the store thread; its outcome is the future's (start-up only). */
    public <T> java.util.concurrent.Future<T> submit(Callable<T> work) {
        releaseHeld();
        return executor.submit(work);
    }

    /** Lets queued writes finish, then stops the thread. */
    @Override
    public void close() {
        releaseHeld();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
