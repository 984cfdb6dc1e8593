package duban.store;

import static duban.store.generated.Tables.SETTING;
import static duban.store.generated.Tables.SETTING_CHANGE;

import duban.domain.office.OfficeSettings;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The office's settings as key/value text in the file, so that they travel with the data. Every
 * change is logged in {@code setting_change} in the same transaction.
 */
public final class SettingsStore {

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    /** Over {@code dsl}; {@code clock} stamps the changes, its connection's {@link OperatorSource} signs them. */
    public SettingsStore(DSLContext dsl, Clock clock) {
        this(dsl, clock, OperatorSource.of(dsl));
    }

    /** Over {@code dsl}; {@code clock} stamps the changes, {@code operator} names who made each (操作人). */
    public SettingsStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = Objects.requireNonNull(operator, "operator");
    }

    public Optional<String> get(String key) {
        return dsl.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key)).fetchOptional(SETTING.VALUE);
    }

    /** Every stored setting, by key. */
    public Map<String, String> all() {
        return dsl.select(SETTING.KEY, SETTING.VALUE).from(SETTING).fetchMap(SETTING.KEY, SETTING.VALUE);
    }

    /** Stores {@code value} under {@code key}; returns whether it changed (an unchanged value writes nothing). */
    public boolean put(String key, String value) {
        Objects.requireNonNull(value, "value");
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            String old = db.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key)).fetchOne(SETTING.VALUE);
            if (value.equals(old)) {
                return false;
            }
            OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
            db.insertInto(SETTING)
                    .set(SETTING.KEY, key).set(SETTING.VALUE, value).set(SETTING.UPDATED_AT, at)
                    .onConflict(SETTING.KEY).doUpdate()
                    .set(SETTING.VALUE, value).set(SETTING.UPDATED_AT, at)
                    .execute();
            db.insertInto(SETTING_CHANGE)
                    .set(SETTING_CHANGE.KEY, key).set(SETTING_CHANGE.OLD_VALUE, old)
                    .set(SETTING_CHANGE.NEW_VALUE, value).set(SETTING_CHANGE.AT, at)
                    .set(SETTING_CHANGE.OPERATOR, operator.get())
                    .execute();
            if (OfficeSettings.OPERATOR_NAME_KEY.equals(key)) {
                // The change itself is signed by the name it replaces; the next write by the new one.
                if (operator instanceof OperatorSource source) {
                    source.forget();
                }
                OperatorSource.of(db).forget();
            }
            return true;
        });
    }

    /** The number of logged changes of {@code key}, for tests and the settings history. */
    public int changeCount(String key) {
        return dsl.fetchCount(SETTING_CHANGE, SETTING_CHANGE.KEY.eq(key));
    }
}
