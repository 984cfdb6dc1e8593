package duban.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void startsARealServerAndGivesEachCallerAFreshDatabase() throws Exception {
        String first = PostgresServer.freshDatabase("one");
        String second = PostgresServer.freshDatabase("one");
        assertThat(first).isNotEqualTo(second);
        try (Connection connection = PostgresServer.connect(first);
             ResultSet version = connection.createStatement().executeQuery("SHOW server_version_num")) {
            version.next();
            assertThat(version.getInt(1)).isGreaterThanOrEqualTo(170000);
        }
    }
}
