package duban.domain;

import java.util.Objects;

/** A department, town or other body that items are assigned to (牵头单位 or 协办单位). */
public record Unit(long id, String name, UnitKind kind, int sortOrder) {

    public Unit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
