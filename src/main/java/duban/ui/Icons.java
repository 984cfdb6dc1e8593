package duban.ui;

import duban.domain.Card;
import duban.domain.DeadlineState;
import duban.domain.Status;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The one place that says which Material Design icon stands for what: the card markers, the
 * deadline states, the four statuses and the card menu's actions (the toolbar's are in board.fxml). The words are always shown beside
 * the icon; the icon only helps the eye find them. Colours come from the stylesheets
 * ({@code -fx-icon-color} with theme.css names), sizes from the text around them.
 */
public final class Icons {

    /** The style class every icon made here carries, besides Ikonli's own {@code ikonli-font-icon}. */
    public static final String ICON = "duban-icon";

    /** 编辑 (the toolbar's icon is in board.fxml, which names the same codes). */
    public static final String EDIT = "mdi2p-pencil";
    /** 撤销督办: the item is taken off the board (kept, with its reason); not the 撤销操作 (undo) arrow. */
    public static final String WITHDRAW = "mdi2a-archive-arrow-down";

    private Icons() {
    }

    /** A new icon for {@code code}, such as {@link #UNDO}. */
    public static FontIcon icon(String code) {
        FontIcon icon = new FontIcon(code);
        icon.getStyleClass().add(ICON);
        return icon;
    }

    /** The icon of a card marker of {@code kind}. */
    public static String marker(Card.Marker.Kind kind) {
        return switch (kind) {
            case EXTENDED -> "mdi2c-calendar-clock";
            case RETURNED -> "mdi2f-file-undo-outline";
            case REMINDED_BLUE, REMINDED_YELLOW, REMINDED_RED -> "mdi2b-bell-ring-outline";
            case REPORT_BEHIND -> "mdi2m-message-alert-outline";
            case LAST_REPORT -> "mdi2m-message-text-outline";
            case SUB_ITEMS, SUB_ITEMS_LATE -> "mdi2f-file-tree-outline";
            case SUB_ITEM -> "mdi2s-subdirectory-arrow-right";
            case RECURRING -> "mdi2r-repeat";
            case ATTACHMENTS -> "mdi2p-paperclip";
        };
    }

    /** The icon beside a card's deadline state (逾期, 临期, 办结), or {@code null} for an open item with time left. */
    public static String deadline(DeadlineState state) {
        return switch (state) {
            case NORMAL -> null;
            case DUE_SOON -> "mdi2c-clock-alert-outline";
            case OVERDUE -> "mdi2a-alert-circle-outline";
            case CLOSED_ON_TIME -> "mdi2c-check-circle-outline";
            case CLOSED_LATE -> "mdi2c-check-circle-outline";
        };
    }

    /** The icon of a column (and a status) on the board. */
    public static String status(Status status) {
        return switch (status) {
            case ASSIGNED -> "mdi2i-inbox-arrow-down-outline";
            case IN_PROGRESS -> "mdi2p-progress-clock";
            case AWAITING_FEEDBACK -> "mdi2m-message-reply-text";
            case CLOSED -> "mdi2c-check-all";
        };
    }
}
