package duban.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.UnitKind;
import duban.ledger.importing.TaskLists;
import duban.store.Database;
import duban.store.DemoData;
import duban.store.ItemStore;
import duban.store.ServerAddress;
import duban.store.UnitStore;
import duban.testing.PostgresServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export} and {@code --import} on a PostgreSQL server named by {@code --db postgresql://…}. */
class ServerCommandsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 10).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

    private static String office;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void demoOfficeOnTheServer() throws Exception {
        office = PostgresServer.freshMigratedDatabase("cli_office");
        try (Database db = Database.openServer(server(), null, false)) {
            new DemoData(db.dsl(), CLOCK).seedIfEmpty();
        }
    }

    private static ServerAddress server() {
        return ServerAddress.parse(PostgresServer.address(office)).orElseThrow();
    }

    private AppOptions options(String... args) throws Exception {
        // The default file is never used on a server; only its folder would keep the failure log.
        return AppOptions.parse(List.of(args), folder.resolve("unused.db"));
    }

    private PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private int itemsOnTheServer() throws Exception {
        try (Database db = Database.openServer(server(), null, true)) {
            return new ItemStore(db.dsl(), CLOCK).loadAll().size();
        }
    }

    @Test
    void theLedgerIsExportedFromTheServer() throws Exception {
        Path csv = folder.resolve("台账.csv");
        int status = new LedgerCommand(CLOCK, stream(out), stream(err))
                .export(options("--db", PostgresServer.address(office), "--export", csv.toString()));

        assertThat(status).as(stderr()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        // the title row, the header and one row per item that is not withdrawn, then the totals
        assertThat(lines).hasSizeGreaterThan(10);
        assertThat(String.join("\n", lines)).contains("督办事项");
        assertThat(Files.exists(folder.resolve("unused.db"))).as("no file was created").isFalse();
    }

    @Test
    void aTaskListIsImportedIntoTheServer() throws Exception {
        try (Database db = Database.openServer(server(), null, false)) {
            if (new UnitStore(db.dsl()).all().stream().noneMatch(unit -> unit.name().equals("县档案馆"))) {
                new UnitStore(db.dsl()).add("县档案馆", UnitKind.COUNTY_DEPARTMENT);
            }
        }
        int before = itemsOnTheServer();
        Path list = TaskLists.utf8Csv(folder.resolve("清单.csv"), List.of(
                "督办事项,事项来源,交办日期,牵头单位,协办单位,责任人,办理时限",
                "整理二〇二五年档案,领导批示,2026-03-02,县档案馆,,周敏,2026-06-30"));

        int status = new ImportCommand(CLOCK, stream(out), stream(err))
                .run(options("--db", PostgresServer.address(office), "--import", list.toString()));

        assertThat(status).as(stderr()).isEqualTo(ImportCommand.DONE);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("已导入 1 项督办事项");
        assertThat(itemsOnTheServer()).isEqualTo(before + 1);
    }

    @Test
    void aServerThatCannotBeReachedIsNamedInOneChineseLine() throws Exception {
        Path csv = folder.resolve("台账.csv");
        int status = new LedgerCommand(CLOCK, stream(out), stream(err))
                .export(options("--db", "postgresql://127.0.0.1:1/duban?user=zhang", "--export", csv.toString()));

        assertThat(status).isEqualTo(2);
        assertThat(stderr().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("无法打开服务器上的数据库： zhang@127.0.0.1:1/duban")
                .contains("连接不上数据库服务器 127.0.0.1:1")
                .doesNotContain("Exception", "org.postgresql"));
        assertThat(csv).doesNotExist();
    }

    @Test
    void aLoginThatNeedsAPasswordIsToldToUseThePasswordFile() throws Exception {
        PostgresServer.executeAsSuperuser("CREATE ROLE cli_zhao LOGIN PASSWORD 'Zhao-pw-1' IN ROLE "
                + PostgresServer.PASSWORD_GROUP);
        String zhao = "postgresql://localhost:" + PostgresServer.port() + "/" + office + "?user=cli_zhao";
        Path csv = folder.resolve("台账.csv");

        int status = new LedgerCommand(CLOCK, stream(out), stream(err)).export(options("--db", zhao, "--export", csv.toString()));

        assertThat(status).isEqualTo(2);
        assertThat(stderr().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .contains("cli_zhao@localhost:" + PostgresServer.port() + "/" + office)
                .contains("PostgreSQL 密码文件").contains("~/.pgpass").contains("PGPASSFILE"));
        assertThat(csv).doesNotExist();
    }

    @Test
    void aRefusedImportNamesTheServerAndImportsNothing() throws Exception {
        Path list = TaskLists.utf8Csv(folder.resolve("清单.csv"), List.of(
                "督办事项,事项来源,交办日期,牵头单位,协办单位,责任人,办理时限",
                "整理档案,领导批示,2026-03-02,县档案馆,,周敏,2026-06-30"));
        String missing = "postgresql://localhost:" + PostgresServer.port() + "/no_such_office?user=postgres";

        int status = new ImportCommand(CLOCK, stream(out), stream(err)).run(options("--db", missing, "--import", list.toString()));

        assertThat(status).isEqualTo(ImportCommand.CANNOT_RUN);
        assertThat(stderr()).contains("postgres@localhost:" + PostgresServer.port() + "/no_such_office")
                .contains("没有名为 “no_such_office” 的数据库");
    }
}
