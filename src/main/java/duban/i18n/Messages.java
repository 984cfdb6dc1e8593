package duban.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing Chinese texts, read from {@code duban/i18n/messages.properties}. */
public final class Messages {

    /** The application speaks Simplified Chinese whatever the machine's locale. */
    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("duban.i18n.messages", LOCALE);

    private Messages() {
    }

    /** The bundle itself, for FXMLLoader's {@code %key} resolution. */
    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    /** The text for {@code key}, with {@link MessageFormat} arguments filled in when given. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException missing) {
            // A missing key is a bug the bundle test catches; on screen, show the key rather than crash.
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
    }

    /** Whether the bundle defines {@code key}. */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
