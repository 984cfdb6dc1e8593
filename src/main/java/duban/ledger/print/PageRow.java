package duban.ledger.print;

/**
 * A ledger row (by its 序号) on a page. A row taller than a page's body is split by lines: its
 * first part {@code continuesOnNextPage}, the following parts are {@code continuedFromPreviousPage}.
 */
public record PageRow(int number, boolean continuedFromPreviousPage, boolean continuesOnNextPage) {
}
