package duban.wallchart;

import duban.domain.BoardStats;
import duban.domain.Card;
import duban.domain.Status;
import duban.ui.print.DateWords;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What 打印看板 prints: the board's four columns with their cards as shown, the header figures and
 * the day. Plain data, no JavaFX.
 *
 * @param title   the heading on every page, e.g. 督办看板
 * @param columns the cards of each column, in the board's order
 */
public record WallChart(String title, LocalDate date, BoardStats stats, Map<Status, List<Card>> columns) {

    public WallChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(stats, "stats");
        EnumMap<Status, List<Card>> copy = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            copy.put(status, List.copyOf(columns.getOrDefault(status, List.of())));
        }
        columns = Map.copyOf(copy);
    }

    /** The cards of {@code status}'s column. */
    public List<Card> cards(Status status) {
        return columns.get(status);
    }

    /** The day as printed: 2026年11月21日. */
    public String dateText() {
        return DateWords.of(date);
    }
}
