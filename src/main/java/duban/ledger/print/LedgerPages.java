package duban.ledger.print;

import java.util.List;

/** The 督办台账 laid out on pages: what the preview shows, the printer prints and the PDF holds. */
public record LedgerPages(LedgerHeading heading, PageSetup setup, List<LedgerPage> pages) {

    public LedgerPages {
        pages = List.copyOf(pages);
    }

    public int pageCount() {
        return pages.size();
    }

    /** The page numbered {@code number}, from 1. */
    public LedgerPage page(int number) {
        return pages.get(number - 1);
    }
}
