package duban.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves PNG snapshots of what the UI tests see to {@code target/screenshots/}, to be looked at. */
public final class Screenshots {

    public static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** Renders {@code scene} on the FX thread and writes it as {@code <name>.png}; returns the file. */
    public static Path save(Scene scene, String name) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> image.set(scene.snapshot(null)));
        Path file = FOLDER.resolve(name + ".png");
        try {
            Files.createDirectories(FOLDER);
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
