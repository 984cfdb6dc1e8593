package duban.editor;

import duban.ui.forms.DateText;

import duban.ui.forms.DateField;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The date forms office staff type, and the ones that are not dates. */
class DateTextTest {

    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-31", "2026/12/31", "2026.12.31", "20261231", "2026年12月31日",
            " 2026-12-31 ", "2026年12月31", "２０２６／１２／３１", "2026 年 12 月 31 日"})
    void readsEveryFormTheOfficeTypes(String typed) {
        assertThat(DateText.parse(typed)).contains(NEW_YEARS_EVE);
    }

    @Test
    void readsOneDigitMonthsAndDays() {
        assertThat(DateText.parse("2026/3/5")).contains(LocalDate.of(2026, 3, 5));
        assertThat(DateText.parse("2026年3月5日")).contains(LocalDate.of(2026, 3, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "明天", "2026-12", "2026-13-01", "2026-02-30", "2026/12-31", "2026123",
            "202612311", "0202-12-31", "26-12-31", "12/31/2026"})
    void refusesTextThatIsNotADate(String typed) {
        assertThat(DateText.parse(typed)).isEmpty();
    }

    @Test
    void showsDatesInTheIsoForm() {
        assertThat(DateText.format(LocalDate.of(2026, 3, 5))).isEqualTo("2026-03-05");
        assertThat(DateText.format(null)).isEmpty();
    }

    @Test
    void aDateFieldKeepsTypedTextThatIsNotADate() {
        DateField field = new DateField(NEW_YEARS_EVE);
        assertThat(field.getText()).isEqualTo("2026-12-31");
        field.setText("2026/13/01");
        assertThat(field.getText()).isEqualTo("2026/13/01");
        assertThat(field.getDate()).isNull();
        assertThat(field.isMalformed()).isTrue();
        field.setText("");
        assertThat(field.isMalformed()).isFalse();
        assertThat(field.isBlank()).isTrue();
    }
}
