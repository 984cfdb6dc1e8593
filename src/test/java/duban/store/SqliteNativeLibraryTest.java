package duban.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duban.testing.ChildJvm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** The driver's native library kept in the user's cache, not unpacked into the temporary folder at every start. */
class SqliteNativeLibraryTest {

    @TempDir
    Path folder;

    @Test
    void theLibraryIsCopiedWholeOnceAndReusedAfterwards() throws IOException {
        Path kept = SqliteNativeLibrary.keptCopy(folder).orElseThrow();

        assertArrayEquals(packedLibrary(), Files.readAllBytes(kept));
        assertTrue(kept.getFileName().toString().contains(SQLiteJDBCLoader.getVersion()), kept.toString());
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(kept, written);

        assertEquals(Optional.of(kept), SqliteNativeLibrary.keptCopy(folder));
        assertEquals(written, Files.getLastModifiedTime(kept), "a whole copy is used as it is");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(kept), files.toList(), "no partial copy is left behind");
        }
    }

    @Test
    void aCopyCutShortIsReplacedByTheWholeLibrary() throws IOException {
        Path kept = SqliteNativeLibrary.keptCopy(folder).orElseThrow();
        byte[] whole = Files.readAllBytes(kept);
        Files.write(kept, java.util.Arrays.copyOf(whole, whole.length / 3));

        assertEquals(Optional.of(kept), SqliteNativeLibrary.keptCopy(folder));
        assertArrayEquals(whole, Files.readAllBytes(kept));
    }

    @Test
    void aFolderThatCannotBeMadeKeepsNothing() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("cache"), "a file where the folder should be");

        assertEquals(Optional.empty(), SqliteNativeLibrary.keptCopy(notAFolder));
        assertEquals("a file where the folder should be", Files.readString(notAFolder));
    }

    /**
     * In a JVM of its own (the driver loads once per JVM): with the library kept, the temporary
     * folder stays empty while the driver is loaded; without, the driver unpacks a copy there, as
     * sqlite-jdbc always did (which shows the check can see it).
     */
    @Test
    void theDriverLoadsTheKeptLibraryAndUnpacksNothing() throws Exception {
        Path cache = folder.resolve("cache");
        Path keptTemp = Files.createDirectories(folder.resolve("tmp-kept"));
        Path unpackedTemp = Files.createDirectories(folder.resolve("tmp-unpacked"));

        ChildJvm.Finished kept = ChildJvm.of(OpenOneConnection.class).flags("-Djava.io.tmpdir=" + keptTemp)
                .args(cache.toString()).run(60).ended();
        ChildJvm.Finished unpacked = ChildJvm.of(OpenOneConnection.class).flags("-Djava.io.tmpdir=" + unpackedTemp)
                .run(60).ended();

        assertEquals(0, kept.status(), kept.stderr());
        assertTrue(kept.stdout().contains("kept=true"), kept.stdout());
        assertTrue(kept.stdout().contains("temporary=[]"), kept.stdout());
        assertEquals(0, unpacked.status(), unpacked.stderr());
        assertTrue(unpacked.stdout().matches("(?s).*temporary=\\[sqlite-[^]]*" + LibraryLoaderUtil.getNativeLibName() + ".*"),
                unpacked.stdout());
    }

    /** Keeps the library in the folder given (none: leaves the driver alone), opens a connection, lists the temporary folder. */
    public static final class OpenOneConnection {
        public static void main(String[] args) throws Exception {
            if (args.length > 0) {
                System.out.println("kept=" + SqliteNativeLibrary.keepIn(Path.of(args[0])));
            }
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
                    Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                connection.createStatement().execute("select 1");
                System.out.println("temporary=" + temporary.map(p -> p.getFileName().toString())
                        .filter(name -> !name.endsWith(".lck")).sorted().toList());
            }
        }
    }

    private static byte[] packedLibrary() throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }
}
