package duban.ledger.view;

import static duban.testing.FxTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.ledger.LedgerRow;
import duban.ledger.LedgerTitle;
import duban.ledger.export.CsvExport;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.SettingsStore;
import duban.testing.DemoLedgerWindow;
import duban.testing.Screenshots;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 督办台账 window over the demo office, driven as a user would: narrowing the scope, sorting by
 * a column header, grouping, naming the office, exporting.
 */
@ExtendWith(ApplicationExtension.class)
class LedgerViewTest {

    private static final Clock CLOCK = DemoLedgerWindow.CLOCK;

    @TempDir
    static Path folder;

    private DemoLedgerWindow ledger;
    private Database database;
    private LedgerViewModel viewModel;
    private LedgerView view;
    private Scene scene;
    private List<Item> items;

    /** The windows 导入任务清单 asked to open the import dialog over. */
    private final List<Window> importsAskedOver = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        ledger = DemoLedgerWindow.show(stage, folder, importsAskedOver::add);
        database = ledger.database;
        viewModel = ledger.viewModel;
        view = ledger.view;
        scene = ledger.scene;
        items = new ItemStore(database.dsl(), CLOCK).loadAll().stream().filter(item -> !item.withdrawn()).toList();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void importOpensOverTheLedgersOwnWindow(FxRobot robot) {
        robot.clickOn("#ledger-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(importsAskedOver).containsExactly(scene.getWindow());
    }

    @Test
    void showsEveryItemWithTheTitleScopeAndTotals(FxRobot robot) {
        assertThat(rows()).hasSize(items.size());
        assertThat(text(robot, "#ledger-title")).isEqualTo("督办事项台账");
        assertThat(text(robot, "#ledger-subtitle")).contains("范围：全部督办事项").contains("制表日期：2026年11月21日");
        assertThat(text(robot, "#ledger-totals")).startsWith("共 " + items.size() + " 项");
        assertThat(robot.lookup(".column-header .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsSubsequence("序号", "督办事项", "事项来源", "交办日期", "牵头单位", "协办单位", "责任人", "办理时限",
                        "办理进展", "状态", "办结日期", "备注");
        Screenshots.save(scene, "ledger-window");
    }

    @Test
    void ticking仅逾期LeavesOnlyTheOverdueItemsAndSaysSo(FxRobot robot) {
        robot.clickOn("#ledger-overdue");
        WaitForAsyncUtils.waitForFxEvents();
        long overdue = items.stream().filter(item -> new Deadlines(CLOCK).stateOf(item) == DeadlineState.OVERDUE
               ).count();
        assertThat(overdue).isPositive();
        assertThat(rows()).hasSize((int) overdue)
                .allSatisfy(row -> assertThat(row.status()).endsWith("·逾期"));
        assertThat(text(robot, "#ledger-subtitle")).contains("仅逾期");
        assertThat(text(robot, "#ledger-totals")).startsWith("共 " + overdue + " 项");
    }

    @Test
    void clickingAColumnHeaderSortsTheLedgerAndAgainTurnsTheOrderRound(FxRobot robot) {
        robot.clickOn(header(robot, "办理时限"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).extracting(LedgerRow::deadline).isSorted();
        assertThat(rows()).extracting(LedgerRow::number).startsWith(1, 2, 3);
        robot.clickOn(header(robot, "办理时限"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).extracting(LedgerRow::deadline).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void groupingByLeadUnitShowsHeadingsAndSubtotals(FxRobot robot) {
        robot.clickOn("#ledger-grouping");
        robot.clickOn("按牵头单位");
        WaitForAsyncUtils.waitForFxEvents();
        List<LedgerLine> lines = viewModel.lines();
        assertThat(lines.get(0)).isInstanceOf(LedgerLine.Heading.class);
        long headings = lines.stream().filter(LedgerLine.Heading.class::isInstance).count();
        long subtotals = lines.stream().filter(LedgerLine.Subtotal.class::isInstance).count();
        assertThat(headings).isEqualTo(subtotals).isEqualTo(rows().stream().map(LedgerRow::leadUnit).distinct().count());
        assertThat(robot.lookup(".ledger-group-heading").queryAll()).isNotEmpty();
        Screenshots.save(scene, "ledger-grouped");
    }

    @Test
    void typingTheOfficeNameMakesTheTitleAndIsSaved(FxRobot robot) {
        robot.clickOn("#ledger-office-name").write("临江县人民政府办公室").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#ledger-title")).isEqualTo("临江县人民政府办公室督办事项台账");
        assertThat(new SettingsStore(database.dsl(), CLOCK).get(LedgerTitle.OFFICE_NAME_KEY))
                .contains("临江县人民政府办公室");
    }

    @Test
    void exportingCsvWritesTheLedgerInScopeInTheBackground(FxRobot robot) throws Exception {
        robot.clickOn("#ledger-overdue");
        Path target = folder.resolve("overdue.csv");
        robot.interact(() -> view.setSaveTarget((format, name) -> target));
        robot.clickOn("#ledger-export-csv");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(target)
                && text(robot, "#ledger-message").startsWith("已导出"));
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith(String.valueOf(CsvExport.BOM) + "序号,督办事项");
        assertThat(lines).hasSize(1 + rows().size());
        assertThat(text(robot, "#ledger-message")).contains(String.valueOf(rows().size()));
    }

    private List<LedgerRow> rows() {
        return viewModel.getLedger().rows();
    }

    private static TableColumnHeader header(FxRobot robot, String title) {
        return robot.lookup("#ledger-table").lookup(".column-header").queryAllAs(TableColumnHeader.class).stream()
                .filter(header -> header.getTableColumn() != null && title.equals(header.getTableColumn().getText()))
                .findFirst().orElseThrow();
    }
}
