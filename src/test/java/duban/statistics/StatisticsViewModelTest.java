package duban.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Source;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.testing.StatisticsSamples;
import duban.testing.TestItems;
import duban.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The 统计 view model without a window: which period is asked, late answers, failures, following the board. */
class StatisticsViewModelTest {

    private final List<ReportPeriod> asked = new ArrayList<>();
    private final StatisticsPort port = (period, source) -> {
        asked.add(period);
        return StatisticsSamples.figures(period, source);
    };

    @Test
    void eachCalendarChoiceAsksForThePeriodHoldingToday() {
        StatisticsViewModel viewModel = new StatisticsViewModel(port, TaskRunner.inline(), StatisticsSamples.CLOCK);
        viewModel.apply();
        viewModel.periodKindProperty().set(ReportPeriod.Kind.WEEK);
        viewModel.periodKindProperty().set(ReportPeriod.Kind.QUARTER);
        assertThat(asked).containsExactly(ReportPeriod.monthOf(TestItems.TODAY), ReportPeriod.weekOf(TestItems.TODAY),
                ReportPeriod.quarterOf(TestItems.TODAY));
        assertThat(asked.get(1).from()).isEqualTo("2026-11-16");
        // 自定义 starts from the last calendar period's days.
        viewModel.periodKindProperty().set(ReportPeriod.Kind.CUSTOM);
        assertThat(asked.get(3)).isEqualTo(ReportPeriod.custom(java.time.LocalDate.of(2026, 10, 1),
                java.time.LocalDate.of(2026, 12, 31)));
        assertThat(viewModel.stateProperty().get()).isEqualTo(StatisticsViewModel.State.SHOWN);
    }

    @Test
    void aCustomRangeWithoutBothDatesAsksNothing() {
        StatisticsViewModel viewModel = new StatisticsViewModel(port, TaskRunner.inline(), StatisticsSamples.CLOCK);
        viewModel.customFrom().setText("");
        viewModel.periodKindProperty().set(ReportPeriod.Kind.CUSTOM);
        assertThat(asked).isEmpty();
        assertThat(viewModel.stateProperty().get()).isEqualTo(StatisticsViewModel.State.INVALID);
        assertThat(viewModel.messageProperty().get()).isEqualTo("请填写自定义期间的开始和结束日期（如 2026-10-01）。");
    }

    @Test
    void anAnswerOvertakenByALaterChoiceIsDropped() {
        List<Runnable> held = new ArrayList<>();
        StatisticsViewModel viewModel = new StatisticsViewModel(port, holding(held), StatisticsSamples.CLOCK);
        viewModel.apply();
        viewModel.sourceProperty().set(Source.PETITION);
        held.get(1).run();
        BulletinFigures petition = viewModel.getFigures();
        assertThat(petition.source()).isEqualTo(Source.PETITION);
        held.get(0).run(); // the month over all sources answers late
        assertThat(viewModel.getFigures()).isSameAs(petition);
    }

    @Test
    void aFailureIsSaidInChineseAndNothingIsShown() {
        StatisticsViewModel viewModel = new StatisticsViewModel((period, source) -> {
            throw new UnsupportedOperationException("issue 16: bulletin figures part");
        }, TaskRunner.inline(), StatisticsSamples.CLOCK);
        viewModel.apply();
        assertThat(viewModel.stateProperty().get()).isEqualTo(StatisticsViewModel.State.FAILED);
        assertThat(viewModel.messageProperty().get()).startsWith("统计数据读取失败：")
                .doesNotContain("UnsupportedOperationException");
        assertThat(viewModel.getFigures()).isNull();
    }

    @Test
    void theBoardsChangesAreFollowedOnlyWhileTheWindowShows() {
        StatisticsViewModel viewModel = new StatisticsViewModel(port, TaskRunner.inline(), StatisticsSamples.CLOCK);
        viewModel.apply();
        viewModel.dataChanged();
        assertThat(asked).hasSize(1);
        viewModel.setShowing(true);
        viewModel.dataChanged();
        assertThat(asked).hasSize(2);
    }

    private static TaskRunner holding(List<Runnable> held) {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
                held.add(() -> {
                    try {
                        onSuccess.accept(work.call());
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
            }
        };
    }
}
