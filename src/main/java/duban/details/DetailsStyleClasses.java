package duban.details;

/** Style-class names only the details panel uses (details.css), for the nodes built in Java. */
final class DetailsStyleClasses {

    static final String FIELD_NAME = "details-field-name";
    static final String FIELD_VALUE = "details-field-value";
    static final String HISTORY_ENTRY = "history-entry";
    static final String HISTORY_HEAD = "history-head";
    static final String HISTORY_TIME = "history-time";
    static final String HISTORY_KIND = "history-kind";
    static final String HISTORY_OPERATOR = "history-operator";
    static final String HISTORY_SUMMARY = "history-summary";
    static final String HISTORY_CHANGE = "history-change";
    static final String HISTORY_NOTE = "history-note";

    private DetailsStyleClasses() {
    }
}
