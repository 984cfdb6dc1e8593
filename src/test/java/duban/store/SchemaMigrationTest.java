package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.store.DatabaseOpenException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Flyway brings a file to the newest schema, handing an existing file to the callback first. */
class SchemaMigrationTest {

    @TempDir
    Path folder;

    private final List<Path> handedOver = new ArrayList<>();

    @Test
    void aNewFileIsCreatedWithoutTheCallback() throws Exception {
        Path file = folder.resolve("new.db");
        new SchemaMigration(handedOver::add).migrate(file, FileSystemKind.LOCAL, false);
        assertThat(newestVersion(file)).isEqualTo(SchemaMigration.NEWEST_SCHEMA_VERSION);
        assertThat(handedOver).isEmpty();
    }

    @Test
    void anOlderFileIsHandedToTheCallbackBeforeItChanges() throws Exception {
        Path file = versionOne();
        List<Integer> versionSeen = new ArrayList<>();
        new SchemaMigration(path -> {
            handedOver.add(path);
            versionSeen.add(newestVersion(path));
        }).migrate(file, FileSystemKind.LOCAL, true);
        assertThat(handedOver).containsExactly(file);
        assertThat(versionSeen).as("the callback sees the file unmigrated").containsExactly(1);
        assertThat(newestVersion(file)).isEqualTo(SchemaMigration.NEWEST_SCHEMA_VERSION);
    }

    @Test
    void aFailingCallbackStopsTheMigration() throws Exception {
        Path file = versionOne();
        assertThatThrownBy(() -> new SchemaMigration(path -> {
            throw new IOException("disk full");
        }).migrate(file, FileSystemKind.LOCAL, true))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MIGRATION_FAILED));
        assertThat(newestVersion(file)).isEqualTo(1);
    }

    @Test
    void aFileAtTheNewestSchemaIsNotHandedOver() throws Exception {
        Path file = folder.resolve("current.db");
        new SchemaMigration(handedOver::add).migrate(file, FileSystemKind.LOCAL, false);
        new SchemaMigration(handedOver::add).migrate(file, FileSystemKind.LOCAL, true);
        assertThat(handedOver).isEmpty();
    }

    @Test
    void aFileANewerVersionMigratedIsRefused() throws Exception {
        Path file = folder.resolve("newer.db");
        new SchemaMigration(handedOver::add).migrate(file, FileSystemKind.LOCAL, false);
        SchemaMigration.refuseNewerSchema(file); // ours: accepted
        try (Connection connection = writableConnection(file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success)"
                    + " VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'test', 0, 1)");
        }
        assertThatThrownBy(() -> SchemaMigration.refuseNewerSchema(file))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NEWER_SCHEMA));
    }

    private Path versionOne() throws IOException {
        Path file = folder.resolve("v1.db");
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl(ConnectionSettings.url(file));
        Flyway.configure().dataSource(source).locations("classpath:db/migration/sqlite").target("1").load().migrate();
        assertThat(Files.size(file)).isPositive();
        return file;
    }

    private static int newestVersion(Path file) throws java.sql.SQLException {
        try (Connection connection = ReadOnlyConnections.open(file);
             Statement statement = connection.createStatement();
             ResultSet newest = statement.executeQuery(
                     "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success")) {
            return newest.next() ? newest.getInt(1) : 0;
        }
    }

    private static Connection writableConnection(Path file) throws java.sql.SQLException {
        return ConnectionSettings.writableConfig(FileSystemKind.LOCAL, false).createConnection(ConnectionSettings.url(file));
    }
}
