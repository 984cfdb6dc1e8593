package duban.units;

import duban.domain.UnitScope;

import duban.domain.UnitRow;

import duban.domain.Tally;

import duban.domain.UnitFigures;

import static duban.units.FixedBoard.DEADLINES;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Source;
import duban.domain.Status;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The view's state without any node: plain JUnit, JavaFX properties need no toolkit. */
class UnitStatsViewModelTest {

    private final UnitStatsViewModel viewModel = new UnitStatsViewModel(DEADLINES);

    @Test
    void startsEmptyOverEveryDateAndSource() {
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.totalsProperty().get()).isEqualTo(Tally.EMPTY);
        assertThat(viewModel.scope()).isEqualTo(UnitScope.ALL);
        assertThat(viewModel.scopeTextProperty().get()).isEqualTo("交办日期 不限 · 全部来源");
        assertThat(viewModel.asOfTextProperty().get()).isEqualTo("逾期、临期截至 2026-11-21");
        assertThat(viewModel.placeholderTextProperty().get()).isEqualTo("所选范围内没有督办事项");
    }

    @Test
    void setItemsRecomputesTheRowsAndTotals() {
        viewModel.setItems(FixedBoard.items());

        assertThat(rows()).containsExactly("1 县水利局", "2 县财政局", "2 县人力资源和社会保障局", "4 城关镇");
        assertThat(UnitFiguresTest.line(viewModel.totalsProperty().get())).isEqualTo("14 7 7 3 2 | 50.0% 57.1% | 4 12");

        // The board changes: 城关镇's overdue item 10 is closed today (late: its deadline was 11-20),
        // so 城关镇 closes 2 of 3 (66.7%) and rises to share rank 1 with 水利 (66.7%, 50.0%, 逾期 0).
        List<Item> changed = new ArrayList<>(FixedBoard.items());
        Item ten = changed.get(9);
        assertThat(ten.id()).isEqualTo(10);
        changed.set(9, ten.movedTo(Status.CLOSED, FixedBoard.TODAY, "已完成"));
        viewModel.setItems(changed);

        assertThat(rows()).containsExactly("1 县水利局", "1 城关镇", "3 县财政局", "3 县人力资源和社会保障局");
        assertThat(UnitFiguresTest.line(viewModel.totalsProperty().get())).isEqualTo("14 8 6 2 2 | 57.1% 50.0% | 4 12");
    }

    @Test
    void everyScopeChangeRecomputes() {
        viewModel.setItems(FixedBoard.items());
        List<UnitFigures> seen = new ArrayList<>();
        viewModel.figuresProperty().addListener((observable, old, now) -> seen.add(now));

        viewModel.fromProperty().set(LocalDate.of(2026, 6, 1));
        viewModel.toProperty().set(LocalDate.of(2026, 10, 20));
        assertThat(rows()).containsExactly("1 县水利局", "2 县财政局", "2 城关镇");
        assertThat(viewModel.scopeTextProperty().get()).isEqualTo("交办日期 2026-06-01 至 2026-10-20 · 全部来源");

        viewModel.sourceProperty().set(Source.PETITION);
        // 信访 in that range: 7 of 水利 only.
        assertThat(rows()).containsExactly("1 县水利局");
        assertThat(viewModel.totalsProperty().get().total()).isEqualTo(1);
        assertThat(viewModel.scopeTextProperty().get()).isEqualTo("交办日期 2026-06-01 至 2026-10-20 · 信访");

        viewModel.includeAssistingProperty().set(true);
        // 7 is assisted by 财政 and 城关镇: three rows, still one item in all.
        assertThat(viewModel.rows()).hasSize(3);
        assertThat(viewModel.totalsProperty().get().total()).isEqualTo(1);
        assertThat(viewModel.scopeTextProperty().get())
                .isEqualTo("交办日期 2026-06-01 至 2026-10-20 · 信访 · 含协办单位");

        assertThat(seen).hasSize(4).extracting(UnitFigures::scope).last()
                .isEqualTo(new UnitScope(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 20), Source.PETITION, true));

        viewModel.resetScope();
        assertThat(viewModel.scope()).isEqualTo(UnitScope.ALL);
        assertThat(rows()).hasSize(4);
    }

    @Test
    void openEndsAndABackwardRangeAreSaidInWords() {
        viewModel.fromProperty().set(LocalDate.of(2026, 1, 1));
        assertThat(viewModel.scopeTextProperty().get()).isEqualTo("交办日期 2026-01-01 起 · 全部来源");

        viewModel.fromProperty().set(null);
        viewModel.toProperty().set(LocalDate.of(2026, 6, 30));
        assertThat(viewModel.scopeTextProperty().get()).isEqualTo("交办日期 2026-06-30 及以前 · 全部来源");

        viewModel.fromProperty().set(LocalDate.of(2026, 7, 1));
        assertThat(viewModel.placeholderTextProperty().get()).isEqualTo("起始日期晚于截止日期，请调整交办日期");
    }

    @Test
    void theRowsListIsReplacedInOneChangePerRecomputation() {
        viewModel.setItems(FixedBoard.items());
        int[] changes = {0};
        viewModel.rows().addListener((ListChangeListener<UnitRow>) change -> changes[0]++);

        viewModel.sourceProperty().set(Source.LEADER_INSTRUCTION);

        assertThat(changes[0]).isEqualTo(1);
    }

    @Test
    void anotherDayOrThresholdJudgesDeadlinesAnew() {
        viewModel.setItems(FixedBoard.items());
        assertThat(viewModel.totalsProperty().get().dueSoon()).isEqualTo(2);

        // Five days later 7 (11-23) and 15 (11-24) are 逾期 too, and nothing is 临期.
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate later = FixedBoard.TODAY.plusDays(5);
        viewModel.setDeadlines(new Deadlines(Clock.fixed(later.atTime(9, 0).atZone(zone).toInstant(), zone)));

        assertThat(viewModel.totalsProperty().get().overdue()).isEqualTo(5);
        assertThat(viewModel.totalsProperty().get().dueSoon()).isZero();
        assertThat(viewModel.asOfTextProperty().get()).isEqualTo("逾期、临期截至 2026-11-26");
    }

    private List<String> rows() {
        return viewModel.rows().stream().map(row -> row.rank() + " " + row.unit().name()).toList();
    }
}
