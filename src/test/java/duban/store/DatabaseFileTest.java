package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.store.DatabaseOpenException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** What a file is before it is opened: sniffed by its header, then looked at read-only. */
class DatabaseFileTest {

    @TempDir
    Path folder;

    @Test
    void aMissingFileHasNoContentAndGetsItsFolder() throws Exception {
        Path file = folder.resolve("new/office.db");
        DatabaseFile missing = DatabaseFile.at(file);
        assertThat(missing.hasContent()).isFalse();
        assertThat(Files.isDirectory(file.getParent())).isTrue();
        assertThat(Files.exists(file)).as("looking creates no file").isFalse();
    }

    @Test
    void anEmptyFileCountsAsNew() throws Exception {
        Path file = Files.createFile(folder.resolve("office.db"));
        assertThat(DatabaseFile.at(file).hasContent()).isFalse();
    }

    @Test
    void aFolderOrAFileThatIsNotSqliteIsRefusedByItsHeader() throws Exception {
        assertThatThrownBy(() -> DatabaseFile.at(folder))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IS_DIRECTORY));
        Path text = Files.writeString(folder.resolve("notes.db"), "SQLite format 2, honestly", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DatabaseFile.at(text))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_DATABASE));
    }

    @Test
    void inspectionTellsOurNewestSchemaFromAnEmptyDatabaseAndAForeignOne() throws Exception {
        Path ours = folder.resolve("ours.db");
        Database.open(ours).close();
        assertThat(DatabaseFile.at(ours).inspect()).isEqualTo(DatabaseFile.Schema.NEWEST);

        Path empty = folder.resolve("empty.db");
        execute(empty, "PRAGMA user_version = 7"); // a header, no table
        DatabaseFile emptyFile = DatabaseFile.at(empty);
        assertThat(emptyFile.hasContent()).isTrue();
        assertThat(emptyFile.inspect()).isEqualTo(DatabaseFile.Schema.EMPTY);

        Path foreign = folder.resolve("foreign.db");
        execute(foreign, "CREATE TABLE recipes (name TEXT)");
        assertThatThrownBy(() -> DatabaseFile.at(foreign).inspect())
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.FOREIGN_DATABASE));
    }

    @Test
    void anOlderHistoryIsLeftToFlyway() throws Exception {
        Path older = folder.resolve("older.db");
        Database.open(older).close();
        execute(older, "DELETE FROM flyway_schema_history WHERE version = '" + SchemaMigration.NEWEST_SCHEMA_VERSION + "'");
        assertThat(DatabaseFile.at(older).inspect()).isEqualTo(DatabaseFile.Schema.OTHER);
    }

    @Test
    void sideFilesTheLookCreatedGoWhenTheFileIsRefused() throws Exception {
        Path file = folder.resolve("ours.db");
        Database.open(file).close();
        assertThat(Files.exists(Path.of(file + "-shm"))).as("closed cleanly: no side files").isFalse();
        DatabaseFile looked = DatabaseFile.at(file);
        try (Connection reader = ReadOnlyConnections.open(file, FileSystemKind.LOCAL);
             Statement statement = reader.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM item").close();
            assertThat(Files.exists(Path.of(file + "-shm"))).as("reading a WAL file makes its -shm").isTrue();
        }
        looked.removeSideFilesWeCreated();
        assertThat(Files.exists(Path.of(file + "-shm"))).isFalse();
        assertThat(Files.exists(file)).isTrue();
    }

    private static void execute(Path file, String sql) throws Exception {
        try (Connection connection = new SQLiteConfig().createConnection(ConnectionSettings.url(file));
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
