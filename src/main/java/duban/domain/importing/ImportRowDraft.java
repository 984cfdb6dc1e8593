package duban.domain.importing;

import duban.domain.Category;
import duban.domain.Source;
import java.time.LocalDate;
import java.util.List;

/**
 * A valid row, ready to be stored: units by name, since some may be created by the import.
 *
 * @param rowNumber       the row in the file, as Excel shows it
 * @param assignedOnGiven whether the file gave the 交办日期 (else it is the import day)
 * @param parentRow       the file row of this sub-item's parent (事项分解), 0 for a top-level item
 * @param state           where the item stands, as an exported ledger says ({@link ImportedState#NEW} for a task list)
 */
public record ImportRowDraft(int rowNumber, String title, String details, Source source, Category category,
                             String leadUnit, List<String> assistUnits, String owner, String leader,
                             LocalDate assignedOn, LocalDate deadline, boolean assignedOnGiven, int parentRow,
                             ImportedState state) {

    public ImportRowDraft {
        assistUnits = List.copyOf(assistUnits);
        state = state == null ? ImportedState.NEW : state;
    }

    /** A new item (交办) of a task list. */
    public ImportRowDraft(int rowNumber, String title, String details, Source source, Category category,
                          String leadUnit, List<String> assistUnits, String owner, String leader,
                          LocalDate assignedOn, LocalDate deadline, boolean assignedOnGiven, int parentRow) {
        this(rowNumber, title, details, source, category, leadUnit, assistUnits, owner, leader, assignedOn, deadline,
                assignedOnGiven, parentRow, ImportedState.NEW);
    }

    /** A top-level row (no parent). */
    public ImportRowDraft(int rowNumber, String title, String details, Source source, Category category,
                          String leadUnit, List<String> assistUnits, String owner, String leader,
                          LocalDate assignedOn, LocalDate deadline, boolean assignedOnGiven) {
        this(rowNumber, title, details, source, category, leadUnit, assistUnits, owner, leader, assignedOn, deadline,
                assignedOnGiven, 0);
    }

    /** This row as a sub-item of the row numbered {@code newParentRow} in the file. */
    public ImportRowDraft under(int newParentRow) {
        return new ImportRowDraft(rowNumber, title, details, source, category, leadUnit, assistUnits, owner, leader,
                assignedOn, deadline, assignedOnGiven, newParentRow, state);
    }

    /** Whether this row is a sub-item of another row of the file. */
    public boolean isSubItem() {
        return parentRow > 0;
    }

    public ItemKey key() {
        return ItemKey.of(title, leadUnit, assignedOn);
    }
}
