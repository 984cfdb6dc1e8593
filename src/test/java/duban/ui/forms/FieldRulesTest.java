package duban.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The shared field rules, each as the message the form shows. */
class FieldRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate ASSIGNED = LocalDate.of(2026, 10, 8);

    @Test
    void aPastDateIsRequiredNotInTheFutureAndNotBeforeTheAssignment() {
        assertThat(FieldRules.pastDate(new DateField(null), "办结日期", TODAY, ASSIGNED)).isEqualTo("请填写办结日期");
        DateField field = new DateField(TODAY);
        assertThat(FieldRules.pastDate(field, "办结日期", TODAY, ASSIGNED)).isEmpty();
        field.setText("2026/11/22");
        assertThat(FieldRules.pastDate(field, "办结日期", TODAY, ASSIGNED)).isEqualTo("办结日期不能晚于今天");
        field.setText("2026-10-07");
        assertThat(FieldRules.pastDate(field, "办结日期", TODAY, ASSIGNED))
                .isEqualTo("办结日期不能早于交办日期（2026-10-08）");
        assertThat(FieldRules.pastDate(field, "办结日期", TODAY, null)).isEmpty();
        field.setText("明天");
        assertThat(FieldRules.pastDate(field, "办结日期", TODAY, ASSIGNED)).isEqualTo("日期格式应为 2026-12-31");
    }

    @Test
    void aNameIsRequiredAndFitsTheColumn() {
        assertThat(FieldRules.name(" ", "批准人")).isEqualTo("请填写批准人");
        assertThat(FieldRules.name("李明", "批准人")).isEmpty();
        assertThat(FieldRules.name("李".repeat(FieldRules.NAME_MAX_LENGTH + 1), "批准人"))
                .isEqualTo("批准人不能超过 50 个字");
        assertThat(FieldRules.required(null, "延期原因")).isEqualTo("请填写延期原因");
    }
}
