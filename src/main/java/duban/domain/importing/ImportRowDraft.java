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
 */
public record ImportRowDraft(int rowNumber, String title, String details, Source source, Category category,
                             String leadUnit, List<String> assistUnits, String owner, String leader,
                             LocalDate assignedOn, LocalDate deadline, boolean assignedOnGiven) {

    public ImportRowDraft {
        assistUnits = List.copyOf(assistUnits);
    }

    public ItemKey key() {
        return ItemKey.of(title, leadUnit, assignedOn);
    }
}
