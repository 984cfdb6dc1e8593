package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the user may read but not write opens read-only, untouched, instead of failing. */
class ReadOnlyFileTest {

    @TempDir
    Path folder;

    @Test
    void aWriteProtectedFileInAWriteProtectedFolderOpensReadOnly() throws Exception {
        // Permissions mean nothing to root (as on some CI machines): there every file is writable.
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "running as root");
        Path share = Files.createDirectory(folder.resolve("share"));
        Path file = share.resolve("office.db");
        Database.open(file).close();
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(share, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (Database database = Database.open(file)) {
            assertThat(database.readOnly()).isTrue();
            assertThat(database.dsl().fetchCount(database.dsl().selectFrom("item"))).isZero();
        } finally {
            Files.setPosixFilePermissions(share, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theWritableCheckLooksAtTheFileAndItsFolder() throws Exception {
        Path file = folder.resolve("office.db");
        Database.open(file).close();
        assertThat(Database.writable(file)).isEqualTo(Files.isWritable(file) && Files.isWritable(folder));
    }
}
