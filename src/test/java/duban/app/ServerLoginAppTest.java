package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.store.Database;
import duban.store.DemoData;
import duban.store.ServerAddress;
import duban.testing.ChildJvm;
import duban.testing.PostgresServer;
import duban.testing.Screenshots;
import duban.testing.TestClock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application on a server whose login must give a password: the login dialog asks for
 * it, a wrong one is refused in Chinese and asked again, the right one opens the board; 取消 ends
 * the program with status 2 (in a JVM of its own, since it ends the JavaFX toolkit).
 */
class ServerLoginAppTest {

    private static final String LOGIN = "login_wang";
    private static final String PASSWORD = "Wang-2026-pw";

    private static String office;

    private final FxRobot robot = new FxRobot();
    private Application application;

    @BeforeAll
    static void officeWithAPasswordLogin() throws Exception {
        office = PostgresServer.freshMigratedDatabase("login_app");
        try (Database db = Database.openServer(ServerAddress.parse(PostgresServer.address(office)).orElseThrow(), null, false)) {
            new DemoData(db.dsl(), TestClock.startingToday()).seedIfEmpty();
        }
        PostgresServer.executeAsSuperuser("CREATE ROLE " + LOGIN + " LOGIN PASSWORD '" + PASSWORD + "' IN ROLE "
                + PostgresServer.PASSWORD_GROUP);
        PostgresServer.executeAsSuperuser(office, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + LOGIN);
        PostgresServer.executeAsSuperuser(office, "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + LOGIN);
    }

    private static String address() {
        return "postgresql://localhost:" + PostgresServer.port() + "/" + office + "?user=" + LOGIN;
    }

    @AfterEach
    void stopApplication() throws TimeoutException {
        if (!FxToolkit.isFXApplicationThreadRunning()) {
            return; // the child-JVM test never starts the toolkit here
        }
        robot.interact(() -> robot.listWindows().stream().filter(Window::isShowing)
                .filter(window -> window.getScene() != null && window.getScene().lookup("#login-dialog") != null)
                .toList().forEach(Window::hide));
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
    }

    /** The login dialog on screen, once it is. */
    private Node loginDialog() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#login-dialog").tryQuery()
                .filter(node -> node.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#login-dialog").query();
    }

    @Test
    void aWrongPasswordIsRefusedInChineseAndTheRightOneOpensTheBoard() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        // start() waits in the dialog, so the application is set up from another thread.
        CompletableFuture<Application> started = CompletableFuture.supplyAsync(() -> {
            try {
                return FxToolkit.setupApplication(() -> new DubanApp(TestClock.startingToday(), List.of("--db", address())));
            } catch (TimeoutException e) {
                throw new IllegalStateException(e);
            }
        });

        Node first = loginDialog();
        assertThat(robot.lookup("#login-server").queryAs(TextField.class).getText())
                .isEqualTo("localhost:" + PostgresServer.port() + "/" + office);
        assertThat(robot.lookup("#login-user").queryAs(TextField.class).getText()).isEqualTo(LOGIN);
        assertThat(robot.lookup("#login-refusal").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#login-ok").queryAs(Button.class).isDisable()).as("no password yet").isTrue();
        Screenshots.save(first.getScene(), "login-dialog");

        robot.clickOn("#login-password").write("not-the-password");
        robot.clickOn("#login-ok");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#login-refusal").tryQuery()
                .filter(Node::isVisible).filter(node -> node.getScene().getWindow().isShowing()).isPresent());
        Node again = loginDialog();
        assertThat(robot.lookup("#login-refusal").queryAs(Label.class).getText())
                .contains("服务器拒绝了登录名 “" + LOGIN + "” 的密码").doesNotContain("not-the-password");
        assertThat(robot.lookup("#login-user").queryAs(TextField.class).getText()).as("the login is kept").isEqualTo(LOGIN);
        assertThat(robot.lookup("#login-password").queryAs(PasswordField.class).getText()).as("the password is not").isEmpty();
        Screenshots.save(again.getScene(), "login-dialog-refused");

        robot.clickOn("#login-password").write(PASSWORD);
        robot.clickOn("#login-ok");

        application = started.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#column-" + Status.ASSIGNED.name())
                .queryAs(ListView.class).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).contains(office);
        assertThat(DubanApp.exitStatus()).isZero();
        Screenshots.save(stage.getScene(), "login-board-on-server");
        try (var connection = PostgresServer.connect(office); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM setting WHERE value LIKE '%" + PASSWORD + "%'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("the password is in no setting").isZero();
        }
    }

    /** The real {@link Main} in a JVM of its own, with {@link PressOnStart} pressing {@code button}. */
    private static ChildJvm.Finished runMainPressing(String button, String database) throws Exception {
        return ChildJvm.of(PressOnStart.class)
                .flags("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                        "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                        "-Dstderr.encoding=UTF-8", "-Duser.home=" + System.getProperty("user.home"),
                        "-D" + PressOnStart.BUTTON + "=" + button)
                .args("--db", database)
                .run(90)
                .ended();
    }

    @Test
    void cancellingTheLoginEndsTheProgramWithStatusTwoAndNoStackTrace() throws Exception {
        ChildJvm.Finished child = runMainPressing("login-cancel", address());
        assertThat(child.stdout()).contains("pressed login-cancel");
        assertThat(child.status()).as(child.stderr()).isEqualTo(2);
        assertThat(child.stderr()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aServerNoPasswordCanHelpIsNamedInTheErrorDialogAndOnTheTerminal() throws Exception {
        ChildJvm.Finished child = runMainPressing("error-dialog", "postgresql://127.0.0.1:1/duban?user=zhang");
        assertThat(child.status()).as(child.stderr()).isEqualTo(2);
        assertThat(child.stdout()).contains("pressed error-dialog")
                .contains("无法打开服务器上的数据库：\nzhang@127.0.0.1:1/duban")
                .contains("连接不上数据库服务器 127.0.0.1:1。请检查");
        assertThat(child.stderr()).contains("无法打开服务器上的数据库： zhang@127.0.0.1:1/duban")
                .doesNotContain("Exception", "\tat ", "org.postgresql");
    }

    /**
     * In the child JVM: the real {@link Main} on the command line, and the button named by
     * {@link #BUTTON} pressed once its window shows ({@code login-cancel}, or {@code error-dialog}'s
     * only button); what the window said is printed first.
     */
    public static final class PressOnStart {

        static final String BUTTON = "duban.test.press";

        public static void main(String[] args) throws Exception {
            String button = System.getProperty(BUTTON);
            Thread presser = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(200);
                        Platform.runLater(() -> press(button));
                    } catch (IllegalStateException notYetStarted) {
                        // the toolkit is still starting
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "press-" + button);
            presser.setDaemon(true);
            presser.start();
            Main.main(args);
        }

        private static void press(String button) {
            for (Window window : List.copyOf(Window.getWindows())) {
                if (!window.isShowing() || window.getScene() == null) {
                    continue;
                }
                Node found = window.getScene().getRoot() instanceof DialogPane pane && button.equals(pane.getId())
                        ? pane.lookupButton(pane.getButtonTypes().get(0))
                        : window.getScene().lookup("#" + button);
                if (found instanceof Button pressable) {
                    if (window.getScene().getRoot() instanceof DialogPane pane) {
                        System.out.println("dialog: " + pane.getHeaderText() + " | "
                                + (pane.getContent() instanceof Label text ? text.getText() : ""));
                    }
                    System.out.println("pressed " + button);
                    pressable.fire();
                    return;
                }
            }
        }
    }
}
