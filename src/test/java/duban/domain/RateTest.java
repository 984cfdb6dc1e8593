package duban.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Rate}: validation, the undefined 0-of-0 case and one-decimal half-up percentages. */
class RateTest {

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({
            "5, 8, 62.5%",
            "2, 3, 66.7%",
            "1, 8, 12.5%",
            "1, 3, 33.3%",
            "0, 5, 0.0%",
            "5, 5, 100.0%",
            "1, 1, 100.0%",
            "0, 1, 0.0%",
            "1, 6, 16.7%",
            "5, 6, 83.3%",
            "1, 16, 6.3%",   // 6.25 → half up, not banker's 6.2
            "3, 16, 18.8%",  // 18.75 → 18.8
            "1, 200, 0.5%",
            "1, 2000, 0.1%", // 0.05 → 0.1 on the exact quotient
            "1, 2001, 0.0%",
            "199, 200, 99.5%",
            "1999, 2000, 100.0%"})
    void percentTextHasOneDecimalRoundedHalfUp(int numerator, int denominator, String expected) {
        assertThat(new Rate(numerator, denominator).percentText()).isEqualTo(expected);
    }

    @Test
    void zeroOfZeroIsUndefinedAndShownAsADash() {
        Rate rate = new Rate(0, 0);
        assertThat(rate.isDefined()).isFalse();
        assertThat(rate.percentText()).isEqualTo("—");
        assertThat(rate.fraction()).isZero();
        assertThat(rate.toString()).startsWith("—");
    }

    @Test
    void zeroOfFiveIsDefinedAndDiffersFromZeroOfZero() {
        Rate rate = new Rate(0, 5);
        assertThat(rate.isDefined()).isTrue();
        assertThat(rate.percentText()).isEqualTo("0.0%");
        assertThat(rate).isNotEqualTo(new Rate(0, 0));
    }

    @ParameterizedTest
    @CsvSource({"5, 8, 0.625", "2, 3, 0.6666666667", "8, 8, 1.0", "0, 8, 0.0"})
    void fractionIsTheExactProportion(int numerator, int denominator, double expected) {
        assertThat(new Rate(numerator, denominator).fraction()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void largeCountsDoNotOverflow() {
        Rate rate = new Rate(Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
        assertThat(rate.percentText()).isEqualTo("100.0%");
        assertThat(new Rate(Integer.MAX_VALUE / 2, Integer.MAX_VALUE).percentText()).isEqualTo("50.0%");
    }

    @ParameterizedTest(name = "{0}/{1} is not a rate")
    @CsvSource({"6, 5", "1, 0", "-1, 5", "0, -1", "-1, -1", "-2, -1"})
    void impossibleCountsAreRejected(int numerator, int denominator) {
        assertThatThrownBy(() -> new Rate(numerator, denominator))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(numerator + "/" + denominator);
    }

    @Test
    void toStringShowsPercentAndCounts() {
        assertThat(new Rate(5, 8).toString()).contains("62.5%").contains("5/8");
    }
}
