package duban.filter;

import duban.domain.Category;
import duban.domain.DeadlineState;
import duban.domain.Item;
import duban.domain.Source;
import duban.domain.Unit;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the filter bar: what the user has typed, chosen and toggled, the {@link ItemFilter}
 * that follows from it at every change, and the choices the drop-downs offer. It talks to no store:
 * the board hands it the items it has loaded ({@link #setOptions}) and listens to {@link #filterProperty}.
 */
public final class FilterViewModel {

    /** 责任人 in pinyin order, as people expect a list of Chinese names to be sorted. */
    private static final Comparator<String> CHINESE_ORDER = Collator.getInstance(Locale.CHINA)::compare;

    /** 牵头单位 in the office's display order, then by name and id so that the order is total. */
    private static final Comparator<Unit> UNIT_ORDER = Comparator.comparingInt(Unit::sortOrder)
            .thenComparing(Unit::name, CHINESE_ORDER)
            .thenComparingLong(Unit::id);

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Unit> leadUnit = new SimpleObjectProperty<>(this, "leadUnit");
    private final StringProperty owner = new SimpleStringProperty(this, "owner");
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(this, "category");
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(this, "overdueOnly");
    private final BooleanProperty dueSoonOnly = new SimpleBooleanProperty(this, "dueSoonOnly");

    private final ReadOnlyObjectWrapper<ItemFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", ItemFilter.NONE);
    private final BooleanBinding active = Bindings.createBooleanBinding(() -> !filter.get().isEmpty(), filter);

    private final ObservableList<Unit> leadUnitOptions = FXCollections.observableArrayList();
    private final ObservableList<String> ownerOptions = FXCollections.observableArrayList();
    private final ObservableList<Unit> readOnlyLeadUnitOptions = FXCollections.unmodifiableObservableList(leadUnitOptions);
    private final ObservableList<String> readOnlyOwnerOptions = FXCollections.unmodifiableObservableList(ownerOptions);

    /** Set while {@link #clear()} resets several criteria, so that the filter changes once, not seven times. */
    private boolean resetting;

    public FilterViewModel() {
        Observable[] criteria = {text, leadUnit, owner, source, category, overdueOnly, dueSoonOnly};
        for (Observable criterion : criteria) {
            criterion.addListener(changed -> {
                if (!resetting) {
                    filter.set(computeFilter());
                }
            });
        }
    }

    private ItemFilter computeFilter() {
        EnumSet<DeadlineState> states = EnumSet.noneOf(DeadlineState.class);
        if (overdueOnly.get()) {
            states.add(DeadlineState.OVERDUE);
        }
        if (dueSoonOnly.get()) {
            states.add(DeadlineState.DUE_SOON);
        }
        Unit unit = leadUnit.get();
        return new ItemFilter(text.get(), unit == null ? null : unit.id(), owner.get(), source.get(),
                category.get(), states);
    }

    /** The filter as it stands, recomputed at every change of a criterion (the text as it is typed). */
    public ReadOnlyObjectProperty<ItemFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ItemFilter getFilter() {
        return filter.get();
    }

    /** True while any criterion is set, e.g. to enable 清除筛选 and to show the filtered figures. */
    public BooleanBinding activeProperty() {
        return active;
    }

    /** Resets every criterion; the filter changes once, to {@link ItemFilter#NONE}. */
    public void clear() {
        resetting = true;
        try {
            text.set("");
            leadUnit.set(null);
            owner.set(null);
            source.set(null);
            category.set(null);
            overdueOnly.set(false);
            dueSoonOnly.set(false);
        } finally {
            resetting = false;
        }
        filter.set(computeFilter());
    }

    /**
     * Offers the 牵头单位 and 责任人 of {@code items} (withdrawn ones left out: they are off the
     * board): units that lead at least one item in their display order, distinct owners in pinyin
     * order. A unit or owner the user has chosen stays chosen, and stays offered, even when no
     * item has it any more: reloading the board must not silently drop the user's filter.
     */
    public void setOptions(Collection<Item> items) {
        Map<Long, Unit> units = new LinkedHashMap<>();
        // Distinct names first (a hash set), the collator only over those: on a board of 10,000 items
        // sorting every owner through the collator cost most of a drag's frame.
        Set<String> distinctOwners = new HashSet<>();
        for (Item item : items) {
            if (item.withdrawn()) {
                continue;
            }
            units.putIfAbsent(item.leadUnit().id(), item.leadUnit());
            if (item.owner() != null && !item.owner().isBlank()) {
                distinctOwners.add(item.owner().strip());
            }
        }
        Unit chosenUnit = leadUnit.get();
        if (chosenUnit != null) {
            units.putIfAbsent(chosenUnit.id(), chosenUnit);
        }
        String chosenOwner = owner.get();
        if (chosenOwner != null && !chosenOwner.isBlank()) {
            distinctOwners.add(chosenOwner);
        }
        List<Unit> sortedUnits = new ArrayList<>(units.values());
        sortedUnits.sort(UNIT_ORDER);
        if (!sortedUnits.equals(leadUnitOptions)) {
            leadUnitOptions.setAll(sortedUnits);
        }
        // Unchanged names (most moves change none): the drop-down keeps its list, and nothing is sorted.
        if (distinctOwners.size() != ownerOptions.size() || !distinctOwners.containsAll(ownerOptions)) {
            List<String> owners = new ArrayList<>(distinctOwners);
            owners.sort(CHINESE_ORDER.thenComparing(Comparator.naturalOrder()));
            ownerOptions.setAll(owners);
        }
    }

    /** The 牵头单位 the drop-down offers, in display order. */
    public ObservableList<Unit> leadUnitOptions() {
        return readOnlyLeadUnitOptions;
    }

    /** The 责任人 the drop-down offers, in pinyin order. */
    public ObservableList<String> ownerOptions() {
        return readOnlyOwnerOptions;
    }

    /** The free text, as typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** The chosen 牵头单位, or {@code null} for all. */
    public ObjectProperty<Unit> leadUnitProperty() {
        return leadUnit;
    }

    /** The chosen 责任人, or {@code null} for all. */
    public StringProperty ownerProperty() {
        return owner;
    }

    /** The chosen 事项来源, or {@code null} for all. */
    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** The chosen 督办类别, or {@code null} for all. */
    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    /** Keep 逾期 items (with {@link #dueSoonOnlyProperty()} also on: 逾期 and 临期 items). */
    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    /** Keep 临期 items (with {@link #overdueOnlyProperty()} also on: 逾期 and 临期 items). */
    public BooleanProperty dueSoonOnlyProperty() {
        return dueSoonOnly;
    }
}
