package duban.connect;

import duban.ui.forms.FormView;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** The controller of {@code login.fxml}: the server shown, the login and password bound to {@link LoginViewModel}. */
public final class LoginView implements FormView<Login> {

    private final LoginViewModel viewModel;

    @FXML private Label intro;
    @FXML private TextField server;
    @FXML private TextField user;
    @FXML private PasswordField password;
    @FXML private Label refusal;

    public LoginView(LoginViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        intro.setText(viewModel.intro());
        server.setText(viewModel.server());
        user.textProperty().bindBidirectional(viewModel.userProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        refusal.setText(viewModel.refusal());
        refusal.setVisible(!viewModel.refusal().isEmpty());
        refusal.setManaged(!viewModel.refusal().isEmpty());
    }

    @Override
    public LoginViewModel viewModel() {
        return viewModel;
    }

    /** The password when the login is known (the usual case), else the login. */
    @Override
    public Node firstField() {
        return viewModel.userProperty().get().isBlank() ? user : password;
    }
}
