package duban.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The login form's state: both fields needed, the password handed over once and then forgotten. */
class LoginViewModelTest {

    @Test
    void theLoginIsPrefilledAndBothFieldsAreNeeded() {
        LoginViewModel form = new LoginViewModel("db.office:5432/duban", "zhang", null);
        assertThat(form.userProperty().get()).isEqualTo("zhang");
        assertThat(form.refusal()).isEmpty();
        assertThat(form.validProperty().get()).as("no password yet").isFalse();
        assertThatThrownBy(form::toInput).isInstanceOf(IllegalStateException.class).hasMessageNotContaining("zhang");

        form.passwordProperty().set("Secret-1");
        assertThat(form.validProperty().get()).isTrue();
        form.userProperty().set("   ");
        assertThat(form.validProperty().get()).as("a blank login").isFalse();
    }

    @Test
    void thePasswordIsHandedOverOnceThenTheFieldIsEmptyAndTheCopyCanBeWiped() {
        LoginViewModel form = new LoginViewModel("db.office:5432/duban", null, "服务器拒绝了登录名 “li” 的密码。");
        assertThat(form.refusal()).contains("拒绝");
        form.userProperty().set("  li ");
        form.passwordProperty().set("Secret-2");

        Login login = form.toInput();

        assertThat(login.user()).isEqualTo("li");
        assertThat(login.password()).containsExactly("Secret-2".toCharArray());
        assertThat(login.toString()).doesNotContain("Secret");
        assertThat(form.passwordProperty().get()).isEmpty();
        assertThat(form.validProperty().get()).isFalse();
        login.forget();
        assertThat(new String(login.password())).doesNotContain("Secret").hasSize("Secret-2".length());
    }
}
