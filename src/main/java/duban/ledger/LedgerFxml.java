package duban.ledger;

import duban.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.util.Callback;

/**
 * Loads the ledger's FXML files (from the class path's root, with the texts of
 * {@link Messages#bundle()}), their controllers made by the given factory so that each gets its
 * view model through its constructor.
 */
public final class LedgerFxml {

    private LedgerFxml() {
    }

    /**
     * Loads {@code name} (e.g. {@code /ledger.fxml}, an {@code fx:root} file) into {@code root},
     * which is usually also the controller the factory returns.
     */
    public static void loadAsRoot(Object root, String name, Callback<Class<?>, Object> controllers) {
        FXMLLoader loader = loader(name, controllers);
        loader.setRoot(root);
        load(loader);
    }

    /** Loads {@code name} and returns its root node. */
    public static <T> T load(String name, Callback<Class<?>, Object> controllers) {
        return load(loader(name, controllers));
    }

    private static FXMLLoader loader(String name, Callback<Class<?>, Object> controllers) {
        FXMLLoader loader = new FXMLLoader(Objects.requireNonNull(LedgerFxml.class.getResource(name), name),
                Messages.bundle());
        loader.setControllerFactory(controllers);
        return loader;
    }

    private static <T> T load(FXMLLoader loader) {
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
