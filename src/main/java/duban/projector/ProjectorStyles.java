package duban.projector;

/** The style-class names the projector's Java code sets (projector.css draws them); the frame's are in projector.fxml. */
final class ProjectorStyles {

    static final String LIGHT = "projector-light";
    static final String DARK = "projector-dark";

    static final String FIGURE = "projector-figure";
    static final String FIGURE_CAPTION = "projector-figure-caption";
    static final String FIGURE_VALUE = "projector-figure-value";
    static final String FIGURE_DETAIL = "projector-figure-detail";
    static final String FIGURE_LINE = "projector-figure-line";

    static final String COLUMN = "projector-column";
    /** Followed by the status in lower case, e.g. {@code projector-column-closed}. */
    static final String COLUMN_PREFIX = "projector-column-";
    static final String COLUMN_HEADER = "projector-column-header";
    static final String COLUMN_TITLE = "projector-column-title";
    static final String COLUMN_COUNT = "projector-column-count";
    static final String COLUMN_SLICE = "projector-column-slice";
    static final String COLUMN_BODY = "projector-column-body";
    static final String PLACEHOLDER = "projector-placeholder";

    static final String CARD = "projector-card";
    static final String CARD_TITLE = "projector-card-title";
    static final String CARD_UNIT = "projector-card-unit";
    static final String CARD_STATE = "projector-card-state";
    static final String CARD_BOTTOM = "projector-card-bottom";
    static final String BADGE = "projector-badge";
    static final String KEY = "projector-key";
    static final String MARKERS = "projector-markers";

    static final String MARKER_NEW = "marker-new";
    static final String MARKER_CLOSED = "marker-closed";
    static final String MARKER_NEWLY_OVERDUE = "marker-newly-overdue";

    private ProjectorStyles() {
    }
}
