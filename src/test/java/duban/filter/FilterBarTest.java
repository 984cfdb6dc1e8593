package duban.filter;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.FxTexts;
import duban.testing.TestItems;
import duban.ui.CjkFonts;
import duban.domain.BoardStats;
import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.testing.Screenshots;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The filter bar driven as a user would: typing, picking from drop-downs, toggling, clearing. */
@ExtendWith(ApplicationExtension.class)
class FilterBarTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Deadlines DEADLINES = new Deadlines(
            Clock.fixed(TestItems.TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));

    /** The longest unit names of a real county, so that the bar is measured at its widest. */
    private static final Unit FINANCE = TestItems.FINANCE;
    private static final Unit WATER = TestItems.WATER;
    private static final Unit HOUSING = TestItems.HOUSING;
    private static final Unit HUMAN_RESOURCES = new Unit(7, "县人力资源和社会保障局", UnitKind.COUNTY_DEPARTMENT, 40);

    private final List<Item> items = List.of(
            TestItems.item(1, "年度预算执行情况核查").lead(FINANCE).owner("王芳")
                    .source(Source.EXECUTIVE_MEETING).category(Category.KEY)
                    .deadline(TestItems.TODAY.minusDays(3)).build(),
            TestItems.item(2, "城区供水管网改造").lead(WATER).assist(FINANCE).owner("李强")
                    .source(Source.WORK_REPORT).deadline(TestItems.TODAY.plusDays(2)).build(),
            TestItems.item(3, "防汛物资储备检查").lead(WATER).owner("周建平")
                    .source(Source.LEADER_INSTRUCTION).category(Category.URGENT)
                    .deadline(TestItems.TODAY.minusDays(1)).build(),
            TestItems.item(4, "老旧小区改造资金拨付").lead(HOUSING).owner("张伟").details("协调县财政局按进度拨付")
                    .deadline(TestItems.TODAY.plusDays(20)).build(),
            TestItems.item(5, "农民工工资支付专项检查").lead(HUMAN_RESOURCES).owner("陈静")
                    .source(Source.HIGHER_LEVEL).closed(TestItems.TODAY.minusDays(5))
                    .deadline(TestItems.TODAY.minusDays(2)).build(),
            TestItems.item(6, "财政资金绩效评价（重复登记）").lead(FINANCE).owner("王芳").withdrawn().build());

    private FilterViewModel filters;
    private FilterBar bar;
    private Scene scene;

    @Start
    void start(Stage stage) {
        filters = new FilterViewModel();
        filters.setOptions(items);
        bar = new FilterBar(filters);
        // What the board does with the label: the filtered figures beside the whole board's.
        bar.summaryLabel().textProperty().bind(filters.filterProperty()
                .map(filter -> FilteredFigures.of(items, filter, DEADLINES).summaryText()));

        BorderPane root = new BorderPane();
        root.setTop(bar);
        root.setCenter(new Pane());
        root.getStyleClass().add("board");
        CjkFonts.apply(root);
        scene = new Scene(root, 1280, 140);
        scene.getStylesheets().addAll(FilterBar.class.getResource("/theme.css").toExternalForm(),
                FilterBar.class.getResource("/board.css").toExternalForm());
        // As BoardView.setFilterBar(bar, bar::focusSearch) does.
        scene.getAccelerators().put(FilterBar.FOCUS_SEARCH, bar::focusSearch);
        stage.setScene(scene);
        // The stage may come from an earlier test with another size: measure at 1280 exactly.
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void typingInTheSearchFieldFiltersAsYouType(FxRobot robot) {
        robot.clickOn("#filter-search").write("财政");

        assertThat(search(robot).getText()).isEqualTo("财政");
        // 财政 is the lead unit of 1, assists on 2 and is named in the details of 4; 6 is withdrawn.
        assertThat(kept()).containsExactly(1L, 2L, 4L);
        assertThat(robot.lookup("#filter-clear").queryAs(Button.class).isDisabled()).isFalse();

        robot.write(" 王芳");
        assertThat(kept()).containsExactly(1L);
        assertThat(robot.lookup("#filter-summary").queryAs(Labeled.class).getText())
                .isEqualTo("筛选 1 / 5 项 · 办结率 0.0%（全部 20.0%）");
    }

    @Test
    void choosingALeadUnitByClickingKeepsItsItems(FxRobot robot) {
        ComboBox<?> leadUnit = robot.lookup("#filter-lead-unit").queryAs(ComboBox.class);
        // Unset, the drop-down names what it filters; its first entry is 全部.
        assertThat(buttonText(leadUnit)).isEqualTo("牵头单位");
        assertThat(new ArrayList<Object>(leadUnit.getItems())).containsExactly(null, FINANCE, HOUSING, WATER, HUMAN_RESOURCES);

        robot.clickOn(leadUnit);
        robot.clickOn(popupEntry(robot, "县水利局"));

        assertThat(filters.leadUnitProperty().get()).isEqualTo(WATER);
        assertThat(kept()).containsExactly(2L, 3L);
        assertThat(buttonText(leadUnit)).isEqualTo("县水利局");

        robot.clickOn("#filter-source");
        robot.clickOn(popupEntry(robot, "领导批示"));
        assertThat(kept()).containsExactly(3L);

        // Back to 全部: the first entry.
        robot.clickOn(leadUnit);
        robot.clickOn(popupEntry(robot, "全部"));
        assertThat(filters.leadUnitProperty().get()).isNull();
        assertThat(buttonText(leadUnit)).isEqualTo("牵头单位");
        // 领导批示 alone: the housing item 4 is back.
        assertThat(kept()).containsExactly(3L, 4L);
    }

    @Test
    void theOverdueAndDueSoonTogglesKeepThoseItems(FxRobot robot) {
        robot.clickOn("#filter-overdue");
        assertThat(robot.lookup("#filter-overdue").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(filters.overdueOnlyProperty().get()).isTrue();
        // 1 and 3 are past their deadline; 5 is past it too, but closed (逾期办结), not 逾期.
        assertThat(kept()).containsExactly(1L, 3L);

        robot.clickOn("#filter-due-soon");
        assertThat(kept()).containsExactly(1L, 2L, 3L);

        robot.clickOn("#filter-overdue");
        assertThat(kept()).containsExactly(2L);
    }

    @Test
    void clearingResetsEveryCriterionAndTheField(FxRobot robot) {
        Button clear = robot.lookup("#filter-clear").queryAs(Button.class);
        assertThat(clear.isDisabled()).isTrue();

        robot.clickOn("#filter-search").write("改造");
        robot.clickOn("#filter-owner");
        robot.clickOn(popupEntry(robot, "李强"));
        robot.clickOn("#filter-category");
        robot.clickOn(popupEntry(robot, "常规"));
        robot.clickOn("#filter-overdue");
        robot.clickOn("#filter-due-soon");
        assertThat(kept()).containsExactly(2L);
        assertThat(filters.activeProperty().get()).isTrue();

        Screenshots.save(scene, "filter-bar");
        assertNoTextIsCutShort();

        robot.clickOn(clear);

        assertThat(filters.getFilter()).isEqualTo(ItemFilter.NONE);
        assertThat(filters.activeProperty().get()).isFalse();
        assertThat(search(robot).getText()).isEmpty();
        Map<String, String> captions = Map.of("#filter-lead-unit", "牵头单位", "#filter-owner", "责任人",
                "#filter-source", "事项来源", "#filter-category", "督办类别");
        captions.forEach((id, caption) -> {
            ComboBox<?> box = robot.lookup(id).queryAs(ComboBox.class);
            assertThat(box.getValue()).as(id).isNull();
            assertThat(box.getSelectionModel().getSelectedIndex()).as(id).isZero();
            assertThat(buttonText(box)).as(id).isEqualTo(caption);
        });
        assertThat(robot.lookup("#filter-overdue").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(robot.lookup("#filter-due-soon").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(clear.isDisabled()).isTrue();
        assertThat(robot.lookup("#filter-summary").queryAs(Labeled.class).getText()).isEmpty();
        assertThat(kept()).containsExactly(1L, 2L, 3L, 4L, 5L);

        // Nothing set: the figures are gone and the field has room for its whole prompt.
        robot.clickOn("#filter-overdue").clickOn("#filter-overdue");
        assertThat(search(robot).getPromptText()).isEqualTo("搜索督办事项、责任人、单位…（Ctrl+F）");
        Screenshots.save(scene, "filter-bar-cleared");
        assertNoTextIsCutShort();
    }

    @Test
    void theCrossInTheFieldAndEscapeEmptyTheSearch(FxRobot robot) {
        robot.clickOn("#filter-search").write("供水");
        assertThat(kept()).containsExactly(2L);

        robot.clickOn("#filter-search-clear");
        assertThat(search(robot).getText()).isEmpty();
        assertThat(filters.getFilter()).isEqualTo(ItemFilter.NONE);

        robot.write("防汛");
        assertThat(kept()).containsExactly(3L);
        robot.type(KeyCode.ESCAPE);
        assertThat(search(robot).getText()).isEmpty();
        assertThat(kept()).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void ctrlFPutsTheCaretInTheSearchField(FxRobot robot) {
        robot.clickOn("#filter-overdue");
        assertThat(search(robot).isFocused()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(search(robot).isFocused()).isTrue();

        robot.write("水利");
        assertThat(kept()).containsExactly(3L);
    }

    @Test
    void aChosenUnitStaysShownWhenTheBoardReloadsWithoutIt(FxRobot robot) {
        robot.clickOn("#filter-lead-unit");
        robot.clickOn(popupEntry(robot, "县住房和城乡建设局"));
        ComboBox<?> leadUnit = robot.lookup("#filter-lead-unit").queryAs(ComboBox.class);

        List<ItemFilter> seen = new ArrayList<>();
        filters.filterProperty().addListener((observable, old, now) -> seen.add(now));
        robot.interact(() -> filters.setOptions(items.stream().filter(item -> item.id() != 4).toList()));
        robot.interact(() -> filters.setOptions(items));

        // Refilling the drop-down did not even briefly drop the choice.
        assertThat(seen).isEmpty();

        assertThat(filters.leadUnitProperty().get()).isEqualTo(HOUSING);
        assertThat(leadUnit.getValue()).isEqualTo(HOUSING);
        assertThat(buttonText(leadUnit)).isEqualTo("县住房和城乡建设局");
        assertThat(filters.getFilter().leadUnitId()).isEqualTo(HOUSING.id());
    }

    @Test
    void theBarFitsA1280PixelWindowWithEveryCriterionSetAndThreeDigitFigures(FxRobot robot) {
        robot.clickOn("#filter-search").write("改造 资金");
        robot.clickOn("#filter-lead-unit");
        robot.clickOn(popupEntry(robot, "县住房和城乡建设局"));
        robot.clickOn("#filter-owner");
        robot.clickOn(popupEntry(robot, "周建平"));
        robot.clickOn("#filter-source");
        robot.clickOn(popupEntry(robot, "常务会议决定"));
        robot.clickOn("#filter-category");
        robot.clickOn(popupEntry(robot, "重点督办"));
        robot.clickOn("#filter-overdue");
        robot.clickOn("#filter-due-soon");
        // A big office: the figures at their widest.
        BoardStats filtered = new BoardStats(Map.of(Status.CLOSED, 56), 112, 50, 6, 30, 26);
        BoardStats whole = new BoardStats(Map.of(Status.CLOSED, 140), 460, 120, 20, 41, 33);
        robot.interact(() -> {
            bar.summaryLabel().textProperty().unbind();
            bar.summaryLabel().setText(FilteredFigures.summaryText(filters.getFilter(), filtered, whole));
        });
        assertThat(bar.summaryLabel().getText()).isEqualTo("筛选 112 / 460 项 · 办结率 50.0%（全部 30.4%）");

        assertThat(scene.getWidth()).isEqualTo(1280);
        assertThat(bar.prefWidth(-1)).as("the width the bar asks for").isLessThanOrEqualTo(1280);
        Bounds summary = bar.summaryLabel().localToScene(bar.summaryLabel().getBoundsInLocal());
        assertThat(summary.getMaxX()).as("right edge of the figures").isLessThanOrEqualTo(1280);
        Screenshots.save(scene, "filter-bar-widest");
        assertNoTextIsCutShort();
    }

    @Test
    void anExceptionallyLongUnitNameIsSpelledOutInTheTooltip(FxRobot robot) {
        robot.clickOn("#filter-lead-unit");
        robot.clickOn(popupEntry(robot, "县人力资源和社会保障局"));

        ComboBox<?> leadUnit = robot.lookup("#filter-lead-unit").queryAs(ComboBox.class);
        assertThat(filters.leadUnitProperty().get()).isEqualTo(HUMAN_RESOURCES);
        assertThat(leadUnit.getTooltip().getText()).isEqualTo("牵头单位：县人力资源和社会保障局");
        assertThat(kept()).containsExactly(5L);
        // The figures squeeze the field: its prompt may say less, but says it whole. Which of the
        // two fits depends on the font's glyph widths, so the test asserts the fit, not the variant.
        assertPromptFitsWhole(robot);
        Screenshots.save(scene, "filter-bar-long-unit");

        robot.clickOn(leadUnit);
        robot.clickOn(popupEntry(robot, "全部"));
        assertThat(leadUnit.getTooltip().getText()).isEqualTo("牵头单位");
    }

    private void assertPromptFitsWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField field = search(robot);
        assertThat(field.getPromptText()).isIn("搜索督办事项、责任人、单位…（Ctrl+F）", "搜索…（Ctrl+F）");
        Text probe = new Text(field.getPromptText());
        probe.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        assertThat(probe.getLayoutBounds().getWidth()).as("prompt width within %s", room).isLessThanOrEqualTo(room);
    }

    /** Every label, button and cell of the bar shows its whole text, not an ellipsis. */
    private void assertNoTextIsCutShort() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxTexts.textsCutShort(bar)).as("texts cut short").isEmpty();
    }

    private List<Long> kept() {
        ItemFilter filter = filters.getFilter();
        return items.stream().filter(item -> filter.matches(item, DEADLINES.stateOf(item))).map(Item::id).toList();
    }

    private static TextField search(FxRobot robot) {
        return robot.lookup("#filter-search").queryAs(TextField.class);
    }

    private static String buttonText(ComboBox<?> box) {
        return ((ListCell<?>) box.getButtonCell()).getText();
    }

    /** An entry of the open drop-down's list, by its text. */
    private static Node popupEntry(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(text)).query();
    }
}
