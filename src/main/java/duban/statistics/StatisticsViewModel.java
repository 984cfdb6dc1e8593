package duban.statistics;

import duban.domain.Rate;
import duban.domain.Source;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.TaskRunner;
import duban.ui.forms.DateField;
import duban.ui.forms.DateText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state of the 统计 view: the period and source the officer chose, and the 通报 figures read
 * for them on the store thread. Choosing 本周, 本月, 本季度 or a source reads at once; a custom range
 * is read when asked ({@link #apply()}), so that a date half typed is never queried.
 */
public final class StatisticsViewModel {

    /** What the view shows where the charts are. */
    public enum State {
        /** Nothing asked yet. */
        IDLE,
        /** Waiting for the store. */
        LOADING,
        /** The figures are shown. */
        SHOWN,
        /** Nothing in scope: 暂无事项. */
        EMPTY,
        /** The chosen range cannot be read (a date missing, or from after to): nothing was asked. */
        INVALID,
        /** The store failed. */
        FAILED
    }

    private final StatisticsPort port;
    private final TaskRunner tasks;
    private final Clock clock;

    private final ObjectProperty<ReportPeriod.Kind> periodKind =
            new SimpleObjectProperty<>(this, "periodKind", ReportPeriod.Kind.MONTH);
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source");
    private final DateField customFrom;
    private final DateField customTo;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyObjectWrapper<BulletinFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper scopeText = new ReadOnlyStringWrapper(this, "scopeText", "");
    private final ReadOnlyStringWrapper overviewText = new ReadOnlyStringWrapper(this, "overviewText", "");
    /** Counts the reads asked, so that an answer overtaken by a later choice is dropped. */
    private long asked;
    private boolean showing;

    /**
     * @param port  reads the figures (called through {@code tasks})
     * @param tasks the store thread in the application, inline in tests
     * @param clock today, for 本周, 本月 and 本季度
     */
    public StatisticsViewModel(StatisticsPort port, TaskRunner tasks, Clock clock) {
        this.port = Objects.requireNonNull(port, "port");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
        ReportPeriod month = ReportPeriod.monthOf(today());
        customFrom = new DateField(month.from());
        customTo = new DateField(month.to());
        periodKind.addListener((observable, old, kind) -> {
            if (kind != ReportPeriod.Kind.CUSTOM) {
                // The custom fields start from the last calendar period chosen.
                ReportPeriod chosen = calendarPeriod(kind);
                customFrom.setDate(chosen.from());
                customTo.setDate(chosen.to());
            }
            apply();
        });
        source.addListener((observable, old, now) -> apply());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ReportPeriod calendarPeriod(ReportPeriod.Kind kind) {
        return switch (kind) {
            case WEEK -> ReportPeriod.weekOf(today());
            case MONTH -> ReportPeriod.monthOf(today());
            case QUARTER -> ReportPeriod.quarterOf(today());
            case CUSTOM -> throw new IllegalArgumentException("a custom period has no calendar");
        };
    }

    /**
     * Reads the figures for the chosen period and source; a custom range without both dates, or
     * ending before it starts, is refused with a message and nothing is asked.
     */
    public void apply() {
        ReportPeriod period;
        if (periodKind.get() == ReportPeriod.Kind.CUSTOM) {
            LocalDate from = customFrom.getDate();
            LocalDate to = customTo.getDate();
            if (from == null || to == null) {
                refuse(Messages.get("statistics.customMissing"));
                return;
            }
            if (from.isAfter(to)) {
                refuse(Messages.get("statistics.customBackwards"));
                return;
            }
            period = ReportPeriod.custom(from, to);
        } else {
            period = calendarPeriod(periodKind.get());
        }
        Source chosenSource = source.get();
        long ask = ++asked;
        scopeText.set(Messages.get("statistics.scope", DateText.format(period.from()), DateText.format(period.to()),
                chosenSource == null ? Messages.get("statistics.allSources") : chosenSource.label()));
        message.set(Messages.get("statistics.loading"));
        state.set(State.LOADING);
        tasks.run(() -> port.figures(period, chosenSource), read -> {
            if (ask == asked) {
                show(read);
            }
        }, failure -> {
            if (ask == asked) {
                fail(failure);
            }
        });
    }

    /** Reads the figures again for the same choice, e.g. when the window is shown again. */
    public void refresh() {
        if (state.get() != State.IDLE && state.get() != State.INVALID) {
            apply();
        }
    }

    /** Whether the view is on screen: only then do the board's changes cause a new read. */
    public void setShowing(boolean value) {
        showing = value;
    }

    /** The board's items changed: while the view is on screen its figures are read again. */
    public void dataChanged() {
        if (showing) {
            refresh();
        }
    }

    private void refuse(String why) {
        asked++;
        scopeText.set("");
        figures.set(null);
        overviewText.set("");
        message.set(why);
        state.set(State.INVALID);
    }

    private void show(BulletinFigures read) {
        figures.set(read);
        BulletinFigures.Overview overview = read.overview();
        overviewText.set(describe(overview) + "  " + Messages.get("statistics.asOf", DateText.format(read.asOf())));
        boolean empty = overview.inScope() == 0;
        message.set(empty ? Messages.get("statistics.empty") : "");
        state.set(empty ? State.EMPTY : State.SHOWN);
    }

    private void fail(Throwable failure) {
        String shown = Messages.get("statistics.failed", FailureText.describe(failure));
        FailureText.record(shown, failure);
        figures.set(null);
        overviewText.set("");
        message.set(shown);
        state.set(State.FAILED);
    }

    /** The overview line: the figures of a 通报's opening paragraph. */
    static String describe(BulletinFigures.Overview overview) {
        return Messages.get("statistics.overview", overview.inScope(), overview.newInPeriod(),
                overview.closedInPeriod(), percent(overview.completion()), percent(overview.previousCompletion()),
                percent(overview.onTime()), percent(overview.previousOnTime()), overview.overdue(),
                overview.dueSoon());
    }

    private static String percent(Rate rate) {
        return rate == null ? new Rate(0, 0).percentText() : rate.percentText();
    }

    // ---- properties ------------------------------------------------------------------------------

    /** 本周, 本月, 本季度 or 自定义; choosing reads at once (自定义 reads the fields' range). */
    public ObjectProperty<ReportPeriod.Kind> periodKindProperty() {
        return periodKind;
    }

    /** One 事项来源, or {@code null} for 全部来源. */
    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** The custom range's first day. */
    public DateField customFrom() {
        return customFrom;
    }

    /** The custom range's last day. */
    public DateField customTo() {
        return customTo;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The figures shown, or {@code null} while none are (loading, refused, failed). */
    public ReadOnlyObjectProperty<BulletinFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public BulletinFigures getFigures() {
        return figures.get();
    }

    /** What stands where the charts are when none are shown: 加载中…, 暂无事项, or why not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The period and source read last, in words. */
    public ReadOnlyStringProperty scopeTextProperty() {
        return scopeText.getReadOnlyProperty();
    }

    /** The overview figures in one line. */
    public ReadOnlyStringProperty overviewTextProperty() {
        return overviewText.getReadOnlyProperty();
    }
}
