package duban.ui;

import javafx.css.PseudoClass;

/** Style-class and pseudo-class names shared by the views and the stylesheets, in one place. */
public final class StyleClasses {

    /** Every card node on the board; tests rely on it. */
    public static final String ITEM_CARD = "item-card";
    public static final String CARD_CELL = "card-cell";
    public static final String BOARD_COLUMN = "board-column";
    public static final String COLUMN_HEADER = "column-header";
    public static final String COLUMN_TITLE = "column-title";
    public static final String COLUMN_COUNT = "column-count";
    public static final String COLUMN_LIST = "column-list";
    public static final String CARD_TITLE = "card-title";
    public static final String CARD_META = "card-meta";
    public static final String CARD_TAG = "card-tag";
    public static final String CARD_DUE = "card-due";
    public static final String CARD_DEADLINE = "card-deadline";
    public static final String PLACEHOLDER = "column-placeholder";

    public static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    public static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");
    public static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    public static final PseudoClass CLOSED_LATE = PseudoClass.getPseudoClass("closed-late");
    public static final PseudoClass KEY = PseudoClass.getPseudoClass("key");
    public static final PseudoClass URGENT = PseudoClass.getPseudoClass("urgent");

    private StyleClasses() {
    }

    /**
     * The key under which a board card's node keeps the id of the item it shows. The board's
     * cards have no node id: a cell shows one card after another, and a changed node id has
     * JavaFX apply the card's whole style sheet afresh (a new id misses the style cache), which
     * was most of a frame when a drop shifted the cards of two columns.
     */
    public static final String CARD_ITEM_ID = "duban.card.itemId";

    /** The node id of a projector card, {@code card-<item id>}. */
    public static String cardId(long itemId) {
        return "card-" + itemId;
    }

    /** The node id of a column's list, {@code column-<STATUS>}. */
    public static String columnId(duban.domain.Status status) {
        return "column-" + status.name();
    }

    // ---- panels part (projector, settings, units, safety) ------------------------------------

    /** A field's message line while the field is invalid (editor.css). */
    public static final String FIELD_ERROR = "field-error";
    /** A figure worth the reader's attention, e.g. 逾期 above zero (drawn red). */
    public static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");

    // ---- forms part (issue 14): the form kit's classes, editor.css ------------------------------

    /** On the pane of every form dialog (editor, 办结销号, reasons, workflow, import): its look and its buttons'. */
    public static final String FORM_DIALOG = "duban-form-dialog";
}
