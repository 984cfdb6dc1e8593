package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the user may read but not write opens read-only, untouched, instead of failing. */
class ReadOnlyFileTest {

    @TempDir
    Path folder;

    @Test
    void aWriteProtectedFileInAWriteProtectedFolderOpensReadOnly() throws Exception {
        Path share = Files.createDirectory(folder.resolve("share"));
        Path file = share.resolve("office.db");
        Database.open(file).close();
        byte[] before = Files.readAllBytes(file);
        try (WriteProtection protection = WriteProtection.of(file, share)) {
            assertThat(Files.isWritable(file)).as("the file is protected (%s)", protection.how).isFalse();
            assertThat(Files.isWritable(share)).as("the folder is protected (%s)", protection.how).isFalse();
            try (Database database = Database.open(file)) {
                assertThat(database.readOnly()).isTrue();
                assertThat(database.dsl().fetchCount(database.dsl().selectFrom("item"))).isZero();
            }
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theWritableCheckLooksAtTheFileAndItsFolder() throws Exception {
        Path file = folder.resolve("office.db");
        Database.open(file).close();
        assertThat(DatabaseFile.writable(file)).isEqualTo(Files.isWritable(file) && Files.isWritable(folder));
    }

    /**
     * Takes the write permission away from a file and its folder, for anyone. Permission bits
     * bind a user but mean nothing to root (CI runs as root), so where they are not enough the
     * file and folder are also made immutable ({@code chattr +i}, which binds root too: the kernel
     * refuses every write and every new file in the folder). Undone on close, so that the
     * temporary folder can be deleted.
     */
    private static final class WriteProtection implements AutoCloseable {
        private final Path file;
        private final Path folder;
        final String how;

        private WriteProtection(Path file, Path folder, String how) {
            this.file = file;
            this.folder = folder;
            this.how = how;
        }

        static WriteProtection of(Path file, Path folder) throws IOException, InterruptedException {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            if (!Files.isWritable(file) && !Files.isWritable(folder)) {
                return new WriteProtection(file, folder, "permissions r--r--r--, folder r-xr-xr-x");
            }
            // Still writable: running as root (or with CAP_DAC_OVERRIDE).
            chattr("+i", file, folder);
            return new WriteProtection(file, folder, "permissions and chattr +i, as root");
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (how.contains("chattr")) {
                chattr("-i", file, folder);
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }

        private static void chattr(String change, Path... paths) throws IOException, InterruptedException {
            for (Path path : paths) {
                Process chattr = new ProcessBuilder("chattr", change, path.toString()).redirectErrorStream(true).start();
                String output = new String(chattr.getInputStream().readAllBytes());
                if (!chattr.waitFor(30, TimeUnit.SECONDS) || chattr.exitValue() != 0) {
                    throw new AssertionError("running as root, the test makes the file immutable, and `chattr " + change
                            + " " + path + "` failed (it needs e2fsprogs, CAP_LINUX_IMMUTABLE and a file system with"
                            + " the immutable attribute, such as ext4): " + output.strip());
                }
            }
        }
    }
}
