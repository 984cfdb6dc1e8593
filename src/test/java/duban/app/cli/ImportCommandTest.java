package duban.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Item;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.ledger.importing.TaskLists;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.UnitStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --import FILE} from the command line: problems by row on stderr, nothing imported on any. */
class ImportCommandTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 10).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    private static final String HEADER = "督办事项,事项来源,交办日期,牵头单位,协办单位,责任人,办理时限";

    @TempDir
    Path folder;

    private Path database;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void office() throws Exception {
        database = folder.resolve("office.db");
        try (Database db = Database.open(database)) {
            new UnitStore(db.dsl()).add("县财政局", UnitKind.COUNTY_DEPARTMENT);
            new UnitStore(db.dsl()).add("县水利局", UnitKind.COUNTY_DEPARTMENT);
        }
    }

    private int run(String... args) throws Exception {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        AppOptions options = AppOptions.parse(List.of(args), database);
        return new ImportCommand(CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(options.database(), options.importing());
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> stderrLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private Path taskList(String... rows) throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(List.of(rows));
        return TaskLists.utf8Csv(folder.resolve("清单.csv"), lines);
    }

    private List<Item> stored() throws Exception {
        try (Database db = Database.open(database)) {
            return new ItemStore(db.dsl(), CLOCK).loadAll();
        }
    }

    @Test
    void aCleanFileIsImportedAndTheCountsPrinted() throws Exception {
        Path file = taskList("推进老旧小区改造,政府工作报告,2026-03-01,县财政局,县水利局,王建国,2026-12-31",
                "整治城区河道,领导批示,2026-03-02,县水利局,,李明,2026-03-20");

        assertThat(run("--import", file.toString())).isEqualTo(ImportCommand.DONE);

        assertThat(stdout()).contains("共 2 行：可导入 2 行，有问题 0 行，已导入过 0 行").contains("已导入 2 项督办事项");
        assertThat(stderrLines()).isEmpty();
        assertThat(stored()).hasSize(2);

        assertThat(run("--import", file.toString())).as("the same file again").isEqualTo(ImportCommand.DONE);
        assertThat(stdout()).contains("第 2 行：已导入过，跳过").contains("第 3 行：已导入过，跳过")
                .contains("已导入 0 项督办事项，跳过已导入过的 2 行");
        assertThat(stored()).hasSize(2);
    }

    @Test
    void anyInvalidRowPrintsEveryProblemByRowAndImportsNothing() throws Exception {
        Path file = taskList("推进老旧小区改造,政府工作报告,2026-03-01,县财政局,,王建国,2026-12-31",
                "整治城区河道,领导批示,2026-03-02,县水利局,,,2026-02-20",
                "建设智慧停车,领导批示,2026-03-02,县城管局,,孙丽,明年");

        assertThat(run("--import", file.toString())).isEqualTo(ImportCommand.REFUSED);

        assertThat(stderrLines()).containsExactly(
                "第 3 行：缺少责任人",
                "第 3 行：办理时限 2026-02-20 早于交办日期 2026-03-02",
                "第 4 行：牵头单位 “县城管局” 不在单位名录中",
                "第 4 行：办理时限 “明年” 无法识别为日期",
                "以下单位不在单位名录中：县城管局。确认要新建时加 --create-units。",
                "有 2 行有问题，未导入任何事项。改正后重新导入，或加 --skip-invalid 只导入没有问题的行。");
        assertThat(stored()).isEmpty();
    }

    @Test
    void skipInvalidImportsTheValidRowsAndSaysHowManyWereSkipped() throws Exception {
        Path file = taskList("推进老旧小区改造,政府工作报告,2026-03-01,县财政局,,王建国,2026-12-31",
                "整治城区河道,领导批示,2026-03-02,县水利局,,,2026-03-20");

        assertThat(run("--import", file.toString(), "--skip-invalid")).isEqualTo(ImportCommand.DONE);

        assertThat(stderrLines()).containsExactly("第 3 行：缺少责任人");
        assertThat(stdout()).contains("已导入 1 项督办事项").contains("已跳过有问题的 1 行");
        assertThat(stored()).extracting(Item::title).containsExactly("推进老旧小区改造");

        assertThat(run("--import", file.toString(), "--skip-invalid")).as("a nightly re-run").isEqualTo(ImportCommand.DONE);
        assertThat(stdout()).contains("第 2 行：已导入过，跳过");
        assertThat(stored()).hasSize(1);
    }

    @Test
    void unknownUnitsAreCreatedOnlyWithCreateUnits() throws Exception {
        Path file = taskList("建设智慧停车,领导批示,2026-03-02,县城管局,县公安局,孙丽,2026-06-30");
        assertThat(run("--import", file.toString())).isEqualTo(ImportCommand.REFUSED);
        assertThat(stored()).isEmpty();

        assertThat(run("--import", file.toString(), "--create-units")).isEqualTo(ImportCommand.DONE);
        assertThat(stdout()).contains("新建单位 2 个");
        try (Database db = Database.open(database)) {
            assertThat(new UnitStore(db.dsl()).all()).extracting(Unit::name).contains("县城管局", "县公安局");
        }
        assertThat(stored()).hasSize(1);
    }

    @Test
    void aFileWithoutTitleColumnOrUnreadableIsRefused() throws Exception {
        Path noTitle = TaskLists.utf8Csv(folder.resolve("错.csv"), List.of("名称,单位", "修路,县财政局"));
        assertThat(run("--import", noTitle.toString())).isEqualTo(ImportCommand.REFUSED);
        assertThat(stderrLines()).singleElement().asString().contains("督办事项").contains("名称、单位");

        assertThat(run("--import", folder.resolve("没有.xlsx").toString())).isEqualTo(ImportCommand.CANNOT_RUN);
        assertThat(stderrLines()).singleElement().asString().contains("找不到文件");
        assertThat(stored()).isEmpty();
    }

    @Test
    void theImportOptionsAreParsed() throws Exception {
        AppOptions options = AppOptions.parse(List.of("--db", "/data/x.db", "--import", "清单.xlsx", "--skip-invalid",
                "--create-units"), database);
        assertThat(options.importing()).isEqualTo(new AppOptions.Import(Path.of("清单.xlsx"), true, true));
        assertThat(options.export()).isNull();
        assertThat(AppOptions.parse(List.of("--demo"), database).importing()).isNull();
        assertThatThrownBy(() -> AppOptions.parse(List.of("--skip-invalid"), database))
                .hasMessageContaining("--import");
        assertThatThrownBy(() -> AppOptions.parse(List.of("--import"), database)).hasMessageContaining("--import");
        assertThatThrownBy(() -> AppOptions.parse(List.of("--import", "a.csv", "--export", "b.csv"), database))
                .hasMessageContaining("不能同时");
    }

    @Test
    void aNameThatStartsLikeASpreadsheetFormulaIsRefusedByRowWithTheReason() throws Exception {
        Path file = taskList("整治城区河道,领导批示,2026-03-02,县水利局,,=王五,2026-03-20",
                "-1 号楼外墙修缮,领导批示,2026-03-02,县水利局,,'-李四,2026-03-20");

        assertThat(run("--import", file.toString())).isEqualTo(ImportCommand.REFUSED);

        assertThat(stderrLines()).containsExactly(
                "第 2 行：责任人 “=王五” 以 = 开头：Excel、WPS 打开导出的台账时会把这样的内容当作公式执行。请去掉开头的 =。",
                "第 3 行：责任人 “-李四” 以 - 开头：Excel、WPS 打开导出的台账时会把这样的内容当作公式执行。请去掉开头的 -。",
                "有 2 行有问题，未导入任何事项。改正后重新导入，或加 --skip-invalid 只导入没有问题的行。");
        assertThat(stored()).isEmpty();
    }
}
