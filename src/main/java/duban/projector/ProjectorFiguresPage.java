package duban.projector;

import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.TaskRunner;
import duban.ui.forms.DateText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The projector's figures page: this quarter's 办结率 week by week and the units' ranking, over all
 * sources, read on the store thread whenever the page is shown and whenever the items change while
 * it is. What it last read stays on screen while a new read is under way, so nothing flickers.
 */
public final class ProjectorFiguresPage {

    /** What the page shows. */
    public enum State {
        /** The first read is under way. */
        LOADING,
        /** The figures are shown. */
        SHOWN,
        /** Nothing in scope this quarter. */
        EMPTY,
        /** The store failed and nothing was read before. */
        FAILED
    }

    private final ProjectorFiguresPort port;
    private final TaskRunner tasks;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ReadOnlyObjectWrapper<BulletinFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper message =
            new ReadOnlyStringWrapper(this, "message", Messages.get("projector.figures.loading"));
    private long asked;

    /**
     * @param port  reads the figures (called through {@code tasks})
     * @param tasks the store thread in the application, inline in tests
     * @param clock today: the quarter shown is the one holding it
     */
    public ProjectorFiguresPage(ProjectorFiguresPort port, TaskRunner tasks, Clock clock) {
        this.port = Objects.requireNonNull(port, "port");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
        title.set(titleOf(ReportPeriod.quarterOf(LocalDate.now(clock))));
    }

    private static String titleOf(ReportPeriod quarter) {
        return Messages.get("projector.figures.title", DateText.format(quarter.from()), DateText.format(quarter.to()));
    }

    /** Reads this quarter's figures over all sources. */
    public void load() {
        ReportPeriod quarter = ReportPeriod.quarterOf(LocalDate.now(clock));
        title.set(titleOf(quarter));
        long ask = ++asked;
        tasks.run(() -> port.figures(quarter, null), read -> {
            if (ask == asked) {
                show(read);
            }
        }, failure -> {
            if (ask == asked) {
                fail(failure);
            }
        });
    }

    private void show(BulletinFigures read) {
        // The same figures are not set again: the page is not redrawn.
        if (!read.equals(figures.get())) {
            figures.set(read);
        }
        boolean empty = read.overview().inScope() == 0;
        message.set(empty ? Messages.get("projector.figures.empty") : "");
        state.set(empty ? State.EMPTY : State.SHOWN);
    }

    private void fail(Throwable failure) {
        String shown = Messages.get("projector.figures.failed", FailureText.describe(failure));
        FailureText.record(shown, failure);
        if (figures.get() == null) {
            message.set(shown);
            state.set(State.FAILED);
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The figures last read, or {@code null} before the first read. */
    public ReadOnlyObjectProperty<BulletinFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** The page's title: the quarter's first and last days. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What stands on the page while no figures are shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
