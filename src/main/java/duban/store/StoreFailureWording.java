package duban.store;

import duban.i18n.FailureText;

/** {@link StoreFailures} and {@link FailureLog} as the {@link FailureText} service. */
public final class StoreFailureWording implements FailureText.Wording {

    @Override
    public String describe(Throwable failure) {
        return StoreFailures.describe(failure);
    }

    @Override
    public boolean isRefusal(Throwable failure) {
        return StoreFailures.isRefusal(failure);
    }

    @Override
    public void record(String shown, Throwable failure) {
        FailureLog.record(shown, failure);
    }
}
