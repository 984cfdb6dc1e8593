package duban.connect;

import duban.i18n.Messages;
import duban.ui.forms.FormDialog;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * 登录数据库服务器 ({@code login.fxml}): asked when the server wants a password that neither the
 * address nor the PostgreSQL password file gave, or refused the one given. The result is the
 * login and the password; 取消 gives none. It connects to nothing itself.
 */
public final class LoginDialog extends FormDialog<Login> {

    /** 登录. */
    public static final ButtonType LOG_IN = new ButtonType(Messages.get("login.ok"), ButtonBar.ButtonData.OK_DONE);

    private final LoginViewModel viewModel;

    /**
     * @param server  the server as the board names it, shown read-only
     * @param user    the login to prefill, or {@code null}
     * @param refusal why the previous attempt was refused, in Chinese, or {@code null}
     */
    public LoginDialog(String server, String user, String refusal) {
        this(new LoginView(new LoginViewModel(server, user, refusal)));
    }

    private LoginDialog(LoginView view) {
        super(null, "login", LOG_IN, "/login.fxml", view, "/connect.css");
        this.viewModel = view.viewModel();
    }

    /** The state behind the form. */
    public LoginViewModel viewModel() {
        return viewModel;
    }
}
