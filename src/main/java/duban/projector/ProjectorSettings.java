package duban.projector;

import java.util.Optional;

/** Where the projector keeps its settings (last meeting date, seconds per page, theme); called on the store thread. */
public interface ProjectorSettings {

    /** The date of the last meeting, ISO yyyy-MM-dd. */
    String LAST_MEETING_KEY = "projector.lastMeeting";
    /** Seconds before the page turns by itself. */
    String PAGE_SECONDS_KEY = "projector.pageSeconds";
    /** LIGHT or DARK. */
    String THEME_KEY = "projector.theme";

    Optional<String> get(String key);

    void put(String key, String value);
}
