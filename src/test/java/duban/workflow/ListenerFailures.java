package duban.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JavaFX hands an exception thrown in a property listener to the thread's uncaught-exception
 * handler instead of the caller: collect them, so that a broken listener fails the test.
 */
final class ListenerFailures implements BeforeEachCallback, AfterEachCallback {

    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;

    @Override
    public void beforeEach(ExtensionContext context) {
        previous = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> failures.add(failure));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Thread.currentThread().setUncaughtExceptionHandler(previous);
        assertThat(failures).as("exceptions thrown in listeners").isEmpty();
    }
}
