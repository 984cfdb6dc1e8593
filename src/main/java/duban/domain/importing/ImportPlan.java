package duban.domain.importing;

import java.util.List;

/**
 * What an import will write: the valid rows, the units to create first, and the counts of rows
 * left out (for the result).
 */
public record ImportPlan(List<ImportRowDraft> rows, List<String> unitsToCreate, int duplicates, int invalid) {

    public ImportPlan {
        rows = List.copyOf(rows);
        unitsToCreate = List.copyOf(unitsToCreate);
    }
}
