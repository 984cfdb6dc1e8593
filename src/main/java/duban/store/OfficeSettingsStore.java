package duban.store;

import duban.domain.office.OfficeSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link OfficeSettings} in the {@code setting} table through {@link SettingsStore},
 * whose every change is logged in {@code setting_change}. Call it on the store thread.
 */
public final class OfficeSettingsStore {

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    /** Over the application's database; {@code clock} stamps the changes. */
    public OfficeSettingsStore(DSLContext dsl, Clock clock) {
        this(dsl, clock, OperatorSource.of(dsl));
    }

    /** Over the application's database; {@code clock} stamps the changes, {@code operator} signs them. */
    public OfficeSettingsStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.operator = Objects.requireNonNull(operator, "operator");
    }

    /** The office's settings as stored; unreadable values fall back (see {@link OfficeSettings#problems()}). */
    public OfficeSettings load() {
        return load(new SettingsStore(dsl, clock, operator));
    }

    /** The office's settings as {@code store} holds them. */
    public static OfficeSettings load(SettingsStore store) {
        return OfficeSettings.fromStored(store.all());
    }

    /**
     * Writes, in one transaction, the keys whose value differs from what is stored, each logged in
     * {@code setting_change}. A key never stored stands for its default, so a default value is not
     * written for it (an office on the shipped calendar then gets a newer version's calendar). A
     * stored value that could not be read is replaced.
     *
     * @return the keys written, in {@link OfficeSettings#toStored()} order; empty when nothing changed
     */
    public List<String> save(OfficeSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Map<String, String> defaults = OfficeSettings.defaults().toStored();
        return dsl.transactionResult(tx -> {
            // A SettingsStore over the transaction's own context: one over the outer context would
            // commit each put by itself, and a failure half-way would leave half the settings saved.
            SettingsStore store = new SettingsStore(tx.dsl(), clock, operator);
            Map<String, String> stored = store.all();
            List<String> written = new ArrayList<>();
            settings.toStored().forEach((key, value) -> {
                String current = stored.containsKey(key) ? stored.get(key) : defaults.get(key);
                if (!value.equals(current) && store.put(key, value)) {
                    written.add(key);
                }
            });
            return written;
        });
    }
}
