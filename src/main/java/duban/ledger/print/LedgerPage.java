package duban.ledger.print;

import java.util.List;

/**
 * One printed page of the 督办台账: its size, what is drawn on it (grey fills first, then text,
 * then rules), and which ledger rows it holds.
 *
 * @param number 1 for the first page
 */
public record LedgerPage(int number, double width, double height, List<PageElement> elements, List<PageRow> rows) {

    public LedgerPage {
        elements = List.copyOf(elements);
        rows = List.copyOf(rows);
    }

    /** The 序号 of the rows on this page, in order (a split row's number once per page it is on). */
    public List<Integer> rowNumbers() {
        return rows.stream().map(PageRow::number).toList();
    }

    /** Every text drawn on the page, in drawing order. */
    public List<PageElement.Text> texts() {
        return elements.stream().filter(PageElement.Text.class::isInstance).map(PageElement.Text.class::cast).toList();
    }
}
