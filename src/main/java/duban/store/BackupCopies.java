package duban.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes a backup file: the consistent copy SQLite makes of a database ({@code VACUUM INTO}),
 * for {@link BackupService} and for the copy made before a migration, which runs before any
 * {@link Database} is open.
 */
final class BackupCopies {

    private BackupCopies() {
    }

    /**
     * Copies the database at {@code databaseFile} into its {@code backups/} folder before Flyway
     * migrates it, through a read-only connection (the file is not changed). Named
     * {@code <name>-<stamp>-before-migration.db}; not pruned by count until newer backups push it out.
     *
     * @return the backup made
     * @throws SQLException when SQLite cannot read the file or write the copy
     */
    static Path beforeMigration(Path databaseFile) throws SQLException, IOException {
        Path path = databaseFile.toAbsolutePath().normalize();
        Files.createDirectories(BackupNames.folderFor(path));
        Path target = BackupNames.newFile(path, LocalDateTime.now(), BackupNames.BEFORE_MIGRATION);
        try (Connection connection = ReadOnlyConnections.open(path)) {
            vacuumInto(connection, target);
        }
        return target;
    }

    /** Copies the database {@code connection} is open on into the new file {@code target}. */
    static void vacuumInto(Connection connection, Path target) throws SQLException {
        boolean existedBefore = Files.exists(target);
        try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toString());
            vacuum.execute();
        } catch (SQLException e) {
            // SQLite leaves what it wrote before failing (a full disk, say): a file that looks like a
            // backup but is not one must not be listed, restored or compared with. (SQLite refuses a
            // target that already exists, and that file is not ours to delete.)
            if (existedBefore) {
                throw e;
            }
            for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
                try {
                    Files.deleteIfExists(Path.of(target + suffix));
                } catch (IOException notRemoved) {
                    e.addSuppressed(notRemoved);
                }
            }
            throw e;
        }
    }
}
