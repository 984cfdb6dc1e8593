package duban.ui;

import duban.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * The one way views load their FXML: a file at the root of the class path (the {@code fxml/}
 * folder), with {@link Messages#bundle()} for its {@code %key} texts, its controller made by the
 * given factory, a constructor taking the view model, so nothing is set on a controller after
 * loading.
 */
public final class Fxml {

    private Fxml() {
    }

    /**
     * Loads {@code name} (e.g. {@code "projector.fxml"}); the returned loader holds the root and
     * the controller {@code controllers} made.
     */
    public static FXMLLoader load(String name, Callback<Class<?>, Object> controllers) {
        FXMLLoader loader = loader(name, controllers);
        read(loader);
        return loader;
    }

    /** Loads {@code name} and returns its root node. */
    public static <T> T root(String name, Callback<Class<?>, Object> controllers) {
        return load(name, controllers).getRoot();
    }

    /**
     * Loads the {@code fx:root} file {@code name} into {@code root} (a view that is a node, so
     * callers keep writing {@code new DetailsView(viewModel)}) and returns its controller.
     */
    public static <C> C loadInto(Parent root, String name, Callback<Class<?>, Object> controllers) {
        FXMLLoader loader = loader(name, controllers);
        loader.setRoot(root);
        read(loader);
        return loader.getController();
    }

    /** A factory that hands over {@code controller}, already made with its view model. */
    public static Callback<Class<?>, Object> controller(Object controller) {
        return type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalArgumentException("the FXML wants a " + type.getName() + " as its controller");
            }
            return controller;
        };
    }

    private static FXMLLoader loader(String name, Callback<Class<?>, Object> controllers) {
        String path = name.startsWith("/") ? name : "/" + name;
        URL location = Objects.requireNonNull(Fxml.class.getResource(path), path);
        FXMLLoader loader = new FXMLLoader(location, Messages.bundle());
        loader.setControllerFactory(controllers);
        return loader;
    }

    private static void read(FXMLLoader loader) {
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(loader.getLocation().toString(), e);
        }
    }
}
