package duban.ledger.importing;

import java.util.Map;

/**
 * A data row of the file: its number as the user sees it in Excel (1 is the first row), and its
 * cells by column.
 */
public record SheetRow(int number, Map<ImportColumn, ImportCell> cells) {

    public SheetRow {
        cells = Map.copyOf(cells);
    }

    /** The cell of {@code column}, empty when the file has no such column. */
    public ImportCell cell(ImportColumn column) {
        return cells.getOrDefault(column, ImportCell.EMPTY);
    }

    public String text(ImportColumn column) {
        return cell(column).text();
    }

    /** Nothing but perhaps a 序号: a ledger's totals line (merged under 序号) is no task either. */
    boolean isBlank() {
        return cells.entrySet().stream()
                .allMatch(cell -> cell.getKey() == ImportColumn.NUMBER || cell.getValue().isBlank());
    }
}
