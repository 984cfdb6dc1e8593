package duban.safety;

import duban.store.BackupNames;

import static org.assertj.core.api.Assertions.assertThat;

import duban.store.Database;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Needs the lead's change in Database.open: a file with pending migrations is backed up first. */
class PreMigrationBackupTest {

    @TempDir
    Path folder;

    @Test
    void aFileAtVersionOneIsBackedUpBeforeItIsMigratedAndOnlyThen() throws Exception {
        Path file = folder.resolve("duban.db");
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(source).locations("classpath:db/migration/sqlite").target("1").load().migrate();

        try (Database database = Database.open(file)) {
            assertThat(database.dsl().fetchValue("SELECT count(*) FROM setting")).isEqualTo(0);
        }
        try (Database again = Database.open(file)) {
            java.util.List<Path> made = BackupNames.namedFor(folder.resolve("duban.db"));
            assertThat(made).hasSize(1);
            assertThat(made.get(0).getFileName().toString()).endsWith("-before-migration.db");
            assertThat(SafetyFixture.queryReadOnly(made.get(0),
                    "SELECT count(*) FROM sqlite_master WHERE name = 'setting'")).isEqualTo("0");
            assertThat(SafetyFixture.queryReadOnly(made.get(0),
                    "SELECT max(version) FROM flyway_schema_history")).isEqualTo("1");
        }
    }
}
