package duban.domain.importing;

import java.time.LocalDate;

/**
 * How an imported row is recognised as already in the database: the same 督办事项 (trimmed, runs
 * of whitespace as one space), the same 牵头单位 (whitespace ignored) and the same 交办日期.
 */
public record ItemKey(String title, String leadUnit, LocalDate assignedOn) {

    public static ItemKey of(String title, String leadUnit, LocalDate assignedOn) {
        return new ItemKey(normalizeTitle(title), unitKey(leadUnit), assignedOn);
    }

    /** The same key without the date, for rows whose 交办日期 the file leaves open. */
    ItemKey withoutDate() {
        return new ItemKey(title, leadUnit, null);
    }

    static String normalizeTitle(String title) {
        return title == null ? "" : title.strip().replaceAll("[\\s\\u3000]+", " ");
    }

    /** Unit names compare without any whitespace: 县 财政局 is 县财政局. */
    public static String unitKey(String name) {
        return name == null ? "" : name.replaceAll("[\\s\\u3000\\u00a0]+", "");
    }
}
