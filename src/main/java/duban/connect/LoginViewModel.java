package duban.connect;

import duban.i18n.Messages;
import duban.ui.forms.FormModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What the login dialog asks before the board opens on a server: the login (prefilled from the
 * address, may be changed) and its password, with the server's refusal of the previous attempt.
 * No nodes, no stores: the application tries the connection with what {@link #toInput} gives.
 */
public final class LoginViewModel implements FormModel<Login> {

    private final String server;
    private final String refusal;
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanBinding valid;

    /**
     * @param server  the server as the board names it ({@code zhang@host:5432/duban}), shown read-only
     * @param user    the login the address gives, or {@code null}
     * @param refusal why the previous attempt was refused, in Chinese, or {@code null} on the first
     */
    public LoginViewModel(String server, String user, String refusal) {
        this.server = server;
        this.refusal = refusal == null ? "" : refusal;
        this.user.set(user == null ? "" : user);
        valid = Bindings.createBooleanBinding(
                () -> !this.user.get().isBlank() && !this.password.get().isEmpty(), this.user, this.password);
    }

    @Override
    public String windowTitle() {
        return Messages.get("login.title");
    }

    /** The server, without the login (shown in its own field). */
    public String server() {
        return server;
    }

    /** The line above the fields: the refusal of the previous attempt, or what is asked and why. */
    public String intro() {
        return Messages.get("login.intro");
    }

    /** The server's refusal of the previous attempt (wrong password …); empty on the first. */
    public String refusal() {
        return refusal;
    }

    /** 登录名, as typed. */
    public StringProperty userProperty() {
        return user;
    }

    /** 密码, as typed; cleared by {@link #toInput}. */
    public StringProperty passwordProperty() {
        return password;
    }

    @Override
    public ObservableBooleanValue validProperty() {
        return valid;
    }

    /**
     * The login and the password, which the form then forgets (the field is emptied).
     *
     * @throws IllegalStateException while the login or the password is empty
     */
    @Override
    public Login toInput() {
        if (!valid.get()) {
            throw new IllegalStateException("the login or the password is empty");
        }
        Login login = new Login(user.get().strip(), password.get().toCharArray());
        password.set("");
        return login;
    }
}
