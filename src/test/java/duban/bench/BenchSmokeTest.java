package duban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark from rotting: the whole harness on 100 items with a couple of iterations of
 * each measure. The figures are not judged (a shared test machine says nothing about speed);
 * only that every measure of the table produced a number.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BenchSmokeTest {

    @TempDir
    Path work;

    @Test
    void theChildrenGetTheTestsFlagsWithMavensPropertiesFilledIn() throws Exception {
        // A child given "-Duser.home=${project.build.directory}/…" literally made a folder of that name.
        assertThat(Benchmark.surefireArgLine())
                .contains("-Dglass.platform=Monocle")
                .noneMatch(flag -> flag.contains("${"))
                .anyMatch(flag -> flag.startsWith("-Duser.home=" + java.nio.file.Path.of("target").toAbsolutePath()));
    }

    @Test
    void everyMeasureOfTheTableProducesAFigure() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Benchmark benchmark = new Benchmark(Benchmark.Config.smoke(work), new PrintStream(printed, true, StandardCharsets.UTF_8));

        benchmark.run();

        String table = printed.toString(StandardCharsets.UTF_8);
        System.out.println(table);
        assertThat(benchmark.failures()).isEmpty();
        for (Benchmark.Row row : benchmark.rows()) {
            assertThat(benchmark.result(row.key()).isEmpty()).as(row.name() + ": " + row.key()).isFalse();
            assertThat(benchmark.result(row.referenceKey()).isEmpty()).as(row.name() + " (reference): " + row.referenceKey())
                    .isFalse();
        }
        assertThat(benchmark.result("store.statements.jdbc@100").median())
                .as("the plain JDBC move runs as many statements as jOOQ's")
                .isEqualTo(benchmark.result("store.statements.jooq@100").median());
        assertThat(table).contains("| 1 | Start-up to first board frame (ms) | 100 items |").contains("Process RSS");
    }
}
