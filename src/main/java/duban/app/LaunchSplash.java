package duban.app;

import java.awt.GraphicsEnvironment;
import java.awt.SplashScreen;

/**
 * The installed app's splash picture (督办看板, 正在打开，请稍候……): the Java launcher shows it
 * as the process starts ({@code -splash:} in the installer's java-options), about two seconds
 * before the board's first frame on an office PC, so that a double-click answers at once and is
 * not repeated. It goes when the board's first frame is laid out, before any dialog that start-up
 * shows instead (it would cover it), and as soon as the command line turns out to be a command
 * without a window.
 *
 * <p>The installer sets {@code duban.splash} with the picture: any other start (mvn javafx:run,
 * the tests, a plain {@code java -cp}) never touches AWT here.
 */
final class LaunchSplash {

    /** The system property the installer's java-options set beside {@code -splash:}. */
    static final String PROPERTY = "duban.splash";

    private LaunchSplash() {
    }

    /** Closes the splash picture if the launcher shows one; does nothing otherwise, and never fails. */
    static void close() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        try {
            if (GraphicsEnvironment.isHeadless()) {
                return; // no display: the launcher showed nothing
            }
            SplashScreen splash = SplashScreen.getSplashScreen();
            if (splash != null) {
                splash.close();
            }
        } catch (RuntimeException | LinkageError noSplash) {
            // A runtime without AWT's splash support shows none either.
        }
    }
}
