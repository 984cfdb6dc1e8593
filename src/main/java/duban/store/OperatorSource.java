package duban.store;

import static duban.store.generated.Tables.SETTING;

import duban.domain.office.OfficeSettings;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Who is writing (操作人): the name the stores stamp on every event and setting change. On a file,
 * the name set in 设置 ({@link OfficeSettings#OPERATOR_NAME_KEY}), or the computer's account when
 * none is set; on a PostgreSQL server, the login role of the connection ({@code current_user}),
 * whose display name the {@code staff} table gives when the office has filled it in.
 *
 * <p>One per connection, kept in its jOOQ configuration like {@link KeptQueries}, so that every
 * store on the connection shares it. The name is read once and kept (a move must not pay a read
 * for it); {@link SettingsStore} forgets it when the name in 设置 changes, so the next write
 * carries the new one.
 */
public final class OperatorSource implements Supplier<String> {

    /** The longest operator stored (the column's width); a longer account name is cut. */
    public static final int MAX_LENGTH = 100;

    private static final Object KEY = OperatorSource.class;

    private final DSLContext dsl;
    private volatile String known;

    private OperatorSource(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The source of {@code dsl}'s connection, made on first use. */
    public static synchronized OperatorSource of(DSLContext dsl) {
        Object source = dsl.configuration().data(KEY);
        if (source == null) {
            source = new OperatorSource(dsl);
            dsl.configuration().data(KEY, source);
        }
        return (OperatorSource) source;
    }

    /** The operator to stamp now, or {@code null} when the computer names no account. */
    @Override
    public String get() {
        String name = known;
        if (name == null) {
            name = read();
            known = name;
        }
        return name.isEmpty() ? null : name;
    }

    /** Reads the name again at the next write: the name in 设置 has changed. */
    void forget() {
        known = null;
    }

    private String read() {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return limited(dsl.select(DSL.currentUser()).fetchOne(0, String.class));
        }
        String named = dsl.select(SETTING.VALUE).from(SETTING)
                .where(SETTING.KEY.eq(OfficeSettings.OPERATOR_NAME_KEY)).fetchOne(SETTING.VALUE);
        return limited(named != null && !named.isBlank() ? named : OfficeSettings.systemAccount());
    }

    private static String limited(String name) {
        String stripped = name == null ? "" : name.strip();
        return stripped.codePointCount(0, stripped.length()) <= MAX_LENGTH ? stripped
                : stripped.substring(0, stripped.offsetByCodePoints(0, MAX_LENGTH));
    }
}
