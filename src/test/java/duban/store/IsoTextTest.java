package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The fast reading of stored dates and timestamps gives what the JDK's ISO parsers give, value for value. */
class IsoTextTest {

    @Property(tries = 2000, seed = "20261205")
    void everyWrittenTimestampReadsBackAsTheJdkReadsIt(@ForAll("timestamps") OffsetDateTime written) {
        String text = IsoTimestampConverter.FORMAT.format(written);

        OffsetDateTime read = IsoText.timestamp(text);

        assertThat(read).isEqualTo(OffsetDateTime.parse(text)).isEqualTo(written);
        assertThat(read.getOffset()).isSameAs(OffsetDateTime.parse(text).getOffset());
    }

    @Property(tries = 2000, seed = "20261206")
    void everyDateReadsAsTheJdkReadsIt(@ForAll("dates") LocalDate written) {
        assertThat(IsoText.date(written.toString())).isEqualTo(LocalDate.parse(written.toString())).isEqualTo(written);
    }

    @Example
    void aDayReadAgainIsTheSameObjectAndDaysSharingASlotStayApart() {
        LocalDate first = IsoText.date("2026-12-05");
        assertThat(IsoText.date("2026-12-05")).isSameAs(first);
        // 2026-12-05 and 2037-12-09 fall in the same slot (4,096 keys later): each reads as itself.
        assertThat(IsoText.date("2037-12-09")).isEqualTo(LocalDate.of(2037, 12, 9));
        assertThat(IsoText.date("2026-12-05")).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(IsoText.date("2037-12-09")).isEqualTo(LocalDate.of(2037, 12, 9));
    }

    /** Digits in every place of the written form, valid or not: the same value, or the same refusal. */
    @Property(tries = 2000, seed = "20261207")
    void anyDigitsInTheWrittenShapeGiveTheJdksAnswer(@ForAll @NumericChars @StringLength(21) String digits,
                                                     @ForAll boolean utc, @ForAll boolean minus) {
        String text = digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6, 8) + "T"
                + digits.substring(8, 10) + ":" + digits.substring(10, 12) + ":" + digits.substring(12, 14) + "."
                + digits.substring(14, 17)
                + (utc ? "Z" : (minus ? "-" : "+") + digits.substring(17, 19) + ":" + digits.substring(19, 21));
        assertSameAnswer(text);
        assertSameDateAnswer(text.substring(0, 10));
    }

    @Test
    void otherFormsGoToTheJdksParser() {
        assertThat(IsoText.timestamp("2026-11-21T10:15:30+08:00"))
                .isEqualTo(OffsetDateTime.of(2026, 11, 21, 10, 15, 30, 0, ZoneOffset.ofHours(8)));
        assertThat(IsoText.timestamp("2026-11-21T10:15:30.123456789Z"))
                .isEqualTo(OffsetDateTime.parse("2026-11-21T10:15:30.123456789Z"));
        assertThat(IsoText.timestamp("2026-11-21T10:15:30.123+08:00:00")).isEqualTo(
                OffsetDateTime.parse("2026-11-21T10:15:30.123+08:00:00"));
        for (String broken : new String[] {"2026-13-21T10:15:30.123+08:00", "2026-02-30T10:15:30.123Z",
                "2026-11-21T24:00:00.000Z", "2026-11-21T10:15:30.123+19:00", "2026-11-21 10:15:30.123Z",
                "2026-1١-21T10:15:30.123Z", "", "2026-11-21T10:15:30.123X"}) {
            assertSameAnswer(broken);
        }
        for (String broken : new String[] {"2026-02-30", "2026-00-10", "2026/11/21", "20261121", "+2026-11-2"}) {
            assertSameDateAnswer(broken);
        }
    }

    private static void assertSameAnswer(String text) {
        assertSameAnswer(text, OffsetDateTime::parse, IsoText::timestamp);
    }

    private static void assertSameDateAnswer(String text) {
        assertSameAnswer(text, LocalDate::parse, IsoText::date);
    }

    /** {@code fast} gives what {@code jdk} gives for {@code text}: the same value, or the same refusal. */
    private static <T> void assertSameAnswer(String text, Function<String, T> jdk, Function<String, T> fast) {
        T expected;
        try {
            expected = jdk.apply(text);
        } catch (DateTimeParseException refused) {
            assertThatThrownBy(() -> fast.apply(text)).as(text).isInstanceOf(DateTimeParseException.class)
                    .hasMessage(refused.getMessage());
            return;
        }
        assertThat(fast.apply(text)).as(text).isEqualTo(expected);
    }

    @Provide
    Arbitrary<OffsetDateTime> timestamps() {
        Arbitrary<Integer> offsetQuarters = Arbitraries.integers().between(-18 * 4, 18 * 4);
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 86_399_999), offsetQuarters)
                .as((date, millisOfDay, quarters) -> OffsetDateTime.of(date,
                        java.time.LocalTime.ofNanoOfDay(millisOfDay * 1_000_000L),
                        ZoneOffset.ofTotalSeconds(quarters * 15 * 60)));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, (int) LocalDate.of(9999, 12, 31).toEpochDay()
                - (int) LocalDate.of(0, 1, 1).toEpochDay())
                .map(days -> LocalDate.of(0, 1, 1).plusDays(days));
    }
}
