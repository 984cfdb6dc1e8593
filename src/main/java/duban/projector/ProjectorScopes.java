package duban.projector;

import duban.domain.BoardStats;
import duban.domain.Category;
import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.UnitFigures;
import duban.domain.UnitRow;
import duban.domain.UnitScope;
import duban.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * What each mode puts on the projector: the whole board, only what needs attention, or one scope
 * per lead unit in ranking order (the ranking of 单位统计). Plain Java: no JavaFX.
 */
final class ProjectorScopes {

    /** The items one page or run of pages draws from, with the header's title; {@code unitId} is null but in 按单位. */
    record Scope(Long unitId, String title, List<Item> items, BoardStats stats) {
    }

    private ProjectorScopes() {
    }

    /** The scopes of {@code mode} over {@code all} (the items that are not withdrawn), in the order they are shown. */
    static List<Scope> of(ProjectorMode mode, List<Item> all, Deadlines deadlines) {
        BoardStats whole = BoardStats.of(all, deadlines);
        return switch (mode) {
            case ALL -> List.of(new Scope(null, Messages.get("projector.title.all", whole.total()), all, whole));
            case FOCUS -> {
                List<Item> focus = all.stream().filter(item -> needsAttention(item, deadlines)).toList();
                yield List.of(new Scope(null, Messages.get("projector.title.focus", focus.size()), focus, whole));
            }
            case BY_UNIT -> byUnit(all, deadlines, whole);
        };
    }

    private static List<Scope> byUnit(List<Item> all, Deadlines deadlines, BoardStats whole) {
        List<UnitRow> rows = UnitFigures.of(all, deadlines, UnitScope.ALL).rows();
        if (rows.isEmpty()) {
            return List.of(new Scope(null, Messages.get("projector.title.noUnits"), List.of(), whole));
        }
        List<Scope> units = new ArrayList<>(rows.size());
        for (UnitRow row : rows) {
            List<Item> ofUnit = all.stream().filter(item -> item.leadUnit().id() == row.unit().id()).toList();
            units.add(new Scope(row.unit().id(), Messages.get("projector.title.unit", row.unit().name(),
                    row.rank(), rows.size()), ofUnit, BoardStats.of(ofUnit, deadlines)));
        }
        return units;
    }

    /** 重点 mode: overdue, due soon, or 重点督办. */
    static boolean needsAttention(Item item, Deadlines deadlines) {
        DeadlineState state = deadlines.stateOf(item);
        return state == DeadlineState.OVERDUE || state == DeadlineState.DUE_SOON || item.category() == Category.KEY;
    }
}
