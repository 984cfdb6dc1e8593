package duban.domain.importing;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.Unit;
import java.util.EnumSet;
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
    private final Set<Category> evidenceRequired = EnumSet.noneOf(Category.class);

    public ImportBasis(List<Unit> units, List<ItemKey> itemKeys) {
        this(units, itemKeys, Set.of());
    }

    /** @param evidenceRequired the categories whose items need 佐证材料 before they are crossed off (设置) */
    public ImportBasis(List<Unit> units, List<ItemKey> itemKeys, Set<Category> evidenceRequired) {
        this.evidenceRequired.addAll(evidenceRequired);
        units.forEach(unit -> unitsByKey.putIfAbsent(ItemKey.unitKey(unit.name()), unit));
        items.addAll(itemKeys);
        itemKeys.forEach(key -> itemsWithoutDate.add(key.withoutDate()));
    }

    /** The basis of a list of stored items and units. */
    public static ImportBasis of(List<Unit> units, List<Item> items) {
        return new ImportBasis(units, items.stream()
                .map(item -> ItemKey.of(item.title(), item.leadUnit().name(), item.assignedOn())).toList());
    }

    /** The same basis, where the categories named need 佐证材料 before they are crossed off. */
    public ImportBasis withEvidenceRequired(Set<Category> categories) {
        ImportBasis basis = new ImportBasis(List.of(), List.of(), categories);
        basis.unitsByKey.putAll(unitsByKey);
        basis.items.addAll(items);
        basis.itemsWithoutDate.addAll(itemsWithoutDate);
        return basis;
    }

    /** Whether an item of {@code category} may be crossed off only with 佐证材料 attached. */
    public boolean requiresEvidence(Category category) {
        return evidenceRequired.contains(category);
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
