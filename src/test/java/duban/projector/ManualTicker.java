package duban.projector;

import duban.ui.Ticker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A ticker that only moves when the test says so: no sleeps, no timelines. */
final class ManualTicker implements Ticker {

    private final List<Task> tasks = new ArrayList<>();

    private static final class Task implements Cancellable {
        final Duration interval;
        final Runnable action;
        Duration elapsed = Duration.ZERO;
        boolean cancelled;

        Task(Duration interval, Runnable action) {
            this.interval = interval;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public Cancellable every(Duration interval, Runnable action) {
        Task task = new Task(interval, action);
        tasks.add(task);
        return task;
    }

    /** Lets {@code time} pass: every running repetition fires as often as its interval fits. */
    void advance(Duration time) {
        Duration step = Duration.ofMillis(250);
        for (Duration passed = Duration.ZERO; passed.compareTo(time) < 0; passed = passed.plus(step)) {
            for (Task task : List.copyOf(tasks)) {
                if (task.cancelled) {
                    continue;
                }
                task.elapsed = task.elapsed.plus(step);
                if (task.elapsed.compareTo(task.interval) >= 0) {
                    task.elapsed = Duration.ZERO;
                    task.action.run();
                }
            }
            tasks.removeIf(task -> task.cancelled);
        }
    }

    void advanceSeconds(long seconds) {
        advance(Duration.ofSeconds(seconds));
    }

    /** How many repetitions are running. */
    int running() {
        tasks.removeIf(task -> task.cancelled);
        return tasks.size();
    }
}
