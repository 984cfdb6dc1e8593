package duban.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one background thread that talks to the database. Work runs in submission order, so a move
 * and the reload after it can never overtake each other; outcomes are applied on the FX thread.
 */
public final class StoreThread implements TaskRunner, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "duban-store");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
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
        return executor.submit(work);
    }

    /** Lets queued writes finish, then stops the thread. */
    @Override
    public void close() {
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
