package duban.domain;

/**
 * Who handled an item last (操作人), as the ledger's 备注 names them: the staff name (or login) on a
 * server, the name set in 设置 on a file. Either is {@code null} when the history does not say
 * (events written before schema version 5).
 *
 * @param latest   who wrote the item's latest history entry
 * @param closedBy who last moved it into 办结销号, or {@code null} when it never was
 */
public record ItemOperators(String latest, String closedBy) {

    /** An item whose history names nobody. */
    public static final ItemOperators NONE = new ItemOperators(null, null);
}
