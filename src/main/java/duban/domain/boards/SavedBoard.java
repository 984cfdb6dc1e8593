package duban.domain.boards;

import java.util.Objects;

/** A named view the office keeps (2026年政府工作报告, 领导批示件 …): a filter over the items. */
public record SavedBoard(long id, String name, BoardScope scope, int sortOrder) {

    public SavedBoard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
    }
}
