package duban.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The reason a withdrawal, reopening or sending back asks: required, trimmed, named by the case. */
class ReasonViewModelTest {

    private final ReasonViewModel viewModel = new ReasonViewModel("撤销督办", "撤销“破损路面修补”", "撤销原因");

    @Test
    void aBlankReasonIsNotEnough() {
        assertThat(viewModel.validProperty().get()).isFalse();
        assertThat(viewModel.errorProperty().get()).isEqualTo("请填写撤销原因");
        assertThat(viewModel.promptText()).isEqualTo("请写明撤销原因");

        viewModel.reasonProperty().set("   ");
        assertThat(viewModel.validProperty().get()).isFalse();
        assertThatThrownBy(viewModel::toInput).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWrittenReasonIsGivenTrimmed() {
        viewModel.reasonProperty().set("  重复登记  ");

        assertThat(viewModel.validProperty().get()).isTrue();
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(viewModel.toInput()).isEqualTo("重复登记");
    }
}
