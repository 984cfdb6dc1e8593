package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Category;
import duban.domain.ConcurrentChangeException;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ItemEvent;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.feedback.FeedbackForm;
import duban.domain.feedback.FeedbackLine;
import duban.domain.feedback.FeedbackPreview;
import duban.domain.feedback.FeedbackResult;
import duban.domain.feedback.FeedbackVerdict;
import duban.domain.Closing;
import duban.ledger.feedback.FeedbackFormReader;
import duban.ledger.feedback.FeedbackFormWriter;
import duban.ledger.feedback.FeedbackForms;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 反馈表 round trip on a real database: export, fill in, preview, import in one transaction. */
public class FeedbackStoreTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 4).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    @TempDir
    Path folder;

    private Database db;
    private Stores stores;
    private Unit finance;
    private Unit water;
    private Item roads;
    private Item school;
    private Item bridge;

    @BeforeEach
    void office() throws Exception {
        db = where().open(folder, "office");
        stores = Stores.over(db, CLOCK, () -> "督查室");
        finance = stores.units().add("县财政局", UnitKind.COUNTY_DEPARTMENT);
        water = stores.units().add("县水利局", UnitKind.COUNTY_DEPARTMENT);
        roads = create("乡村道路硬化", finance);
        school = create("学校食堂改造", finance);
        bridge = create("河道清淤", water);
    }

    @AfterEach
    void close() {
        TestDatabase.discard(db);
    }

    /** Where the database lives: a file here, the server in {@link FeedbackStoreOnServerTest}. */
    TestDatabase where() {
        return TestDatabase.FILE;
    }

    private Item create(String title, Unit lead) {
        return stores.items().create(new ItemDraft(title, "", Source.LEADER_INSTRUCTION, Category.KEY, lead.id(),
                List.of(), "张三", null, TODAY.minusDays(30), TODAY.plusDays(30)));
    }

    private Path exportFor(Unit unit) throws Exception {
        return FeedbackFormWriter.writeInto(stores.feedback().form(unit.id()), folder);
    }

    private FeedbackPreview preview(Path file) throws Exception {
        return stores.feedback().preview(FeedbackFormReader.read(file));
    }

    @Test
    void formsHoldEachLeadUnitsOpenItemsOnly() {
        Item closed = create("已办结的事项", finance);
        closed = stores.items().move(closed.id(), closed.version(), Status.CLOSED, 1, new Closing(TODAY, "已完成"), null);
        Item withdrawn = create("已撤销的事项", finance);
        stores.items().withdraw(withdrawn.id(), withdrawn.version(), "不再督办");
        stores.units().add("城关镇", UnitKind.TOWNSHIP); // leads nothing: no form

        List<FeedbackForm> forms = stores.feedback().forms();

        assertThat(forms).extracting(form -> form.unit().name()).containsExactly("县财政局", "县水利局");
        assertThat(forms.get(0).items()).extracting(Item::id).containsExactly(roads.id(), school.id());
        assertThat(forms.get(0).databaseId()).isNotBlank().isEqualTo(stores.feedback().databaseId());
        assertThat(forms.get(0).fileName()).isEqualTo("反馈表_县财政局_20261204.xlsx");
    }

    @Test
    void anImportRecordsEachFilledRowAsAReportAndMovesCloseRequestsToAwaitingFeedback() throws Exception {
        Item waiting = create("已在待反馈末尾的事项", finance);
        waiting = stores.items().move(waiting.id(), waiting.version(), Status.AWAITING_FEEDBACK, 5000, null, null);
        Path form = exportFor(finance);
        FeedbackForms.fill(form, roads.id(), "已完成路基施工", "完成 80%", "是", "李四");
        FeedbackForms.fill(form, school.id(), "", "", "否", "");

        FeedbackPreview preview = preview(form);
        assertThat(preview.lines()).extracting(FeedbackLine::verdict)
                .containsExactly(FeedbackVerdict.IMPORT, FeedbackVerdict.NOT_FILLED, FeedbackVerdict.NOT_FILLED);
        FeedbackResult result = stores.feedback().importRows(preview);

        assertThat(result).isEqualTo(new FeedbackResult(1, 1, 0));
        Item moved = stores.items().find(roads.id());
        assertThat(moved.status()).isEqualTo(Status.AWAITING_FEEDBACK);
        assertThat(moved.position()).isGreaterThan(waiting.position());
        assertThat(stores.workflow().reports(roads.id())).singleElement().satisfies(report -> {
            assertThat(report.reporter()).isEqualTo("李四");
            assertThat(report.reportedOn()).isEqualTo(TODAY);
            assertThat(report.content()).isEqualTo("已完成路基施工\n完成情况：完成 80%\n申请办结。");
        });
        List<ItemEvent> history = stores.items().history(roads.id());
        assertThat(history).extracting(ItemEvent::kind).endsWith(EventKind.REPORT, EventKind.MOVE);
        assertThat(history.get(history.size() - 1).toStatus()).isEqualTo(Status.AWAITING_FEEDBACK);
        assertThat(stores.workflow().reports(school.id())).isEmpty();
        assertThat(stores.items().find(school.id()).status()).isEqualTo(Status.ASSIGNED);
    }

    @Test
    void withoutAContactTheUnitReportsAndAnItemAlreadyAwaitingFeedbackStaysWhereItIs() throws Exception {
        Item waiting = stores.items().move(school.id(), school.version(), Status.AWAITING_FEEDBACK, 1, null, null);
        Path form = exportFor(finance);
        FeedbackForms.fill(form, school.id(), "已全部完成", "", "是", "");

        FeedbackResult result = stores.feedback().importRows(preview(form));

        assertThat(result).isEqualTo(new FeedbackResult(1, 0, 0));
        assertThat(stores.workflow().reports(school.id()).get(0).reporter()).isEqualTo("县财政局");
        assertThat(stores.items().find(school.id()).version()).isEqualTo(waiting.version());
    }

    @Test
    void aReimportAddsNothing() throws Exception {
        Path form = exportFor(finance);
        FeedbackForms.fill(form, roads.id(), "已完成路基施工", "", "是", "李四");
        stores.feedback().importRows(preview(form));
        int events = stores.items().history(roads.id()).size();

        FeedbackPreview again = preview(form);

        assertThat(again.line(5).orElseThrow().verdict()).isEqualTo(FeedbackVerdict.ALREADY_IMPORTED);
        assertThat(again.importable()).isEmpty();
        assertThat(stores.feedback().importRows(again)).isEqualTo(new FeedbackResult(0, 0, 0));
        assertThat(stores.workflow().reports(roads.id())).hasSize(1);
        assertThat(stores.items().history(roads.id())).hasSize(events);
    }

    @Test
    void everyKindOfProblemIsShownOnItsRowAndLeftOut() throws Exception {
        Path form = exportFor(finance);
        Item closing = school;
        FeedbackForms.fill(form, roads.id(), "进展顺利", "", "可以", "");   // row 5: not 是/否
        FeedbackForms.fill(form, school.id(), "已办完", "", "", "");        // row 6: closed meanwhile
        FeedbackForms.addRow(form, "99999", "自己加的一行", "");            // row 7: no such item
        FeedbackForms.addRow(form, String.valueOf(bridge.id()), "替水利局填的", "");  // row 8: another unit's
        Item withdrawn = create("撤销的事项", finance);
        FeedbackForms.addRow(form, String.valueOf(withdrawn.id()), "还在办", "");  // row 9: withdrawn
        FeedbackForms.addRow(form, "", "没有编号", "");                      // row 10: no number
        stores.items().move(closing.id(), closing.version(), Status.CLOSED, 1, new Closing(TODAY, "已完成"), null);
        stores.items().withdraw(withdrawn.id(), withdrawn.version(), "不再督办");

        FeedbackPreview preview = preview(form);

        assertThat(preview.lines()).extracting(line -> line.entry().rowNumber() + " " + line.verdict())
                .containsExactly("5 BAD_CLOSE_REQUEST", "6 CLOSED", "7 UNKNOWN_ITEM", "8 OTHER_UNIT", "9 WITHDRAWN",
                        "10 UNKNOWN_ITEM");
        assertThat(preview.line(8).orElseThrow().problem()).isEqualTo("该事项由其他单位牵头（县水利局）");
        assertThat(preview.line(5).orElseThrow().problem()).startsWith("申请办结只能填“是”或“否”");
        assertThat(preview.line(7).orElseThrow().problem()).isEqualTo("事项编号不存在（99999）");
        assertThat(preview.importable()).isEmpty();
        assertThat(preview.summary()).contains("有问题 6 行");
    }

    @Test
    void aFormFromAnotherDatabaseIsAProblemOnEveryRow() throws Exception {
        Path form = exportFor(finance);
        FeedbackForms.fill(form, roads.id(), "进展", "", "", "");
        FeedbackForms.setDatabaseId(form, "another-office");

        FeedbackPreview preview = preview(form);

        assertThat(preview.lines()).extracting(FeedbackLine::verdict).containsOnly(FeedbackVerdict.OTHER_DATABASE);
        assertThat(preview.importable()).isEmpty();
    }

    @Test
    void anItemChangedByAnotherWriterSinceThePreviewFailsTheWholeImport() throws Exception {
        Path form = exportFor(finance);
        FeedbackForms.fill(form, roads.id(), "第一行的进展", "", "", "李四");
        FeedbackForms.fill(form, school.id(), "第二行的进展", "", "是", "王五");
        FeedbackPreview preview = preview(form);
        // Another PC edits the second item after the preview: its move to 待反馈 must be refused.
        stores.items().update(school.id(), school.version(), new ItemDraft("学校食堂改造（调整）", "", Source.LEADER_INSTRUCTION,
                Category.KEY, finance.id(), List.of(), "张三", null, TODAY.minusDays(30), TODAY.plusDays(30)));
        int roadEvents = stores.items().history(roads.id()).size();

        assertThatThrownBy(() -> stores.feedback().importRows(preview)).isInstanceOf(ConcurrentChangeException.class);

        assertThat(stores.workflow().reports(roads.id())).isEmpty();
        assertThat(stores.workflow().reports(school.id())).isEmpty();
        assertThat(stores.items().history(roads.id())).hasSize(roadEvents);
        assertThat(stores.items().find(school.id()).status()).isEqualTo(Status.ASSIGNED);
    }

    @Test
    void aFailingWriteInTheMiddleLeavesNothing() throws Exception {
        Path form = exportFor(finance);
        FeedbackForms.fill(form, roads.id(), "第一行的进展", "", "是", "");
        FeedbackForms.fill(form, school.id(), "第二行的进展", "", "", "");
        FeedbackPreview preview = preview(form);

        try (AutoCloseable refusal = TestDatabase.refuseInserts(db, "progress_report",
                "NEW.content = '第二行的进展'", "disk trouble")) {
            assertThatThrownBy(() -> stores.feedback().importRows(preview)).isNotNull();
        }

        assertThat(stores.workflow().reports(roads.id())).isEmpty();
        assertThat(stores.items().find(roads.id()).status()).isEqualTo(Status.ASSIGNED);
        assertThat(stores.items().history(roads.id())).extracting(ItemEvent::kind).containsExactly(EventKind.CREATE);
    }

    @Test
    void aRowThatBecameAProblemSinceThePreviewFailsTheWholeImport() throws Exception {
        Path form = exportFor(finance);
        FeedbackForms.fill(form, roads.id(), "第一行的进展", "", "", "");
        FeedbackForms.fill(form, school.id(), "第二行的进展", "", "", "");
        FeedbackPreview preview = preview(form);
        stores.items().withdraw(school.id(), school.version(), "不再督办");

        assertThatThrownBy(() -> stores.feedback().importRows(preview))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("第 6 行").hasMessageContaining("已撤销督办");

        assertThat(stores.workflow().reports(roads.id())).isEmpty();
    }
}
