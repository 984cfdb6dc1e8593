package duban.app;

import javafx.application.Application;

/**
 * The entry point. A plain class rather than the {@link Application} itself, so that a plain
 * {@code java -cp ... duban.app.Main} launch finds JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(DubanApp.class, args);
        int status = DubanApp.exitStatus();
        if (status != 0) {
            System.exit(status);
        }
    }
}
