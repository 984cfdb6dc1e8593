package duban.documents;

import duban.domain.Progress;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Drafting documents off the FX thread, one job at a time, with its progress and a cancel that the
 * drafter sees between steps. The outcome is told on the FX thread only once the work has really
 * stopped, so a cancelled draft has cleaned up its temporary file by then.
 */
public final class DraftingJob {

    /** The work: writes files, reporting through and stopping at the {@link Progress}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** How a job ended, told on the FX thread. */
    public interface Outcome<T> {
        void done(T result);

        void failed(Throwable failure);

        void cancelled();
    }

    /**
     * An outcome that puts its words into {@code message}: {@code done}'s for the result,
     * {@code failed}'s for the failure, {@code cancelled} when stopped.
     */
    public static <T> Outcome<T> telling(Consumer<String> message, java.util.function.Function<? super T, String> done,
                                         java.util.function.Function<Throwable, String> failed, String cancelled) {
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
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private volatile AtomicBoolean cancelRequest = new AtomicBoolean();

    /**
     * @param background where the drafting runs
     * @param fxThread   how progress and the outcome reach the FX thread
     */
    public DraftingJob(Executor background, Consumer<Runnable> fxThread) {
        this.background = Objects.requireNonNull(background, "background");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    /** Starts {@code work} unless a job runs; returns whether it started. Call on the FX thread. */
    public <T> boolean start(Work<T> work, Outcome<? super T> outcome) {
        if (running.get()) {
            return false;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelRequest = cancelled;
        progress.set(-1);
        running.set(true);
        Progress reporter = new Progress() {
            @Override
            public void update(long done, long total) {
                double share = total <= 0 ? -1 : Math.min(1.0, (double) done / total);
                fxThread.accept(() -> {
                    if (running.get() && cancelRequest == cancelled) {
                        progress.set(share);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        background.execute(() -> {
            try {
                T result = work.run(reporter);
                fxThread.accept(() -> {
                    finish();
                    if (cancelled.get()) {
                        outcome.cancelled();
                    } else {
                        outcome.done(result);
                    }
                });
            } catch (CancellationException e) {
                fxThread.accept(() -> {
                    finish();
                    outcome.cancelled();
                });
            } catch (Exception | Error e) {
                fxThread.accept(() -> {
                    finish();
                    if (cancelled.get()) {
                        outcome.cancelled();
                    } else {
                        outcome.failed(e);
                    }
                });
            }
        });
        return true;
    }

    private void finish() {
        running.set(false);
        progress.set(0);
    }

    /** Asks the running job to stop at its next step. */
    public void cancel() {
        cancelRequest.set(true);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
