package duban.ledger.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a task list holds once its header row is found: the headers as written, the columns
 * recognised among them, and the data rows below the header (blank rows left out).
 *
 * @param headerRow     the header's row number as Excel shows it, or 0 when no row looked like one
 * @param headersFound  the header row's non-empty cells as written, for messages
 * @param columns       the recognised columns
 */
public record ImportSheet(String fileName, int headerRow, List<String> headersFound, Set<ImportColumn> columns,
                          List<SheetRow> rows) {

    /** How many rows from the top may hold titles and scope lines before the header. */
    static final int HEADER_SEARCH_ROWS = 10;

    public ImportSheet {
        headersFound = List.copyOf(headersFound);
        columns = columns.isEmpty() ? Set.of() : Set.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A physical row of the file with its Excel row number. */
    public record GridRow(int number, List<ImportCell> cells) {
    }

    /** Whether the file can be imported at all: it has a 督办事项 column. */
    public boolean hasTitleColumn() {
        return columns.contains(ImportColumn.TITLE);
    }

    /**
     * Finds the header among the first rows (ledgers we export start with a title and a scope
     * line) and reads the rows under it by column. The header is the first row naming 督办事项;
     * failing that, the row naming most known columns, or the first non-empty row.
     */
    public static ImportSheet of(String fileName, List<GridRow> grid) {
        int headerIndex = findHeader(grid);
        if (headerIndex < 0) {
            return new ImportSheet(fileName, 0, List.of(), Set.of(), List.of());
        }
        GridRow header = grid.get(headerIndex);
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cells().get(i).text();
            if (text.isBlank()) {
                continue;
            }
            found.add(text);
            int position = i;
            ImportColumn.byHeader(text).ifPresent(column -> positions.putIfAbsent(column, position));
        }
        List<SheetRow> rows = new ArrayList<>();
        for (GridRow row : grid.subList(headerIndex + 1, grid.size())) {
            Map<ImportColumn, ImportCell> cells = new LinkedHashMap<>();
            positions.forEach((column, position) -> cells.put(column,
                    position < row.cells().size() ? row.cells().get(position) : ImportCell.EMPTY));
            SheetRow sheetRow = new SheetRow(row.number(), cells);
            // A row with nothing in the columns we use (blank, or a totals line under 序号) is not a task.
            if (!sheetRow.isBlank()) {
                rows.add(sheetRow);
            }
        }
        return new ImportSheet(fileName, header.number(), found, positions.keySet(), rows);
    }

    private static int findHeader(List<GridRow> grid) {
        int limit = Math.min(grid.size(), HEADER_SEARCH_ROWS);
        int best = -1;
        int bestCount = 0;
        int firstNonEmpty = -1;
        for (int i = 0; i < limit; i++) {
            List<ImportCell> cells = grid.get(i).cells();
            if (firstNonEmpty < 0 && cells.stream().anyMatch(cell -> !cell.isBlank())) {
                firstNonEmpty = i;
            }
            int count = 0;
            for (ImportCell cell : cells) {
                var column = ImportColumn.byHeader(cell.text());
                if (column.isPresent()) {
                    if (column.get() == ImportColumn.TITLE) {
                        return i;
                    }
                    count++;
                }
            }
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return best >= 0 ? best : firstNonEmpty;
    }
}
