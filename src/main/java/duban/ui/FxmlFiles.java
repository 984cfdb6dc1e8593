package duban.ui;

import duban.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.util.Callback;

/**
 * Loads a view's FXML file from the root of the class path (the {@code fxml/} folder) with the
 * message bundle for its {@code %key} texts, its controller built by {@code controllers} (a
 * constructor taking the view model), never set up after loading.
 */
public final class FxmlFiles {

    private FxmlFiles() {
    }

    /** Loads {@code name} (e.g. {@code "projector.fxml"}); the returned loader holds the root and the controller. */
    public static FXMLLoader load(String name, Callback<Class<?>, Object> controllers) {
        FXMLLoader loader = new FXMLLoader(Objects.requireNonNull(FxmlFiles.class.getResource("/" + name), name),
                Messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loader;
    }
}
