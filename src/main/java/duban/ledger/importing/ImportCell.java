package duban.ledger.importing;

import java.time.LocalDate;

/**
 * One cell as read from the file: its text as shown in Excel, and its date when the cell is a
 * real Excel date (CSV cells have text only).
 */
public record ImportCell(String text, LocalDate date) {

    public static final ImportCell EMPTY = new ImportCell("", null);

    public ImportCell {
        text = text == null ? "" : text.strip();
    }

    public static ImportCell text(String text) {
        return new ImportCell(text, null);
    }

    public boolean isBlank() {
        return date == null && text.isBlank();
    }
}
