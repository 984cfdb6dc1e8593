package duban.projector;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

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
        return parsed(lastMeetingText, LocalDate::parse);
    }

    /** The seconds per page as stored, not yet clamped. */
    Optional<Integer> pageSeconds() {
        return parsed(pageSecondsText, Integer::valueOf);
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

    /** {@code text} as {@code parser} reads it, trimmed; empty when there is none or it is no date or number. */
    private static <T> Optional<T> parsed(Optional<String> text, Function<String, T> parser) {
        return text.flatMap(value -> {
            try {
                return Optional.of(parser.apply(value.trim()));
            } catch (DateTimeParseException | NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
