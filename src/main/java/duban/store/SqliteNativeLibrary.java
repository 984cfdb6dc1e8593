package duban.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The SQLite driver's native library, kept in a per-user folder instead of unpacked at every start
 * (issue 18, start-up). Left to itself, sqlite-jdbc copies its 1 MB library out of the jar into the
 * temporary folder on every start, compares the copy with the jar byte by byte, and deletes it at
 * exit: about 0.15–0.25 s of the database's opening, which the first board frame waits for. Given a
 * folder, the library is copied there once (per driver version) and the driver is pointed at it
 * through its own {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} properties.
 *
 * <p>Nothing here can stop a start: when the folder cannot be written, or the kept copy does not
 * load, the driver falls back to unpacking it as before (its loader tries the properties first).
 */
public final class SqliteNativeLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /**
     * Points the driver at its library kept in {@code folder}, copying it there first when it is
     * missing or not the whole library. Does nothing when the driver was already pointed elsewhere
     * (a launcher's {@code -Dorg.sqlite.lib.path}) or has no library for this system; returns
     * whether the kept copy is now the one the driver will load.
     */
    public static boolean keepIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return false;
        }
        Optional<Path> kept = keptCopy(folder);
        kept.ifPresent(library -> {
            System.setProperty(PATH_PROPERTY, library.getParent().toAbsolutePath().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
        });
        return kept.isPresent();
    }

    /**
     * The driver's library for this system kept in {@code folder}, copied there first when it is
     * missing or not the whole library; empty when the driver has none for this system or the
     * folder cannot hold it.
     */
    static Optional<Path> keptCopy(Path folder) {
        String name = LibraryLoaderUtil.getNativeLibName();
        URL packed = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (packed == null) {
            return Optional.empty();
        }
        // The version in the name: a newer driver never loads an older driver's library.
        Path kept = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + name);
        try {
            long size = packedSize(packed);
            if (!Files.isRegularFile(kept) || Files.size(kept) != size) {
                copy(packed, folder, kept);
            }
            return Optional.of(kept);
        } catch (IOException | RuntimeException cannotKeep) {
            // A read-only home, a full disk: the driver unpacks its library as it always did.
            return Optional.empty();
        }
    }

    private static long packedSize(URL packed) throws IOException {
        URLConnection connection = packed.openConnection();
        connection.setUseCaches(false);
        long size = connection.getContentLengthLong();
        connection.getInputStream().close();
        if (size < 0) {
            throw new IOException("unknown size of " + packed);
        }
        return size;
    }

    /**
     * Copies the library beside {@code kept} under a name of its own, then moves it into place in
     * one step: another start that finds the file finds all of it, and two starting at once each
     * move a whole copy.
     */
    private static void copy(URL packed, Path folder, Path kept) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, kept.getFileName().toString(), ".part");
        try {
            try (InputStream in = packed.openStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(partial, kept, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException inUse) {
                // Windows: another start has the library loaded, so it is whole and stays.
                if (!Files.isRegularFile(kept) || Files.size(kept) != Files.size(partial)) {
                    throw inUse;
                }
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
