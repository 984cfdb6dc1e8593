package duban.domain.office;

import duban.domain.calendar.DefaultLimits;
import duban.domain.calendar.HolidayCalendar;
import duban.domain.calendar.LineFormatException;
import duban.domain.Category;
import duban.domain.ReportCadence;
import duban.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The office's own rules (设置): the 临期 threshold, the 进展报送 cadence per 督办类别, which 督办类别
 * need a progress report before 办结销号, the 默认办理时限 table and the holiday calendar. Stored as
 * text under the keys below in the {@code setting} table ({@link #toStored()}, {@link #fromStored}).
 *
 * <p>A stored value that cannot be read falls back to its default and is named in {@link #problems()},
 * never an exception: a settings row damaged by hand must not keep the board from opening.
 *
 * <p>Equality is by value: {@code holidayCalendar} is {@code holidayCalendarText} parsed, and
 * {@code problems} describe how the settings were read, not what they are; neither takes part.
 *
 * @param dueSoonDays                 临期: an open item is due soon this many days before its deadline (0 to 30)
 * @param cadences                    the 进展报送 cadence of every 督办类别
 * @param reportRequiredBeforeClosing the 督办类别 whose items need a 办理进展 before 办结销号
 * @param limits                      the 默认办理时限 a new item gets from its source and category
 * @param holidayCalendarText         the holiday calendar as its file's text
 * @param holidayCalendar             that text, parsed
 * @param operatorName                操作人: the name a file's events record as who did them; empty for
 *                                    the computer's account (a server records its login role instead)
 * @param problems                    Chinese sentences, one per stored value that could not be read
 */
public record OfficeSettings(int dueSoonDays, Map<Category, ReportCadence> cadences,
                             Set<Category> reportRequiredBeforeClosing, DefaultLimits limits,
                             String holidayCalendarText, HolidayCalendar holidayCalendar, String operatorName,
                             List<String> problems) {

    /** Key of the 临期 threshold in days: {@code 3}. */
    public static final String DUE_SOON_DAYS_KEY = "dueSoonDays";
    /** Prefix of the cadence keys, {@code cadence.KEY} …, valued as {@link ReportCadence#toText()}. */
    public static final String CADENCE_KEY_PREFIX = "cadence.";
    /** Key of the categories that need a report before closing: {@code KEY,URGENT}, empty for none. */
    public static final String REPORT_REQUIRED_KEY = "reportRequiredBeforeClosing";
    /** Key of the default limits, valued as {@link DefaultLimits#toText()}. */
    public static final String DEFAULT_LIMITS_KEY = "defaultLimits";
    /**
     * Key of the holiday calendar: the text of an imported calendar file, or empty for the calendar
     * shipped with the application (so that a newer version's calendar is used once installed).
     */
    public static final String HOLIDAY_CALENDAR_KEY = "holidayCalendar";
    /** Key of the 操作人 of a file: a name, or empty (or never stored) for the computer's account. */
    public static final String OPERATOR_NAME_KEY = "operator.name";

    /** The longest 操作人 name, as long as a 责任人 or a staff member's display name. */
    public static final int MAX_OPERATOR_NAME = 50;

    /** The largest 临期 threshold: beyond a month "due soon" stops meaning anything. */
    public static final int MAX_DUE_SOON_DAYS = 30;
    /** The default 临期 threshold, the common rule. */
    public static final int DEFAULT_DUE_SOON_DAYS = 3;

    /** Longest stretch of a bad stored value quoted in a problem. */
    private static final int QUOTE_MAX = 40;

    public OfficeSettings {
        if (dueSoonDays < 0 || dueSoonDays > MAX_DUE_SOON_DAYS) {
            throw new IllegalArgumentException("dueSoonDays 0 to " + MAX_DUE_SOON_DAYS + ": " + dueSoonDays);
        }
        Map<Category, ReportCadence> cadenceCopy = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            cadenceCopy.put(category, Objects.requireNonNull(cadences.get(category), "cadence for " + category));
        }
        cadences = Collections.unmodifiableMap(cadenceCopy);
        Set<Category> required = EnumSet.noneOf(Category.class);
        required.addAll(reportRequiredBeforeClosing);
        reportRequiredBeforeClosing = Collections.unmodifiableSet(required);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(holidayCalendarText, "holidayCalendarText");
        Objects.requireNonNull(holidayCalendar, "holidayCalendar");
        operatorName = Objects.requireNonNull(operatorName, "operatorName").strip();
        if (operatorName.codePointCount(0, operatorName.length()) > MAX_OPERATOR_NAME) {
            throw new IllegalArgumentException("operatorName longer than " + MAX_OPERATOR_NAME);
        }
        problems = List.copyOf(problems);
    }

    /** The settings of an office that has changed nothing. */
    public static OfficeSettings defaults() {
        return new OfficeSettings(DEFAULT_DUE_SOON_DAYS, defaultCadences(), defaultReportRequired(),
                DefaultLimits.standard(), ShippedCalendar.TEXT, ShippedCalendar.CALENDAR, "", List.of());
    }

    /** The text of the holiday calendar shipped with the application. */
    public static String shippedCalendarText() {
        return ShippedCalendar.TEXT;
    }

    /** The holiday calendar shipped with the application, parsed. */
    public static HolidayCalendar shippedCalendar() {
        return ShippedCalendar.CALENDAR;
    }

    // ---- reading and writing the stored form ----------------------------------------------------

    /**
     * The settings stored under the keys of this class; other keys are ignored (other features keep
     * their settings in the same table). A missing key takes its default; a value that cannot be
     * read takes its default too and is described in {@link #problems()}.
     */
    public static OfficeSettings fromStored(Map<String, String> stored) {
        OfficeSettings defaults = defaults();
        List<String> problems = new ArrayList<>();

        int dueSoonDays = defaults.dueSoonDays();
        String dueSoonText = stored.get(DUE_SOON_DAYS_KEY);
        if (dueSoonText != null) {
            Integer parsed = dueSoonDaysOf(dueSoonText);
            if (parsed != null) {
                dueSoonDays = parsed;
            } else {
                problems.add(Messages.get("settings.problem.dueSoonDays", quote(dueSoonText),
                        String.valueOf(MAX_DUE_SOON_DAYS), String.valueOf(defaults.dueSoonDays())));
            }
        }

        Map<Category, ReportCadence> cadences = new EnumMap<>(defaults.cadences());
        for (Category category : Category.values()) {
            String text = stored.get(cadenceKey(category));
            if (text == null) {
                continue;
            }
            ReportCadence.fromText(text).ifPresentOrElse(cadence -> cadences.put(category, cadence),
                    () -> problems.add(Messages.get("settings.problem.cadence", category.label(), quote(text),
                            defaults.cadences().get(category).describe())));
        }

        Set<Category> required = defaults.reportRequiredBeforeClosing();
        String requiredText = stored.get(REPORT_REQUIRED_KEY);
        if (requiredText != null) {
            Set<Category> parsed = categoriesOf(requiredText);
            if (parsed != null) {
                required = parsed;
            } else {
                problems.add(Messages.get("settings.problem.reportRequired", quote(requiredText),
                        labels(defaults.reportRequiredBeforeClosing())));
            }
        }

        DefaultLimits limits = defaults.limits();
        String limitsText = stored.get(DEFAULT_LIMITS_KEY);
        if (limitsText != null) {
            try {
                limits = DefaultLimits.fromText(limitsText);
            } catch (LineFormatException unreadable) {
                problems.add(Messages.get("settings.problem.defaultLimits", unreadable.getMessage()));
            }
        }

        String calendarText = defaults.holidayCalendarText();
        HolidayCalendar calendar = defaults.holidayCalendar();
        String storedCalendar = stored.get(HOLIDAY_CALENDAR_KEY);
        if (storedCalendar != null && !storedCalendar.isBlank()) {
            try {
                calendar = parseCalendar(storedCalendar);
                calendarText = storedCalendar;
            } catch (LineFormatException unreadable) {
                problems.add(Messages.get("settings.problem.holidayCalendar", unreadable.getMessage()));
            }
        }
        String operatorName = stored.getOrDefault(OPERATOR_NAME_KEY, "").strip();
        if (operatorName.codePointCount(0, operatorName.length()) > MAX_OPERATOR_NAME) {
            problems.add(Messages.get("settings.problem.operatorName", quote(operatorName),
                    String.valueOf(MAX_OPERATOR_NAME)));
            operatorName = defaults.operatorName();
        }
        return new OfficeSettings(dueSoonDays, cadences, required, limits, calendarText, calendar, operatorName,
                problems);
    }

    /**
     * Every key of these settings with its stored text, in a fixed order, for
     * {@code SettingsStore.put}. The shipped calendar is stored as an empty value.
     */
    public Map<String, String> toStored() {
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put(DUE_SOON_DAYS_KEY, String.valueOf(dueSoonDays));
        for (Category category : Category.values()) {
            stored.put(cadenceKey(category), cadences.get(category).toText());
        }
        stored.put(REPORT_REQUIRED_KEY, reportRequiredBeforeClosing.stream().map(Category::name)
                .collect(Collectors.joining(",")));
        stored.put(DEFAULT_LIMITS_KEY, limits.toText());
        stored.put(HOLIDAY_CALENDAR_KEY, isShippedCalendar() ? "" : holidayCalendarText);
        stored.put(OPERATOR_NAME_KEY, operatorName);
        return stored;
    }

    /** {@code cadence.KEY}, {@code cadence.URGENT}, {@code cadence.ROUTINE}. */
    public static String cadenceKey(Category category) {
        return CADENCE_KEY_PREFIX + category.name();
    }

    /**
     * Parses a holiday calendar's text, as stored or read from a file.
     *
     * @throws LineFormatException with the Chinese message naming the line at fault
     */
    public static HolidayCalendar parseCalendar(String text) throws LineFormatException {
        try {
            return HolidayCalendar.load(new StringReader(text));
        } catch (IOException cannotHappen) { // a StringReader does not fail
            throw new UncheckedIOException(cannotHappen);
        }
    }

    // ---- questions the board asks ---------------------------------------------------------------

    /** The cadence at which items of {@code category} must report progress. */
    public ReportCadence cadenceFor(Category category) {
        return cadences.get(category);
    }

    /** Whether an item of {@code category} needs at least one 办理进展 before it may be closed. */
    public boolean requiresReportBeforeClosing(Category category) {
        return reportRequiredBeforeClosing.contains(category);
    }

    /** Whether the holiday calendar is the one shipped with the application. */
    public boolean isShippedCalendar() {
        return holidayCalendarText.equals(ShippedCalendar.TEXT);
    }

    // ---- copies with one setting changed --------------------------------------------------------

    public OfficeSettings withDueSoonDays(int days) {
        return new OfficeSettings(days, cadences, reportRequiredBeforeClosing, limits, holidayCalendarText,
                holidayCalendar, operatorName, problems);
    }

    public OfficeSettings withCadence(Category category, ReportCadence cadence) {
        Map<Category, ReportCadence> changed = new EnumMap<>(cadences);
        changed.put(category, Objects.requireNonNull(cadence, "cadence"));
        return new OfficeSettings(dueSoonDays, changed, reportRequiredBeforeClosing, limits, holidayCalendarText,
                holidayCalendar, operatorName, problems);
    }

    public OfficeSettings withReportRequired(Category category, boolean required) {
        Set<Category> changed = EnumSet.noneOf(Category.class);
        changed.addAll(reportRequiredBeforeClosing);
        if (required) {
            changed.add(category);
        } else {
            changed.remove(category);
        }
        return new OfficeSettings(dueSoonDays, cadences, changed, limits, holidayCalendarText, holidayCalendar,
                operatorName, problems);
    }

    public OfficeSettings withLimits(DefaultLimits changed) {
        return new OfficeSettings(dueSoonDays, cadences, reportRequiredBeforeClosing, changed, holidayCalendarText,
                holidayCalendar, operatorName, problems);
    }

    /**
     * With another holiday calendar.
     *
     * @throws LineFormatException when {@code text} is not a calendar; these settings are then unchanged
     */
    public OfficeSettings withHolidayCalendar(String text) throws LineFormatException {
        return new OfficeSettings(dueSoonDays, cadences, reportRequiredBeforeClosing, limits, text,
                parseCalendar(text), operatorName, problems);
    }

    /**
     * The computer's account (the OS user), the 操作人 of a file whose settings name nobody, or
     * empty when the system names none.
     */
    public static String systemAccount() {
        return Objects.requireNonNullElse(System.getProperty("user.name"), "").strip();
    }

    /** The 操作人 a file's next write records: the name set here, or the computer's account. */
    public String operatorOrAccount() {
        return operatorName.isEmpty() ? systemAccount() : operatorName;
    }

    /** With another 操作人 name (empty: the computer's account). */
    public OfficeSettings withOperatorName(String name) {
        return new OfficeSettings(dueSoonDays, cadences, reportRequiredBeforeClosing, limits, holidayCalendarText,
                holidayCalendar, name, problems);
    }

    /** With the holiday calendar shipped with the application. */
    public OfficeSettings withShippedCalendar() {
        return new OfficeSettings(dueSoonDays, cadences, reportRequiredBeforeClosing, limits, ShippedCalendar.TEXT,
                ShippedCalendar.CALENDAR, operatorName, problems);
    }

    // ---- value equality (see the class comment) -------------------------------------------------

    @Override
    public boolean equals(Object other) {
        return other instanceof OfficeSettings that
                && dueSoonDays == that.dueSoonDays
                && cadences.equals(that.cadences)
                && reportRequiredBeforeClosing.equals(that.reportRequiredBeforeClosing)
                && limits.equals(that.limits)
                && holidayCalendarText.equals(that.holidayCalendarText)
                && operatorName.equals(that.operatorName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dueSoonDays, cadences, reportRequiredBeforeClosing, limits, holidayCalendarText,
                operatorName);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static Map<Category, ReportCadence> defaultCadences() {
        Map<Category, ReportCadence> cadences = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            cadences.put(category, ReportCadence.defaultFor(category));
        }
        return cadences;
    }

    /** 重点督办 only, as the issue asks: the office tracks those closely. */
    private static Set<Category> defaultReportRequired() {
        return EnumSet.of(Category.KEY);
    }

    private static Integer dueSoonDaysOf(String text) {
        try {
            int days = Integer.parseInt(text.strip());
            return days >= 0 && days <= MAX_DUE_SOON_DAYS ? days : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** {@code KEY,URGENT} as a set; empty text is the empty set; {@code null} when a name is unknown. */
    private static Set<Category> categoriesOf(String text) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String name : text.split(",")) {
            String stripped = name.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            try {
                categories.add(Category.valueOf(stripped));
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
        return categories;
    }

    private static String labels(Set<Category> categories) {
        return categories.isEmpty() ? Messages.get("settings.none")
                : categories.stream().map(Category::label).collect(Collectors.joining("、"));
    }

    private static String quote(String value) {
        String stripped = value.strip();
        return stripped.length() <= QUOTE_MAX ? stripped : stripped.substring(0, QUOTE_MAX) + "…";
    }

    /** Read once: the shipped calendar does not change while the application runs. */
    private static final class ShippedCalendar {
        static final String TEXT = readShippedText();
        static final HolidayCalendar CALENDAR = HolidayCalendar.fromResource();

        private static String readShippedText() {
            try (InputStream in = HolidayCalendar.class.getResourceAsStream(HolidayCalendar.SHIPPED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the shipped holiday calendar is missing: "
                            + HolidayCalendar.SHIPPED_RESOURCE);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
