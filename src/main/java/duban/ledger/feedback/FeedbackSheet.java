package duban.ledger.feedback;

/** The layout of a 反馈表 workbook, which the writer makes and the reader expects. */
final class FeedbackSheet {

    /** The visible sheet's name (and title). */
    static final String TITLE = "督办事项办理情况反馈表";
    /** The very hidden sheet that records whose form it is and from which database. */
    static final String IDENTITY_SHEET = "duban-feedback";
    static final String KEY_UNIT_ID = "unitId";
    static final String KEY_UNIT_NAME = "unitName";
    static final String KEY_DATABASE_ID = "databaseId";
    static final String KEY_FORM_DATE = "formDate";

    /** Rows above the header: title, unit and date, instruction. */
    static final int HEADER_ROW = 3;
    static final int FIRST_DATA_ROW = HEADER_ROW + 1;

    /** The columns, in order; the last four are the unit's to fill. */
    static final String[] HEADERS = {"事项编号", "督办事项", "办理时限", "当前状态", "办理进展", "完成情况", "申请办结", "联系人"};
    static final int ITEM_NUMBER = 0;
    static final int TITLE_COLUMN = 1;
    static final int DEADLINE = 2;
    static final int STATUS = 3;
    static final int PROGRESS = 4;
    static final int COMPLETION = 5;
    static final int CLOSE_REQUEST = 6;
    static final int CONTACT = 7;
    /** Widths in characters (a Chinese character counts two). */
    static final int[] WIDTHS = {10, 40, 16, 10, 44, 32, 10, 14};

    private FeedbackSheet() {
    }

    /** Whether column {@code column} is one the unit fills in (unlocked). */
    static boolean isInput(int column) {
        return column >= PROGRESS;
    }
}
