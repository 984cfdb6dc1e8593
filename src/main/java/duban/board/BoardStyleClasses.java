package duban.board;

import duban.domain.Status;
import java.util.Locale;

/** Style-class names only the board uses (board.css); the shared ones are in {@code ui.StyleClasses}. */
final class BoardStyleClasses {

    static final String CARD_TOP = "card-top";
    static final String CARD_BOTTOM = "card-bottom";
    static final String CARD_MARKERS = "card-markers";
    static final String CARD_MARKER = "card-marker";
    static final String DROP_INDICATOR = "drop-indicator";
    /** The status bar's mark while the shared database cannot be reached. */
    static final String OFFLINE = "board-offline";
    static final String READ_ONLY_BANNER = "read-only-banner";
    static final String SHORTCUT_KEYS = "shortcut-keys";

    private BoardStyleClasses() {
    }

    /** A column's own class, e.g. {@code column-in-progress}, for its header colour. */
    static String column(Status status) {
        return "column-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
