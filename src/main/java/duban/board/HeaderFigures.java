package duban.board;

import duban.domain.BoardStats;
import duban.domain.Status;
import duban.i18n.Messages;
import javafx.beans.value.ObservableValue;

/** The header's texts (办结率, 按期办结率, 逾期, 临期, column counts) from the whole board's figures. */
final class HeaderFigures {

    private final ObservableValue<BoardStats> stats;

    HeaderFigures(ObservableValue<BoardStats> stats) {
        this.stats = stats;
    }

    /** 办结率 as shown in the header, e.g. {@code 62.5%}. */
    ObservableValue<String> completionRateText() {
        return stats.map(s -> s.completionRate().percentText());
    }

    /** The counts behind 办结率, e.g. {@code 14 / 46 项}. */
    ObservableValue<String> completionDetailText() {
        return stats.map(s -> Messages.get("header.rateDetail", s.closed(), s.total()));
    }

    ObservableValue<String> onTimeRateText() {
        return stats.map(s -> s.onTimeRate().percentText());
    }

    ObservableValue<String> onTimeDetailText() {
        return stats.map(s -> Messages.get("header.rateDetail", s.closedOnTime(), s.closed()));
    }

    ObservableValue<String> overdueText() {
        return stats.map(s -> Integer.toString(s.overdue()));
    }

    ObservableValue<String> dueSoonText() {
        return stats.map(s -> Integer.toString(s.dueSoon()));
    }

    ObservableValue<String> countText(Status status) {
        return stats.map(s -> Integer.toString(s.count(status)));
    }
}
