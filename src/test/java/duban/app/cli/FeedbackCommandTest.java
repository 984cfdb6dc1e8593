package duban.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.ledger.feedback.FeedbackForms;
import duban.store.Database;
import duban.store.Stores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --feedback-forms DIR} and {@code --import-feedback FILE} on a real database file. */
class FeedbackCommandTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 4).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path folder;

    private Path database;
    private Item roads;
    private Item bridge;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void office() throws Exception {
        database = folder.resolve("office.db");
        try (Database db = Database.open(database)) {
            Stores stores = Stores.over(db, CLOCK, () -> "督查室");
            Unit finance = stores.units().add("县财政局", UnitKind.COUNTY_DEPARTMENT);
            Unit water = stores.units().add("县水利局", UnitKind.COUNTY_DEPARTMENT);
            roads = create(stores, "乡村道路硬化", finance);
            bridge = create(stores, "河道清淤", water);
        }
    }

    private static Item create(Stores stores, String title, Unit lead) {
        return stores.items().create(new ItemDraft(title, "", Source.LEADER_INSTRUCTION, Category.KEY, lead.id(),
                List.of(), "张三", null, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        List<String> line = new ArrayList<>(List.of("--db", database.toString()));
        line.addAll(List.of(args));
        return new FeedbackCommand(CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(line);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void formsAreWrittenForEveryUnitOrForOne() throws Exception {
        Path all = folder.resolve("全部");
        assertThat(run("--feedback-forms", all.toString())).isZero();
        assertThat(files(all)).containsExactly("反馈表_县水利局_20261204.xlsx", "反馈表_县财政局_20261204.xlsx");
        assertThat(stdout()).contains("已写出 2 份反馈表");

        Path one = folder.resolve("一个");
        assertThat(run("--feedback-forms", one.toString(), "--unit", "县财政局")).isZero();
        assertThat(files(one)).containsExactly("反馈表_县财政局_20261204.xlsx");

        assertThat(run("--feedback-forms", one.toString(), "--unit", "县教育局")).isEqualTo(2);
        assertThat(stderr()).contains("找不到单位 “县教育局”");
    }

    @Test
    void anImportOfAFullyValidFormExitsZeroAndAReimportAddsNothing() throws Exception {
        run("--feedback-forms", folder.toString(), "--unit", "县财政局");
        Path form = folder.resolve("反馈表_县财政局_20261204.xlsx");
        FeedbackForms.fill(form, roads.id(), "路基已完成", "", "是", "李四");

        assertThat(run("--import-feedback", form.toString())).isZero();
        assertThat(stdout()).contains("将导入 1 行").contains("已导入 1 条办理进展，1 项事项移至待反馈");

        assertThat(run("--import-feedback", form.toString())).isZero();
        assertThat(stdout()).contains("已导入过 1 行").contains("没有可导入的行");
        try (Database db = Database.open(database)) {
            Stores stores = Stores.over(db, CLOCK);
            assertThat(stores.workflow().reports(roads.id())).hasSize(1);
            assertThat(stores.items().find(roads.id()).status()).isEqualTo(Status.AWAITING_FEEDBACK);
        }
    }

    @Test
    void problemRowsArePrintedAndLeftOutWithExitOne() throws Exception {
        run("--feedback-forms", folder.toString(), "--unit", "县财政局");
        Path form = folder.resolve("反馈表_县财政局_20261204.xlsx");
        FeedbackForms.fill(form, roads.id(), "路基已完成", "", "", "");
        FeedbackForms.addRow(form, String.valueOf(bridge.id()), "代水利局填写", "");

        assertThat(run("--import-feedback", form.toString())).isEqualTo(1);

        assertThat(stderr()).contains("第 6 行（事项编号 " + bridge.id() + "）：该事项由其他单位牵头（县水利局）")
                .contains("1 行有问题，没有导入");
        assertThat(stdout()).contains("已导入 1 条办理进展");
    }

    @Test
    void anUnreadableFileExitsTwoAndChangesNothing() throws Exception {
        Path bad = folder.resolve("反馈表.xlsx");
        Files.writeString(bad, "not a workbook");
        assertThat(run("--import-feedback", bad.toString())).isEqualTo(2);
        assertThat(stderr()).contains("已损坏");
        assertThat(run("--import-feedback", folder.resolve("没有这个文件.xlsx").toString())).isEqualTo(2);
        assertThat(stderr()).contains("找不到文件");
    }

    @Test
    void aReadOnlyOpenRefusesTheImportAndWritesNothing() throws Exception {
        run("--feedback-forms", folder.toString(), "--unit", "县财政局");
        Path form = folder.resolve("反馈表_县财政局_20261204.xlsx");
        FeedbackForms.fill(form, roads.id(), "路基已完成", "", "", "");

        assertThat(run("--read-only", "--import-feedback", form.toString())).isEqualTo(2);

        assertThat(stderr()).contains("没有导入任何内容");
        try (Database db = Database.open(database)) {
            assertThat(Stores.over(db, CLOCK).workflow().reports(roads.id())).isEmpty();
        }
    }
}
