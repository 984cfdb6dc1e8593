package duban.settings;

import duban.domain.Category;
import duban.domain.ReportCadence;
import duban.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The 进展报送 cadence of one 督办类别 as the settings dialog edits it: every N days, or monthly by
 * day N; a Chinese message while N is out of range for the kind chosen.
 */
public final class CadenceEntry {

    /** The longest "every N days" ReportCadence accepts. */
    public static final int MAX_EVERY_DAYS = 366;
    /** The latest "monthly by day N" ReportCadence accepts: every month has a 28th. */
    public static final int MAX_MONTHLY_DAY = 28;

    private final Category category;
    private final ObjectProperty<ReportCadence.Kind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Integer> amount = new SimpleObjectProperty<>(this, "amount");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");

    CadenceEntry(Category category, ReportCadence initial) {
        this.category = category;
        kind.set(initial.kind());
        amount.set(initial.amount());
        kind.addListener((observable, before, now) -> {
            // Every 30 days switched to monthly: keep the number the officer had, within the month.
            if (now != null && amount.get() != null && amount.get() > maxAmount(now)) {
                amount.set(maxAmount(now));
            }
            check();
        });
        amount.addListener((observable, before, now) -> check());
        check();
    }

    private void check() {
        ReportCadence.Kind chosen = kind.get();
        Integer number = amount.get();
        if (chosen == null) {
            error.set(Messages.get("settings.cadence.error.kind"));
        } else if (number == null || number < 1 || number > maxAmount(chosen)) {
            error.set(chosen == ReportCadence.Kind.EVERY_DAYS
                    ? Messages.get("settings.cadence.error.everyDays", String.valueOf(MAX_EVERY_DAYS))
                    : Messages.get("settings.cadence.error.monthlyBy", String.valueOf(MAX_MONTHLY_DAY)));
        } else {
            error.set("");
        }
        description.set(error.get().isEmpty() ? cadence().describe() : "");
    }

    /** The largest N for {@code kind}. */
    public static int maxAmount(ReportCadence.Kind kind) {
        return kind == ReportCadence.Kind.MONTHLY_BY_DAY ? MAX_MONTHLY_DAY : MAX_EVERY_DAYS;
    }

    public Category category() {
        return category;
    }

    public ObjectProperty<ReportCadence.Kind> kindProperty() {
        return kind;
    }

    /** N: the number of days, or the day of the month. */
    public ObjectProperty<Integer> amountProperty() {
        return amount;
    }

    /** Why the cadence is not valid, in Chinese; empty while it is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The cadence in words (每 7 天, 每月 25 日前) while valid; empty otherwise. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public boolean isValid() {
        return error.get().isEmpty();
    }

    /**
     * The cadence chosen.
     *
     * @throws IllegalStateException while it is not valid
     */
    public ReportCadence cadence() {
        if (!isValid()) {
            throw new IllegalStateException("the cadence of " + category + " is not valid");
        }
        return new ReportCadence(kind.get(), amount.get());
    }
}
