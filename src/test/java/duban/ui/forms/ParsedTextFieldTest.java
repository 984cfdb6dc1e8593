package duban.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generic parsed-text field and the date field built on it, as plain properties: no toolkit. */
class ParsedTextFieldTest {

    /** Whole numbers of days; blank is fine (an optional field), anything else a message. */
    private static ParsedText<Integer> days(String typed) {
        if (typed.isBlank()) {
            return ParsedText.none();
        }
        try {
            return ParsedText.of(Integer.parseInt(typed.strip()));
        } catch (NumberFormatException notANumber) {
            return ParsedText.error("请填写天数");
        }
    }

    @Test
    void theInitialTextIsParsedAtOnce() {
        ParsedTextField<Integer> field = new ParsedTextField<>(ParsedTextFieldTest::days, " 15 ");

        assertThat(field.getText()).isEqualTo(" 15 ");
        assertThat(field.getValue()).isEqualTo(15);
        assertThat(field.getError()).isEmpty();
        assertThat(field.isInvalid()).isFalse();
    }

    @Test
    void aTypoKeepsItsTextAndSaysWhy() {
        ParsedTextField<Integer> field = new ParsedTextField<>(ParsedTextFieldTest::days, "15");

        field.setText("15天x");

        assertThat(field.getText()).isEqualTo("15天x");
        assertThat(field.getValue()).isNull();
        assertThat(field.getError()).isEqualTo("请填写天数");
        assertThat(field.isInvalid()).isTrue();

        field.setText("20");
        assertThat(field.getValue()).isEqualTo(20);
        assertThat(field.getError()).isEmpty();
        assertThat(field.isInvalid()).isFalse();
    }

    @Test
    void blankIsWhateverTheParserSays() {
        ParsedTextField<Integer> optional = new ParsedTextField<>(ParsedTextFieldTest::days, null);
        assertThat(optional.getText()).isEmpty();
        assertThat(optional.isBlank()).isTrue();
        assertThat(optional.getValue()).isNull();
        assertThat(optional.isInvalid()).isFalse();

        ParsedTextField<Integer> required = new ParsedTextField<>(
                typed -> typed.isBlank() ? ParsedText.error("必填") : days(typed), "3");
        required.setText("  ");
        assertThat(required.getError()).isEqualTo("必填");
        assertThat(required.isInvalid()).isTrue();
    }

    @Test
    void listenersOfTheValueSeeTheNewTextAndTheErrorAfterIt() {
        ParsedTextField<Integer> field = new ParsedTextField<>(ParsedTextFieldTest::days, "1");
        List<String> seen = new ArrayList<>();
        field.valueProperty().addListener((observable, before, now) -> seen.add("value " + now + " text " + field.getText()));
        field.errorProperty().addListener((observable, before, now) -> seen.add("error " + now + " value " + field.getValue()));

        field.setText("x");
        field.setText("2");

        assertThat(seen).containsExactly("value null text x", "error 请填写天数 value null",
                "value 2 text 2", "error  value 2");
    }

    @Test
    void aParsedValueCannotAlsoBeAnError() {
        assertThatThrownBy(() -> new ParsedText<>(1, "请填写天数")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDateFieldReadsTheOfficesFormsAndNamesAMalformedDate() {
        DateField field = new DateField(LocalDate.of(2026, 11, 21));
        assertThat(field.getText()).isEqualTo("2026-11-21");
        assertThat(field.getDate()).isEqualTo(LocalDate.of(2026, 11, 21));

        field.setText("2026年12月31日");
        assertThat(field.getDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(field.isMalformed()).isFalse();

        field.setText("2026-13-01");
        assertThat(field.getDate()).isNull();
        assertThat(field.isMalformed()).isTrue();
        assertThat(field.getError()).isEqualTo("日期格式应为 2026-12-31");

        field.setText("");
        assertThat(field.isBlank()).isTrue();
        assertThat(field.isMalformed()).isFalse();
        assertThat(field.getError()).isEmpty();

        field.setDate(LocalDate.of(2027, 1, 4));
        assertThat(field.getText()).isEqualTo("2027-01-04");
    }
}
