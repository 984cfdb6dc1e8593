package duban.projector;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The projector's settings as read from the store, parsed leniently: a hand-edited value that is
 * not a date, a number or a theme is left out, so the default stays rather than the meeting failing.
 * Plain Java: no JavaFX.
 */
record StoredProjectorSettings(Optional<String> lastMeetingText, Optional<String> pageSecondsText,
                               Optional<String> themeText) {

    /** Reads the three settings; call on the store thread. */
    static StoredProjectorSettings readFrom(ProjectorSettings settings) {
        return new StoredProjectorSettings(settings.get(ProjectorSettings.LAST_MEETING_KEY),
                settings.get(ProjectorSettings.PAGE_SECONDS_KEY), settings.get(ProjectorSettings.THEME_KEY));
    }

    Optional<LocalDate> lastMeeting() {
        return lastMeetingText.flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text.trim()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** The seconds per page as stored, not yet clamped. */
    Optional<Integer> pageSeconds() {
        return pageSecondsText.flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    Optional<ProjectorTheme> theme() {
        return themeText.flatMap(text -> {
            for (ProjectorTheme candidate : ProjectorTheme.values()) {
                if (candidate.name().equalsIgnoreCase(text.trim())) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        });
    }
}
