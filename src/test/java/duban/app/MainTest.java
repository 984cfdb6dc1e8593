package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.app.cli.AppOptions;
import duban.app.cli.CliOption;
import duban.app.cli.Environment;
import duban.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line is checked before anything starts: {@link Main#run} with captured output and an
 * environment of the test's own (a Linux server with no display, a desktop), and a window that only
 * records that it was asked for.
 */
class MainTest {

    private static final Map<String, String> LINUX = Map.of("os.name", "Linux");
    private static final Environment NO_DISPLAY = new Environment(Map.of(), LINUX);
    private static final Environment DESKTOP = new Environment(Map.of("DISPLAY", ":0"), LINUX);

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** The options each window was shown for. */
    private final List<AppOptions> windows = new ArrayList<>();
    /** Each closing of the installer's splash picture, in order with the windows: "splash closed" or "window". */
    private final List<String> events = new ArrayList<>();

    private int run(Environment environment, String... args) {
        Main main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment, (checked, options) -> {
                    windows.add(options);
                    events.add("window");
                    return 0;
                }, () -> events.add(out.size() + err.size() == 0 ? "splash closed" : "splash closed after printing"));
        return main.run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aMistypedOptionIsOneChineseLineNamingTheOptionMeantAndExitsTwo() {
        assertThat(run(NO_DISPLAY, "--db", "x.db", "--reprot", "通报")).isEqualTo(2);

        assertThat(errLines()).containsExactly("未知选项 --reprot，您是否想输入 --report？可用选项见 --help");
        assertThat(out()).isEmpty();
        assertThat(windows).isEmpty();
    }

    @Test
    void anOptionNothingIsNearIsNamedWithTheWayToHelp() {
        assertThat(run(DESKTOP, "--frobnicate")).isEqualTo(2);

        assertThat(errLines()).containsExactly("未知选项 --frobnicate，可用选项见 --help");
        assertThat(windows).isEmpty();
    }

    @Test
    void dashesFromAChineseInputMethodAreUnknownButTheOptionIsSuggested() {
        assertThat(run(DESKTOP, "—db", "x.db")).isEqualTo(2);

        assertThat(errLines()).singleElement().asString().startsWith("未知选项 —db，您是否想输入 --db？");
    }

    @Test
    void aValueLeftOutNamesTheOptionAndWhatItNeeds() {
        assertThat(run(NO_DISPLAY, "--db")).isEqualTo(2);
        assertThat(errLines()).singleElement().asString()
                .startsWith("选项 --db 后面缺少数据库文件的路径或服务器地址").contains("例如 --db ");

        err.reset();
        assertThat(run(NO_DISPLAY, "--export", "--overdue")).isEqualTo(2);
        assertThat(errLines()).singleElement().asString().startsWith("选项 --export 后面缺少导出文件的路径");

        err.reset();
        assertThat(run(NO_DISPLAY, "--db=")).isEqualTo(2);
        assertThat(errLines()).singleElement().asString().startsWith("选项 --db 后面缺少");

        err.reset();
        assertThat(run(NO_DISPLAY, "--demo=yes")).isEqualTo(2);
        assertThat(errLines()).singleElement().asString().startsWith("选项 --demo 不带值");
        assertThat(windows).isEmpty();
    }

    @Test
    void aWindowWithNoDisplayIsRefusedInOneLineThatPointsToTheCommands() {
        assertThat(run(NO_DISPLAY, "--db", folder.resolve("office.db").toString(), "--demo")).isEqualTo(2);

        assertThat(errLines()).singleElement().asString().startsWith("没有可用的显示器：")
                .contains("可用 --export/--verify 等命令在无窗口时运行").doesNotContain("Exception");
        assertThat(windows).isEmpty();
        assertThat(folder.resolve("office.db")).as("nothing was opened").doesNotExist();
    }

    @Test
    void theWindowOpensWhereThereIsADisplayOrOnMonocle() {
        Environment wayland = new Environment(Map.of("WAYLAND_DISPLAY", "wayland-0"), LINUX);
        Environment monocle = new Environment(Map.of(), Map.of("os.name", "Linux", "glass.platform", "Monocle"));
        Environment windowsPc = new Environment(Map.of(), Map.of("os.name", "Windows 11"));
        Environment mac = new Environment(Map.of(), Map.of("os.name", "Mac OS X"));

        for (Environment environment : List.of(DESKTOP, wayland, monocle, windowsPc, mac)) {
            assertThat(run(environment, "--demo")).as(environment.toString()).isZero();
        }

        assertThat(windows).hasSize(5).allSatisfy(options -> assertThat(options.demo()).isTrue());
        assertThat(errLines()).isEmpty();
    }

    @Test
    void theSplashPictureIsLeftToTheWindowWhichClosesItAtItsFirstFrame() {
        assertThat(run(DESKTOP, "--db", "x.db")).isZero();

        assertThat(events).containsExactly("window");
    }

    @Test
    void helpAMistakeAndACommandCloseTheSplashPictureBeforeTheyPrintOrWork() throws Exception {
        assertThat(run(DESKTOP, "--help")).isZero();
        assertThat(out()).contains("--export");
        out.reset();
        assertThat(run(DESKTOP, "--reprot")).isEqualTo(2);
        assertThat(errLines()).singleElement().asString().startsWith("未知选项 --reprot");
        err.reset();
        Path ledger = folder.resolve("台账.csv");
        assertThat(run(DESKTOP, "--db", folder.resolve("office.db").toString(), "--export", ledger.toString())).isZero();

        assertThat(events).containsExactly("splash closed", "splash closed", "splash closed");
        assertThat(ledger).exists();
        assertThat(windows).isEmpty();
    }

    @Test
    void optionsThatDoNotGoTogetherAreRefusedBeforeTheWindowNotInIt() {
        assertThat(run(DESKTOP, "--skip-invalid")).isEqualTo(2);

        assertThat(errLines()).singleElement().asString().contains("--skip-invalid");
        assertThat(windows).isEmpty();
    }

    @Test
    void aCommandRunsWithNoDisplay() throws Exception {
        Path ledger = folder.resolve("台账.csv");

        int status = run(NO_DISPLAY, "--db", folder.resolve("office.db").toString(), "--export", ledger.toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(ledger).exists();
        assertThat(windows).isEmpty();
    }

    @Test
    void aPathWithASpaceInOneArgumentIsOnePath() {
        Path spaced = folder.resolve("督查 数据").resolve("督办.db");

        assertThat(run(DESKTOP, "--db", spaced.toString())).isZero();
        assertThat(run(DESKTOP, "--db=" + spaced)).isZero();

        assertThat(windows).extracting(AppOptions::database).containsExactly(spaced, spaced);
    }

    @Test
    void aPathTheShellSplitAtItsSpaceIsNamedWithTheAdviceToQuoteIt() {
        assertThat(run(DESKTOP, "--db", "D:\\督查", "数据\\督办.db")).isEqualTo(2);

        assertThat(errLines()).singleElement().asString()
                .startsWith("多余的参数 数据\\督办.db：若它与前面的 D:\\督查 是同一个路径").contains("引号");
        assertThat(windows).isEmpty();
    }

    @Test
    void theBuildsDatabaseFileGivesDbWithItsSpacesAndQuotesAround() throws Exception {
        Path spaced = folder.resolve("督查 数据").resolve("督办.db");
        Path given = folder.resolve("db.txt");
        Environment built = new Environment(Map.of("DISPLAY", ":0"),
                Map.of("os.name", "Linux", Environment.DB_FROM_FILE, given.toString()));

        Files.writeString(given, spaced.toString(), StandardCharsets.UTF_8);
        assertThat(run(built, "--demo")).isZero();
        Files.writeString(given, "\"" + spaced + "\"", StandardCharsets.UTF_8);
        assertThat(run(built)).isZero();
        Files.writeString(given, "", StandardCharsets.UTF_8);
        assertThat(run(built)).isZero();

        assertThat(windows).extracting(AppOptions::database).startsWith(spaced, spaced).last().isNotEqualTo(spaced);
        assertThat(windows.get(0).demo()).isTrue();
    }

    @Test
    void helpListsEveryOptionInChineseByGroupAndExitsZero() {
        assertThat(run(NO_DISPLAY, "--db", "x.db", "--help")).isZero();
        assertThat(run(NO_DISPLAY, "-h")).isZero();

        String help = out();
        for (CliOption option : CliOption.ALL) {
            assertThat(help).as(option.name()).contains(option.name()).contains(option.description());
            assertThat(Messages.has("cli.help." + option.key())).as(option.name()).isTrue();
            assertThat(!option.valued() || Messages.has("cli.value." + option.key())).as(option.name()).isTrue();
        }
        for (CliOption.Group group : CliOption.Group.values()) {
            assertThat(help).contains(group.heading());
        }
        assertThat(help).contains("打开看板", "命令", "导出筛选").contains("--db 路径或地址");
        assertThat(errLines()).isEmpty();
        assertThat(windows).isEmpty();
    }

    @Test
    void demoFileWritesTheDemoOfficeIntoANewFileWithNoDisplayAndItVerifiesAndExports() throws Exception {
        Path demo = folder.resolve("示例 数据").resolve("督办看板-示例.db");
        assertThat(run(NO_DISPLAY, "--demo-file", demo.toString())).isEqualTo(0);
        assertThat(out()).startsWith("已写入示例数据：16 个单位、46 项督办事项，文件 " + demo.toAbsolutePath());
        assertThat(errLines()).isEmpty();
        assertThat(windows).isEmpty();

        out.reset();
        assertThat(run(NO_DISPLAY, "--db", demo.toString(), "--verify")).isEqualTo(0);
        assertThat(out()).contains("校验通过");
        Path ledger = folder.resolve("台账.xlsx");
        assertThat(run(NO_DISPLAY, "--db", demo.toString(), "--export", ledger.toString())).isEqualTo(0);
        assertThat(Files.readAllBytes(ledger)).startsWith('P', 'K');
        assertThat(errLines()).isEmpty();
    }

    @Test
    void demoFileNeverWritesIntoAnExistingFileNorWithOtherOptions() throws Exception {
        Path office = Files.writeString(folder.resolve("office.db"), "not ours to touch");
        assertThat(run(NO_DISPLAY, "--demo-file", office.toString())).isEqualTo(2);
        assertThat(errLines()).containsExactly("文件已存在：" + office.toAbsolutePath()
                + "。--demo-file 只写入新文件，不会把示例数据混入已有的数据库，请换一个文件名。");
        assertThat(Files.readString(office)).isEqualTo("not ours to touch");

        err.reset();
        Path demo = folder.resolve("demo.db");
        assertThat(run(NO_DISPLAY, "--demo-file", demo.toString(), "--verify")).isEqualTo(2);
        assertThat(errLines()).hasSize(1).allSatisfy(line -> assertThat(line).startsWith("--demo-file 不与其他选项同用"));
        assertThat(demo).doesNotExist();
        assertThat(windows).isEmpty();
    }
}
