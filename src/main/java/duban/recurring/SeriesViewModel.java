package duban.recurring;

import duban.domain.Item;
import duban.domain.recurrence.RecurrencePeriod;
import duban.domain.recurrence.RecurrenceSeries;
import duban.domain.recurrence.SeriesOccurrence;
import duban.i18n.Messages;
import duban.ui.TaskRunner;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The details panel's 定期督办 section for the selected item: the rule, whether the series still
 * runs (or when and why it ended), and its occurrences so far with where each stands. Read on the
 * store thread; a read for an item no longer shown is dropped.
 */
public final class SeriesViewModel {

    private final RecurrencePort port;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private long request;

    public SeriesViewModel(RecurrencePort port, TaskRunner tasks) {
        this.port = port;
        this.tasks = tasks;
    }

    /** Shows the series of {@code item}, or nothing when it is not recurring (or {@code null}). */
    public void show(Item item) {
        long asked = ++request;
        if (item == null || !item.links().isRecurring()) {
            shown.set(false);
            lines.clear();
            return;
        }
        long seriesId = item.links().seriesId();
        tasks.run(() -> new Read(port.series(seriesId).orElse(null), port.occurrences(seriesId)), read -> {
            if (asked != request || read.series() == null) {
                return;
            }
            RecurrenceSeries series = read.series();
            heading.set(series.ended()
                    ? Messages.get("recurring.series.ended", series.rule().describe(), series.endedOn().toString(),
                            series.endReason())
                    : Messages.get("recurring.series.running", series.rule().describe(), read.occurrences().size()));
            lines.setAll(read.occurrences().stream().map(occurrence -> line(series, occurrence, item.id())).toList());
            shown.set(true);
        }, failure -> {
            if (asked == request) {
                shown.set(false);
            }
        });
    }

    private static String line(RecurrenceSeries series, SeriesOccurrence occurrence, long shownId) {
        String period = series.rule().periodLabel(new RecurrencePeriod(occurrence.periodStart(), occurrence.deadline()));
        String state = occurrence.withdrawn() ? Messages.get("recurring.series.withdrawn") : occurrence.status().label();
        return Messages.get(occurrence.itemId() == shownId ? "recurring.series.lineThis" : "recurring.series.line",
                occurrence.number(), period, occurrence.deadline().toString(), state);
    }

    private record Read(RecurrenceSeries series, List<SeriesOccurrence> occurrences) {
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** 每月25日，已生成 3 期 or 已于 2026-03-10 结束（原因）. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** 第 2 期 2026年4月 · 期限 2026-04-27 · 交办, earliest first. */
    public ObservableList<String> lines() {
        return lines;
    }
}
