package duban.units;

import duban.domain.UnitScope;

import duban.domain.UnitRow;

import duban.domain.Tally;

import duban.domain.UnitFigures;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Source;
import duban.ui.forms.DateText;
import duban.i18n.Messages;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the 单位统计 view: the scope the user chose, and the figures over the board's items
 * in that scope, recomputed whenever either changes. It reads no store: the board hands it its
 * items ({@link #setItems}) at every change, so the figures follow the board live.
 */
public final class UnitStatsViewModel {

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source");
    private final BooleanProperty includeAssisting = new SimpleBooleanProperty(this, "includeAssisting");
    private final ObjectProperty<Deadlines> deadlines = new SimpleObjectProperty<>(this, "deadlines");

    private final ObservableList<UnitRow> rows = FXCollections.observableArrayList();
    private final ObservableList<UnitRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<UnitFigures> figures =
            new ReadOnlyObjectWrapper<>(this, "figures", UnitFigures.empty(UnitScope.ALL));
    private final ReadOnlyObjectWrapper<Tally> totals = new ReadOnlyObjectWrapper<>(this, "totals", Tally.EMPTY);
    private final ReadOnlyStringWrapper scopeText = new ReadOnlyStringWrapper(this, "scopeText");
    private final ReadOnlyStringWrapper asOfText = new ReadOnlyStringWrapper(this, "asOfText");
    private final ReadOnlyStringWrapper placeholderText = new ReadOnlyStringWrapper(this, "placeholderText");

    private List<Item> items = List.of();

    public UnitStatsViewModel(Deadlines deadlines) {
        this.deadlines.set(Objects.requireNonNull(deadlines, "deadlines"));
        for (Observable scopePart : List.<Observable>of(from, to, source, includeAssisting, this.deadlines)) {
            scopePart.addListener(observable -> recompute());
        }
        recompute();
    }

    /** Takes the board's items (withdrawn ones are skipped) and recomputes; call it at every board change. */
    public void setItems(Collection<Item> boardItems) {
        items = List.copyOf(boardItems);
        recompute();
    }

    /**
     * Judges deadlines by {@code value} from now on, e.g. after the 临期 threshold was changed in
     * the settings, or at a new day.
     */
    public void setDeadlines(Deadlines value) {
        deadlines.set(Objects.requireNonNull(value, "deadlines"));
    }

    /** Back to every date, every source, lead units only. */
    public void resetScope() {
        from.set(null);
        to.set(null);
        source.set(null);
        includeAssisting.set(false);
    }

    /** The scope as the properties now say. */
    public UnitScope scope() {
        return new UnitScope(from.get(), to.get(), source.get(), includeAssisting.get());
    }

    private void recompute() {
        UnitScope scope = scope();
        UnitFigures computed = UnitFigures.of(items, deadlines.get(), scope);
        rows.setAll(computed.rows());
        totals.set(computed.totals());
        figures.set(computed);
        scopeText.set(describe(scope));
        asOfText.set(Messages.get("units.asOf", DateText.format(deadlines.get().today())));
        placeholderText.set(scope.isBackwards() ? Messages.get("units.rangeBackwards") : Messages.get("units.empty"));
    }

    /** The scope in words, e.g. 交办日期 2026-01-01 至 2026-11-21 · 全部来源. */
    static String describe(UnitScope scope) {
        String dates;
        if (scope.from() != null && scope.to() != null) {
            dates = Messages.get("units.scope.range", DateText.format(scope.from()), DateText.format(scope.to()));
        } else if (scope.from() != null) {
            dates = Messages.get("units.scope.since", DateText.format(scope.from()));
        } else if (scope.to() != null) {
            dates = Messages.get("units.scope.until", DateText.format(scope.to()));
        } else {
            dates = Messages.get("units.scope.anyDate");
        }
        String sourceText = scope.source() == null ? Messages.get("units.allSources") : scope.source().label();
        return scope.includeAssisting()
                ? Messages.get("units.scope.withAssisting", dates, sourceText)
                : Messages.get("units.scope", dates, sourceText);
    }

    /** 交办日期 from (inclusive), or {@code null} for no lower bound. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** 交办日期 to (inclusive), or {@code null} for no upper bound. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** 事项来源, or {@code null} for 全部来源. */
    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** Whether items count for their 协办单位 too (off by default: the lead unit answers for the item). */
    public BooleanProperty includeAssistingProperty() {
        return includeAssisting;
    }

    /** The ranked rows, best first. */
    public ObservableList<UnitRow> rows() {
        return readOnlyRows;
    }

    /** The figures over the whole scope, every item once. */
    public ReadOnlyObjectProperty<Tally> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** Rows, totals and the scope they were computed for, replaced as a whole at every recomputation. */
    public ReadOnlyObjectProperty<UnitFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public UnitFigures getFigures() {
        return figures.get();
    }

    /** The scope in words, for the title line (交办日期 … · 全部来源). */
    public ReadOnlyStringProperty scopeTextProperty() {
        return scopeText.getReadOnlyProperty();
    }

    /** The day 逾期 and 临期 are judged on. */
    public ReadOnlyStringProperty asOfTextProperty() {
        return asOfText.getReadOnlyProperty();
    }

    /** What the table says when no unit has an item in scope. */
    public ReadOnlyStringProperty placeholderTextProperty() {
        return placeholderText.getReadOnlyProperty();
    }
}
