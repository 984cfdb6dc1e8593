package duban.i18n;

import java.util.ServiceLoader;

/**
 * What a failure says to the user, for every layer above the store: one Chinese sentence with the
 * cause in the office's words and what to do. The wording itself knows the database's and the
 * file system's failures, so it lives in the store, which registers it as a {@link Wording}
 * service ({@code META-INF/services}); views and view models reach it here without depending on
 * the store.
 */
public final class FailureText {

    /** The wording of failures, provided by the store. */
    public interface Wording {

        /** One sentence for {@code failure}; a failure that is not a refusal is logged, once. */
        String describe(Throwable failure);

        /** Whether {@code failure} is a refusal the application words itself (shown as it is). */
        boolean isRefusal(Throwable failure);

        /** Writes {@code failure} with the sentence shown for it to the failure log. */
        void record(String shown, Throwable failure);
    }

    private static final Wording WORDING = ServiceLoader.load(Wording.class, FailureText.class.getClassLoader())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no " + Wording.class.getName() + " service on the class path"));

    private FailureText() {
    }

    /** One Chinese sentence for {@code failure}: what happened and what to do. */
    public static String describe(Throwable failure) {
        return WORDING.describe(failure);
    }

    /** Whether {@code failure} is a refusal (a rule, a value, a change made elsewhere), not a failed save. */
    public static boolean isRefusal(Throwable failure) {
        return WORDING.isRefusal(failure);
    }

    /** Writes {@code failure} to the failure log beside the sentence the user was shown. */
    public static void record(String shown, Throwable failure) {
        WORDING.record(shown, failure);
    }
}
