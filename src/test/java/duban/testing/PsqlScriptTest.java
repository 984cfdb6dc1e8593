package duban.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The psql emulation reads a script as psql does, on the embedded server. */
class PsqlScriptTest {

    private static String database;

    @TempDir
    Path folder;

    @BeforeAll
    static void createDatabase() {
        database = PostgresServer.freshDatabase("psql_script");
    }

    @Test
    void variablesBranchesGsetGexecAndQuotedTextAreReadAsPsqlReadsThem() throws Exception {
        Path script = folder.resolve("script.sql");
        Files.writeString(script, """
                -- a comment with a ; and a quote ' that end nothing
                \\if :{?name}
                \\else
                \\set name default_name
                \\endif
                CREATE TABLE lines (line TEXT);
                INSERT INTO lines VALUES (:'name'), (:'given'), ('unknown :nothing stays'), ('1'::text || ';');
                SELECT count(*) = 4 AS four FROM lines \\gset
                \\if :four
                INSERT INTO lines VALUES ('four rows seen');
                \\elif true
                INSERT INTO lines VALUES ('never');
                \\else
                \\password nobody
                \\endif
                SELECT format('INSERT INTO lines VALUES (%L)', 'from gexec') \\gexec
                DO $body$ BEGIN INSERT INTO lines VALUES (':name is not interpolated here; ok'); END $body$;
                CREATE TABLE :"quoted" (id INT);
                """);
        PsqlScript.run(script, Map.of("given", "it's given", "quoted", "Mixed Case"), PostgresServer::connect, database);

        try (Connection connection = PostgresServer.connect(database); Statement sql = connection.createStatement()) {
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT line FROM lines")) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            assertThat(lines).containsExactly("default_name", "it's given", "unknown :nothing stays", "1;",
                    "four rows seen", "from gexec", ":name is not interpolated here; ok");
            try (ResultSet table = sql.executeQuery("SELECT to_regclass('\"Mixed Case\"') IS NOT NULL")) {
                table.next();
                assertThat(table.getBoolean(1)).isTrue();
            }
        }
    }

    @Test
    void aFailingStatementStopsTheScriptAndACommandItDoesNotKnowIsRefused() throws Exception {
        Path failing = folder.resolve("failing.sql");
        Files.writeString(failing, "SELECT 1/0;\nCREATE TABLE after_failure (id INT);\n");
        assertThatThrownBy(() -> PsqlScript.run(failing, Map.of(), PostgresServer::connect, database))
                .hasMessageContaining("SELECT 1/0");
        Path unknown = folder.resolve("unknown.sql");
        Files.writeString(unknown, "\\copy lines FROM 'x'\n");
        assertThatThrownBy(() -> PsqlScript.run(unknown, Map.of(), PostgresServer::connect, database))
                .hasMessageContaining("\\copy");
        try (Connection connection = PostgresServer.connect(database); Statement sql = connection.createStatement();
             ResultSet exists = sql.executeQuery("SELECT to_regclass('after_failure') IS NULL")) {
            exists.next();
            assertThat(exists.getBoolean(1)).isTrue();
        }
    }
}
