package duban.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the dates and timestamps the store writes as text ({@code 2026-11-21} and
 * {@code 2026-11-21T10:15:30.123+08:00}, see {@link IsoTimestampConverter}) without the general
 * ISO parser when the text has exactly the written form. The board reads every item at start-up
 * and after every other writer's change: at 100,000 items {@code OffsetDateTime.parse} made 42 %
 * of what the read allocated and {@code LocalDate.parse} another 11 %, and the collections they
 * caused took as long as the read itself. Any other text goes to the JDK's parser, which gives the
 * same value or the same exception as before.
 */
public final class IsoText {

    private static final int DATE_LENGTH = 10;
    /** {@code uuuu-MM-ddTHH:mm:ss.SSS}: the timestamp before its offset. */
    private static final int LOCAL_TIMESTAMP_LENGTH = 23;

    /** Recently read dates by day: 4,096 slots, so any eleven years' days each have their own. */
    private static final LocalDate[] RECENT_DATES = new LocalDate[4096];

    private IsoText() {
    }

    /**
     * The date {@code text} ({@code uuuu-MM-dd}) names, as {@link LocalDate#parse} reads it. A date
     * read recently is answered with the same (immutable) object: at 100,000 items the board held
     * 450,000 dates of a few thousand different days, which the collections of its first read copied
     * (now about 200,000, most of them worked out rather than read; 6 MB less in all).
     */
    public static LocalDate date(String text) {
        if (text.length() == DATE_LENGTH && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            if (year >= 0 && month >= 0 && day >= 0) {
                int slot = (year * 372 + month * 31 + day) & (RECENT_DATES.length - 1);
                LocalDate recent = RECENT_DATES[slot];
                if (recent != null && recent.getDayOfMonth() == day && recent.getMonthValue() == month
                        && recent.getYear() == year) {
                    return recent;
                }
                try {
                    LocalDate read = LocalDate.of(year, month, day);
                    // Racy but safe: a LocalDate's fields are final, so any thread sees it whole.
                    RECENT_DATES[slot] = read;
                    return read;
                } catch (DateTimeException invalid) {
                    // 2026-02-30 and the like: the JDK's parser words the refusal
                }
            }
        }
        return LocalDate.parse(text);
    }

    /**
     * The timestamp {@code text} names, as {@link OffsetDateTime#parse} reads it; fast for the
     * stored form with milliseconds and an offset of {@code Z} or {@code ±HH:mm}.
     */
    public static OffsetDateTime timestamp(String text) {
        int length = text.length();
        boolean utc = length == LOCAL_TIMESTAMP_LENGTH + 1 && text.charAt(LOCAL_TIMESTAMP_LENGTH) == 'Z';
        boolean offset = length == LOCAL_TIMESTAMP_LENGTH + 6 && text.charAt(LOCAL_TIMESTAMP_LENGTH + 3) == ':'
                && (text.charAt(LOCAL_TIMESTAMP_LENGTH) == '+' || text.charAt(LOCAL_TIMESTAMP_LENGTH) == '-');
        if ((utc || offset) && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int millis = digits(text, 20, 3);
            int offsetHours = utc ? 0 : digits(text, LOCAL_TIMESTAMP_LENGTH + 1, 2);
            int offsetMinutes = utc ? 0 : digits(text, LOCAL_TIMESTAMP_LENGTH + 4, 2);
            if ((year | month | day | hour | minute | second | millis | offsetHours | offsetMinutes) >= 0) {
                try {
                    int sign = !utc && text.charAt(LOCAL_TIMESTAMP_LENGTH) == '-' ? -1 : 1;
                    // Offsets are whole quarter hours in practice: ZoneOffset caches those.
                    ZoneOffset zone = utc ? ZoneOffset.UTC
                            : ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
                    return OffsetDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000, zone);
                } catch (DateTimeException invalid) {
                    // out of range (a 25th hour, a 13th month): the JDK's parser words the refusal
                }
            }
        }
        return OffsetDateTime.parse(text);
    }

    /** The decimal number of {@code count} ASCII digits at {@code start}; -1 when one is no digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
