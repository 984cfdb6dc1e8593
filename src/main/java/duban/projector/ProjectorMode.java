package duban.projector;

import duban.i18n.Messages;

/** What the projector shows: the whole board, one lead unit per page, or only what needs attention. */
public enum ProjectorMode {
    /** 全部: the four columns. */
    ALL,
    /** 按单位: one lead unit per page, in ranking order. */
    BY_UNIT,
    /** 重点: only overdue, due-soon and 重点督办 items. */
    FOCUS;

    /** The mode's name in the footer. */
    public String label() {
        return switch (this) {
            case ALL -> Messages.get("projector.mode.all");
            case BY_UNIT -> Messages.get("projector.mode.byUnit");
            case FOCUS -> Messages.get("projector.mode.focus");
        };
    }
}
