package duban.editor;

import duban.domain.Closing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.testing.TestItems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of 办结销号's two fields, without the FX toolkit. */
class ClosingViewModelTest {
    /**
     * JavaFX hands an exception thrown in a listener to the thread's uncaught-exception handler
     * instead of the caller: collect them, so that a broken listener fails the test.
     */
    private final List<Throwable> listenerFailures = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previousHandler;

    @org.junit.jupiter.api.BeforeEach
    void collectListenerFailures() {
        previousHandler = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> listenerFailures.add(failure));
    }

    @org.junit.jupiter.api.AfterEach
    void noListenerFailed() {
        Thread.currentThread().setUncaughtExceptionHandler(previousHandler);
        assertThat(listenerFailures).as("exceptions thrown in listeners").isEmpty();
    }


    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(16, 45).atZone(ZONE).toInstant(), ZONE);

    /** An item in 待反馈, assigned on 2026-11-02, due 2026-11-30. */
    static Item awaitingFeedback(String title) {
        Unit unit = new Unit(1, "县住房和城乡建设局", UnitKind.COUNTY_DEPARTMENT, 1);
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, java.time.ZoneOffset.ofHours(8));
        return TestItems.item(7, title).status(Status.AWAITING_FEEDBACK).position(1024).category(Category.KEY)
                .lead(unit).owner("王建国").assignedOn(LocalDate.of(2026, 11, 2)).deadline(LocalDate.of(2026, 11, 30))
                .stamp(at).version(3).build();
    }

    @Test
    void startsWithTodayAndAsksForTheNote() {
        ClosingViewModel closing = new ClosingViewModel(awaitingFeedback("老旧小区改造项目开工"), CLOCK);
        assertThat(closing.windowTitle()).isEqualTo("办结销号：老旧小区改造项目开工");
        assertThat(closing.closedOn().getDate()).isEqualTo(TODAY);
        assertThat(closing.noteErrorProperty().get()).isEqualTo("请填写办结情况");
        assertThat(closing.dateErrorProperty().get()).isEmpty();
        assertThat(closing.isValid()).isFalse();
        assertThatThrownBy(closing::toInput).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNoteAndADateUpToTodayMakeTheClosing() {
        ClosingViewModel closing = new ClosingViewModel(awaitingFeedback("老旧小区改造项目开工"), CLOCK);
        closing.noteProperty().set("  12 个小区已全部开工, 经现场核实。 ");
        closing.closedOn().setText("2026/11/20");
        assertThat(closing.isValid()).isTrue();
        assertThat(closing.toInput())
                .isEqualTo(new Closing(LocalDate.of(2026, 11, 20), "12 个小区已全部开工, 经现场核实。"));
    }

    @Test
    void aBlankNoteIsRefused() {
        ClosingViewModel closing = new ClosingViewModel(awaitingFeedback("x"), CLOCK);
        closing.noteProperty().set(" \u3000\n ");
        assertThat(closing.noteErrorProperty().get()).isEqualTo("请填写办结情况");
        assertThat(closing.isValid()).isFalse();
    }

    @Test
    void theDateMustBeAnActualDayNotAfterTodayNorBeforeTheAssignment() {
        ClosingViewModel closing = new ClosingViewModel(awaitingFeedback("x"), CLOCK);
        closing.noteProperty().set("已完成");

        closing.closedOn().setText("2026-11-22");
        assertThat(closing.dateErrorProperty().get()).isEqualTo("办结日期不能晚于今天");
        assertThat(closing.isValid()).isFalse();

        closing.closedOn().setText("2026-11-21");
        assertThat(closing.isValid()).as("today itself").isTrue();

        closing.closedOn().setText("2026-11-01");
        assertThat(closing.dateErrorProperty().get()).isEqualTo("办结日期不能早于交办日期（2026-11-02）");
        assertThat(closing.isValid()).isFalse();

        closing.closedOn().setText("2026-11-02");
        assertThat(closing.isValid()).as("the day it was assigned").isTrue();

        closing.closedOn().setText("上周五");
        assertThat(closing.dateErrorProperty().get()).isEqualTo("日期格式应为 2026-12-31");
        closing.closedOn().setText("");
        assertThat(closing.dateErrorProperty().get()).isEqualTo("请填写办结日期");
        assertThat(closing.isValid()).isFalse();
    }
}
