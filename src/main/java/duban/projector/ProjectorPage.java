package duban.projector;

import duban.domain.BoardStats;
import duban.domain.Status;
import java.util.List;
import java.util.Map;

/**
 * Everything the projector shows at one moment: a snapshot the view draws as a whole.
 *
 * @param title      the header's title: the mode, or the unit with its rank
 * @param stats      the figures of the page's scope (the whole board, or the unit)
 * @param columns    the four columns, in board order
 * @param pageNumber 1-based
 * @param summary    the since-last-meeting line
 */
public record ProjectorPage(ProjectorMode mode, String title, BoardStats stats, List<ProjectorColumn> columns,
                            int pageNumber, int pageCount, String summary) {

    public ProjectorPage {
        columns = List.copyOf(columns);
    }

    /** The column of {@code status}. */
    public ProjectorColumn column(Status status) {
        return columns.stream().filter(column -> column.status() == status).findFirst().orElseThrow();
    }

    /** The ids of the cards shown per column, for tests and for telling whether anything changed. */
    public Map<Status, List<Long>> cardIds() {
        java.util.EnumMap<Status, List<Long>> ids = new java.util.EnumMap<>(Status.class);
        columns.forEach(column -> ids.put(column.status(), column.cards().stream().map(ProjectorCard::id).toList()));
        return ids;
    }
}
