package duban.ledger;

import duban.i18n.Messages;

/**
 * The title of the 督办台账: the office's name (a setting) followed by 督办事项台账, e.g.
 * “××县人民政府办公室督办事项台账”; without a name, just 督办事项台账.
 */
public final class LedgerTitle {

    /** Where the office's name is kept in the {@code setting} table. */
    public static final String OFFICE_NAME_KEY = "ledger.officeName";

    /** The longest office name: a title line that still fits a printed page. */
    public static final int OFFICE_NAME_MAX = 40;

    private LedgerTitle() {
    }

    /** The ledger's title for the office {@code officeName} (blank or {@code null} for none). */
    public static String of(String officeName) {
        String name = officeName == null ? "" : officeName.strip();
        return name.isEmpty() ? Messages.get("ledger.title.plain") : Messages.get("ledger.title", name);
    }

    /** The name as stored: stripped, and cut to {@link #OFFICE_NAME_MAX} characters. */
    public static String normalize(String officeName) {
        String name = officeName == null ? "" : officeName.strip().replaceAll("\\s+", " ");
        return name.length() <= OFFICE_NAME_MAX ? name : name.substring(0, OFFICE_NAME_MAX);
    }
}
