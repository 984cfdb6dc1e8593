package duban.ui;

import duban.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML file whose root element is {@code fx:root}: the view is a node that loads its own
 * layout, so callers keep writing {@code new DetailsView(viewModel)}. The controller comes from
 * the loader's controller factory, made with its view model, never set up after loading.
 */
public final class FxmlRoot {

    private FxmlRoot() {
    }

    /**
     * Loads {@code fxml} (a name at the root of the class path, e.g. {@code details.fxml}) into
     * {@code root}, with {@link Messages#bundle()} for its {@code %key} texts, and returns the
     * controller {@code controller} made.
     */
    public static <C> C load(Parent root, String fxml, Supplier<C> controller) {
        FXMLLoader loader = new FXMLLoader(FxmlRoot.class.getResource("/" + fxml), Messages.bundle());
        loader.setRoot(root);
        loader.setControllerFactory(type -> controller.get());
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(fxml + " on the class path", e);
        }
        return loader.getController();
    }
}
