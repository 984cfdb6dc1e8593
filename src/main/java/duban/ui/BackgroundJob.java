package duban.ui;

import duban.domain.Progress;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Long work (a ledger export, the pages of a large ledger, printing, drafting documents, writing the
 * 反馈表) run off the FX thread, one at a time, with its progress and a cancel that stops it where
 * it is. The window stays responsive meanwhile; the outcome is handed back on the FX thread only
 * once the work has really stopped, so a cancelled draft has cleaned up its temporary file by then.
 */
public final class BackgroundJob {

    /** What runs in the background; it reports through, and stops at, the {@link Progress}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** How a job ended, handed to the caller on the FX thread. */
    public interface Outcome<T> {
        void done(T result);

        void failed(Throwable failure);

        void cancelled();
    }

    /**
     * An outcome that puts its words into {@code message}: {@code done}'s for the result,
     * {@code failed}'s for the failure, {@code cancelled} when stopped.
     */
    public static <T> Outcome<T> telling(Consumer<String> message, Function<? super T, String> done,
                                         Function<Throwable, String> failed, String cancelled) {
        return new Outcome<>() {
            @Override
            public void done(T result) {
                message.accept(done.apply(result));
            }

            @Override
            public void failed(Throwable failure) {
                message.accept(failed.apply(failure));
            }

            @Override
            public void cancelled() {
                message.accept(cancelled);
            }
        };
    }

    private final Executor background;
    private final Consumer<Runnable> fxThread;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private volatile AtomicBoolean cancelRequest = new AtomicBoolean();

    /** Jobs on a daemon thread of their own, outcomes on the JavaFX application thread. */
    public static BackgroundJob onBackgroundThread() {
        // One thread at most, and none once idle for a while: a closed preview leaves no thread behind.
        Executor executor = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "duban-background-job");
            thread.setDaemon(true);
            return thread;
        });
        return new BackgroundJob(executor, Platform::runLater);
    }

    /**
     * @param background where the work runs
     * @param fxThread   how progress and the outcome reach the FX thread
     */
    public BackgroundJob(Executor background, Consumer<Runnable> fxThread) {
        this.background = Objects.requireNonNull(background, "background");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    /**
     * Starts {@code work} unless another job runs; returns whether it started. Call on the FX
     * thread.
     */
    public <T> boolean start(String jobTitle, Work<T> work, Outcome<? super T> outcome) {
        if (running.get()) {
            return false;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelRequest = cancelled;
        title.set(jobTitle);
        progress.set(-1);
        running.set(true);
        // Progress reaches the screen at most once per pulse or so, not once per row.
        AtomicBoolean updatePending = new AtomicBoolean();
        double[] latest = {-1};
        Progress reporter = new Progress() {
            @Override
            public void update(long done, long total) {
                synchronized (latest) {
                    latest[0] = total <= 0 ? -1 : Math.min(1.0, (double) done / total);
                }
                if (updatePending.compareAndSet(false, true)) {
                    fxThread.accept(() -> {
                        updatePending.set(false);
                        synchronized (latest) {
                            if (running.get() && cancelRequest == cancelled) {
                                progress.set(latest[0]);
                            }
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        background.execute(() -> {
            T result;
            try {
                result = work.run(reporter);
            } catch (CancellationException e) {
                fxThread.accept(() -> {
                    finish();
                    outcome.cancelled();
                });
                return;
            } catch (Exception | Error e) {
                fxThread.accept(() -> {
                    finish();
                    if (cancelled.get()) {
                        outcome.cancelled();
                    } else {
                        outcome.failed(e);
                    }
                });
                return;
            }
            fxThread.accept(() -> {
                finish();
                if (cancelled.get()) {
                    outcome.cancelled();
                } else {
                    outcome.done(result);
                }
            });
        });
        return true;
    }

    private void finish() {
        running.set(false);
        progress.set(-1);
        title.set("");
    }

    /** Asks the running job to stop; its work ends at its next progress report. */
    public void cancel() {
        cancelRequest.set(true);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while the size of the work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is being done, e.g. 正在导出 Excel…; empty when idle. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
