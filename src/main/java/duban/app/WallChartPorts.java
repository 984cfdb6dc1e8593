package duban.app;

import duban.board.BoardViewModel;
import duban.domain.Card;
import duban.domain.Status;
import duban.i18n.Messages;
import duban.wallchart.WallChart;
import duban.wallchart.WallChartPreview;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.stage.Window;

/** 打印看板: the board's toolbar button previews, then prints the cards the board shows (its filter too) as a wall chart. */
final class WallChartPorts {

    private WallChartPorts() {
    }

    /** Gives the {@code print-board} button of the board window {@code root} its action. */
    static void wire(Parent root, Window owner, BoardViewModel board, Clock clock) {
        if (root.lookup("#print-board") instanceof ButtonBase button) {
            button.setOnAction(event -> WallChartPreview.show(owner, chartOf(board, clock)));
        }
    }

    /** The board as it is shown now: each column's cards, the header's figures, today. */
    static WallChart chartOf(BoardViewModel board, Clock clock) {
        Map<Status, List<Card>> columns = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            columns.put(status, List.copyOf(board.cards(status)));
        }
        return new WallChart(Messages.get("app.title"), LocalDate.now(clock), board.filteredStatsProperty().get(),
                columns);
    }
}
