package duban.projector;

import duban.domain.Status;
import java.util.List;

/**
 * One column on the current page.
 *
 * @param cards  the cards of this page
 * @param total  all cards of the column in the page's scope
 * @param slice  which of the column's own pages is shown (0-based); may be past its last
 * @param slices how many pages the column has on its own (at least 1)
 */
public record ProjectorColumn(Status status, List<ProjectorCard> cards, int total, int slice, int slices) {

    public ProjectorColumn {
        cards = List.copyOf(cards);
    }

    /** Whether this page lies past the column's last page (its cards were on earlier pages). */
    public boolean isExhausted() {
        return cards.isEmpty() && total > 0;
    }
}
