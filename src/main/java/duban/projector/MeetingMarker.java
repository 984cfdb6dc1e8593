package duban.projector;

import duban.i18n.Messages;

/** What happened to an item since the last meeting, marked on its card in words. */
public enum MeetingMarker {
    /** 新增: registered after the last meeting. */
    NEW,
    /** 本周办结: closed after the last meeting. */
    CLOSED_SINCE,
    /** 新逾期: not overdue at the last meeting, overdue now. */
    NEWLY_OVERDUE;

    /** The word on the card. */
    public String text() {
        return switch (this) {
            case NEW -> Messages.get("projector.marker.new");
            case CLOSED_SINCE -> Messages.get("projector.marker.closed");
            case NEWLY_OVERDUE -> Messages.get("projector.marker.newlyOverdue");
        };
    }

    /** The style class that colours the marker. */
    public String styleClass() {
        return switch (this) {
            case NEW -> ProjectorStyles.MARKER_NEW;
            case CLOSED_SINCE -> ProjectorStyles.MARKER_CLOSED;
            case NEWLY_OVERDUE -> ProjectorStyles.MARKER_NEWLY_OVERDUE;
        };
    }
}
