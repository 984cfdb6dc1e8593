package duban.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.documents.drafting.DocumentFormat;
import duban.domain.Source;
import duban.domain.bulletin.ReportPeriod;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --report 通报 …} and {@code --notices DIR}: what the command line means, and its refusals in Chinese. */
class DocumentCommandTest {

    private static final Path DEFAULT = Path.of("/home/officer/.duban/duban.db");

    @TempDir
    Path folder;

    private static DocumentCommand.Options parse(String... args) throws AppOptions.BadArgumentsException {
        return DocumentCommand.parse(List.of(args), DEFAULT);
    }

    private static void refused(String expected, String... args) {
        assertThatThrownBy(() -> parse(args)).isInstanceOf(AppOptions.BadArgumentsException.class)
                .hasMessage(expected);
    }

    @Test
    void aReportOfAWholeWeekIsThatWeekAndTheFormatComesFromTheFile() throws Exception {
        DocumentCommand.Options options = parse("--db", "/data/县府办.db", "--report", "通报", "--from", "2026-11-09",
                "--to", "2026-11-15", "--out", "周通报.DOCX");
        assertThat(options.database().database()).isEqualTo(Path.of("/data/县府办.db"));
        assertThat(options.notices()).isNull();
        assertThat(options.report()).isEqualTo(new DocumentCommand.Report(
                new ReportPeriod(ReportPeriod.Kind.WEEK, LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15)), null,
                Path.of("周通报.DOCX"), DocumentFormat.DOCX));
    }

    @Test
    void monthsQuartersAndOtherRangesAreRecognised() throws Exception {
        assertThat(parse("--report", "督查通报", "--from", "2026-10-01", "--to", "2026-10-31", "--out", "x.pdf")
                .report().period().kind()).isEqualTo(ReportPeriod.Kind.MONTH);
        assertThat(parse("--report", "通报", "--from", "2026-07-01", "--to", "2026-09-30", "--out", "x.pdf")
                .report().period().kind()).isEqualTo(ReportPeriod.Kind.QUARTER);
        DocumentCommand.Report custom = parse("--report", "通报", "--from", "2026-10-15", "--to", "2026-11-14",
                "--source", "人大建议", "--out", "x.pdf").report();
        assertThat(custom.period()).isEqualTo(ReportPeriod.custom(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 14)));
        assertThat(custom.source()).isEqualTo(Source.NPC_SUGGESTION);
        assertThat(custom.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(parse("--report", "通报", "--from", "2026-11-01", "--to", "2026-11-01", "--source", "petition",
                "--out", "x.docx").report().source()).isEqualTo(Source.PETITION);
    }

    @Test
    void noticesGoToAFolderAsWordOrPdf() throws Exception {
        assertThat(parse("--notices", "通知单", "--read-only").notices())
                .isEqualTo(new DocumentCommand.Notices(Path.of("通知单"), DocumentFormat.DOCX));
        DocumentCommand.Options pdf = parse("--pdf", "--notices", "D:\\督办\\通知单");
        assertThat(pdf.notices()).isEqualTo(new DocumentCommand.Notices(Path.of("D:\\督办\\通知单"), DocumentFormat.PDF));
        assertThat(pdf.report()).isNull();
        assertThat(pdf.database().database()).isEqualTo(DEFAULT);
    }

    @Test
    void whatCannotBeUnderstoodIsRefusedInOneChineseLine() {
        refused("参数 --out 后面缺少取值。", "--report", "通报", "--from", "2026-11-09", "--to", "2026-11-15", "--out");
        refused("--report 通报 需要 --from 起始日期、--to 截止日期 和 --out 文件，例如：--report 通报 --from 2026-11-09 "
                + "--to 2026-11-15 --out 通报.docx", "--report", "通报", "--from", "2026-11-09", "--out", "x.docx");
        refused("无法识别的报告 “周报”：--report 后面应为 通报（督查通报）。", "--report", "周报", "--from", "2026-11-09",
                "--to", "2026-11-15", "--out", "x.docx");
        refused("起始日期 2026-11-20 晚于截止日期 2026-11-10，请改正。", "--report", "通报", "--from", "2026-11-20",
                "--to", "2026-11-10", "--out", "x.docx");
        refused("--to 后面的日期 “11月15日” 无法识别，应为 2026-11-21 的格式。", "--report", "通报", "--from", "2026-11-09",
                "--to", "11月15日", "--out", "x.docx");
        refused("不能生成 通报.xlsx：督查通报可保存为 .docx（Word）或 .pdf 文件。", "--report", "通报", "--from",
                "2026-11-09", "--to", "2026-11-15", "--out", "通报.xlsx");
        refused("无法识别的事项来源 “领导交办”。", "--report", "通报", "--from", "2026-11-09", "--to", "2026-11-15",
                "--source", "领导交办", "--out", "x.docx");
        refused("--report 和 --notices 不能同时使用，请分两次运行。", "--report", "通报", "--from", "2026-11-09", "--to",
                "2026-11-15", "--out", "x.docx", "--notices", "dir");
        refused("参数 --pdf 只能与 --notices 一起使用（通报的格式由 --out 文件的扩展名决定）。", "--report", "通报", "--from",
                "2026-11-09", "--to", "2026-11-15", "--out", "x.docx", "--pdf");
        refused("参数 --from、--to、--source、--out 只能与 --report 通报 一起使用。", "--notices", "dir", "--out", "x.docx");
        refused("--report 和 --notices 不能与 --export 或 --import 同时使用，请分两次运行。", "--notices", "dir",
                "--export", "台账.xlsx");
        assertThatThrownBy(() -> parse("--notices", "dir", "--dmeo")).hasMessageContaining("未知参数")
                .hasMessageContaining("--dmeo");
    }

    @Test
    void aRefusedCommandLineExitsWithTwoAndOpensNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path database = folder.resolve("duban.db");
        int status = new DocumentCommand(Clock.systemDefaultZone(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of("--db", database.toString(), "--report",
                "通报", "--from", "2026-11-20", "--to", "2026-11-10", "--out", folder.resolve("x.docx").toString()));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("起始日期 2026-11-20 晚于截止日期 2026-11-10，请改正。"
                + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(database).doesNotExist();
        assertThat(folder.resolve("x.docx")).doesNotExist();
    }

    @Test
    void theCommandIsAskedForByEitherOption() {
        assertThat(DocumentCommand.asked(List.of("--report", "通报"))).isTrue();
        assertThat(DocumentCommand.asked(List.of("--db", "x.db", "--notices", "dir"))).isTrue();
        assertThat(DocumentCommand.asked(List.of("--export", "台账.xlsx", "--from", "2026-11-01"))).isFalse();
    }
}
