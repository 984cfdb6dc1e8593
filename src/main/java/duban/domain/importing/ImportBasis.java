package duban.domain.importing;

import duban.domain.Item;
import duban.domain.Unit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the database already holds that an import is checked against: the units by name and
 * the keys of every item (withdrawn ones too, so that an item withdrawn after import does not
 * come back on the next run).
 */
public final class ImportBasis {

    private final Map<String, Unit> unitsByKey = new LinkedHashMap<>();
    private final Set<ItemKey> items = new HashSet<>();
    private final Set<ItemKey> itemsWithoutDate = new HashSet<>();

    public ImportBasis(List<Unit> units, List<ItemKey> itemKeys) {
        units.forEach(unit -> unitsByKey.putIfAbsent(ItemKey.unitKey(unit.name()), unit));
        items.addAll(itemKeys);
        itemKeys.forEach(key -> itemsWithoutDate.add(key.withoutDate()));
    }

    /** The basis of a list of stored items and units. */
    public static ImportBasis of(List<Unit> units, List<Item> items) {
        return new ImportBasis(units, items.stream()
                .map(item -> ItemKey.of(item.title(), item.leadUnit().name(), item.assignedOn())).toList());
    }

    public Optional<Unit> unit(String name) {
        return Optional.ofNullable(unitsByKey.get(ItemKey.unitKey(name)));
    }

    /**
     * Whether an item with this key is already stored. A row without 交办日期 (which the import
     * sets to the day of import) matches on 督办事项 and 牵头单位 alone, so that importing the same
     * file again on another day does not duplicate it.
     */
    public boolean contains(ItemKey key, boolean dateGiven) {
        return dateGiven ? items.contains(key) : itemsWithoutDate.contains(key.withoutDate());
    }
}
