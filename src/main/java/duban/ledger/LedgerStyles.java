package duban.ledger;

/**
 * The style-class names that the ledger's windows (台账, 打印预览, 导入) set from Java; their rules
 * are in ledger.css and import.css. Classes of static nodes are set in the FXML instead.
 */
public final class LedgerStyles {

    /** The status line at the bottom of the ledger and print preview windows. */
    public static final String STATUS_LINE = "ledger-status-line";
    /** The status line's last message. */
    public static final String MESSAGE = "ledger-message";
    /** The status line's running job: its title, progress and 取消. */
    public static final String WORK = "ledger-work";

    /** The text in a ledger table cell. */
    public static final String CELL_TEXT = "ledger-cell-text";
    /** A ledger table cell of a column, followed by the column's name in lower case: ledger-cell-status. */
    public static final String CELL_PREFIX = "ledger-cell-";
    /** A table row heading a group (按牵头单位, 按状态). */
    public static final String GROUP_HEADING = "ledger-group-heading";
    /** A table row with a group's subtotal. */
    public static final String SUBTOTAL = "ledger-subtotal";
    /** A table row of a withdrawn item, struck through. */
    public static final String WITHDRAWN = "ledger-withdrawn";

    /** The row-number column of the import preview. */
    public static final String IMPORT_ROW_NUMBER = "import-row-number";
    /** The wrapped 督办事项 text of an import preview row. */
    public static final String IMPORT_TITLE_TEXT = "import-title-text";
    /** The wrapped problems of an import preview row. */
    public static final String IMPORT_ISSUE_TEXT = "import-issue-text";
    /** The import dialog's pane. */
    public static final String IMPORT_DIALOG = "import-dialog";

    private LedgerStyles() {
    }
}
