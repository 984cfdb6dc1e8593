package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The start-up's shortcut past Flyway must know the newest migration in db/migration. */
class SchemaVersionTest {

    @Test
    void theNewestSchemaVersionIsTheNewestMigrationFile() throws IOException {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("db", "migration", "sqlite"))) {
            newest = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
        }
        assertThat(SchemaMigration.NEWEST_SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void bothDatabasesHaveTheSameSchemaVersions() throws IOException {
        assertThat(versions("postgresql")).isEqualTo(versions("sqlite"));
    }

    private static java.util.List<String> versions(String vendor) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("db", "migration", vendor))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .sorted().toList();
        }
    }

    @Test
    void aCurrentDatabaseOpensAgainWithItsDataAndAnOlderOneIsStillMigrated(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("current.db");
        try (Database database = Database.open(file)) {
            database.dsl().execute("INSERT INTO setting (key, value, updated_at) VALUES ('probe', 'kept', '2026-11-21T09:00:00.000+08:00')");
        }
        try (Database again = Database.open(file)) {
            assertThat(again.dsl().fetchValue("SELECT value FROM setting WHERE key = 'probe'")).isEqualTo("kept");
        }
        // One version back in the history only: the shortcut must not apply, Flyway runs (and refuses
        // or migrates); here the newest migration's changes exist already, so Flyway's attempt fails and says so.
        try (Database database = Database.open(file)) {
            database.dsl().execute("DELETE FROM flyway_schema_history WHERE version = ?",
                    String.valueOf(SchemaMigration.NEWEST_SCHEMA_VERSION));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.open(file).close())
                .isInstanceOf(DatabaseOpenException.class);
    }
}
