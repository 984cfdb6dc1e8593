package duban.store;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.jooq.impl.AbstractConverter;

/**
 * Stores timestamps as fixed-width ISO-8601 text with milliseconds and offset
 * ({@code 2026-11-21T10:15:30.123+08:00}), so the file reads plainly in any tool and sorts as text
 * within one offset.
 */
public final class IsoTimestampConverter extends AbstractConverter<String, OffsetDateTime> {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    public IsoTimestampConverter() {
        super(String.class, OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime from(String text) {
        return text == null ? null : IsoText.timestamp(text);
    }

    @Override
    public String to(OffsetDateTime timestamp) {
        return timestamp == null ? null : FORMAT.format(timestamp);
    }
}
