package duban.domain;

import java.util.concurrent.CancellationException;

/**
 * How long work (an export, an import, pagination) reports how far it is, and learns that the
 * user cancelled it. The work calls {@link #advance} now and then; it throws
 * {@link CancellationException} once cancelled, so that the work stops where it is and its
 * {@link SafeFiles} temporary file is removed.
 */
public interface Progress {

    /** For callers that neither show progress nor cancel (the command line, tests). */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps are finished. */
    void update(long done, long total);

    /** Whether the user asked to stop. */
    boolean isCancelled();

    /**
     * Reports {@code done} of {@code total}, then stops the work if it was cancelled.
     *
     * @throws CancellationException when cancelled
     */
    default void advance(long done, long total) {
        update(done, total);
        if (isCancelled()) {
            throw new CancellationException();
        }
    }
}
