package duban.domain.calendar;

import duban.i18n.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The State Council's holiday calendar for the years a text file covers: which days are working
 * days. Weekends are rest days unless marked 班 (调休上班); weekdays are working days unless marked
 * 休. Read from a UTF-8 text the user can edit; see the shipped {@code holidays-cn.txt} for the format:
 * <pre>
 * 年份 2026 2027
 * 暂定 2027
 * 2026-02-15..2026-02-23 休 春节
 * 2026-02-14 班 春节调休
 * </pre>
 * Every unreadable line is reported with its number; nothing is skipped silently, because a
 * skipped holiday would quietly move deadlines.
 */
public final class HolidayCalendar {

    /** The calendar shipped with the application, on the class path. */
    public static final String SHIPPED_RESOURCE = "/duban/domain/calendar/holidays-cn.txt";

    private static final String YEARS_DIRECTIVE = "年份";
    private static final String PROVISIONAL_DIRECTIVE = "暂定";
    private static final String REST_MARK = "休";
    private static final String WORK_MARK = "班";
    private static final String RANGE_SEPARATOR = "..";

    private static final Pattern DIRECTIVE = Pattern.compile("^(" + YEARS_DIRECTIVE + "|" + PROVISIONAL_DIRECTIVE
            + ")(?:\\s*:\\s*|\\s+|$)(.*)$");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final SortedSet<Integer> coveredYears;
    private final SortedSet<Integer> provisionalYears;
    /** The days that differ from the weekend rule: true for 班 (a working weekend), false for 休. */
    private final Map<LocalDate, Boolean> markedDays;

    private HolidayCalendar(SortedSet<Integer> coveredYears, SortedSet<Integer> provisionalYears,
                            Map<LocalDate, Boolean> markedDays) {
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
        this.provisionalYears = Collections.unmodifiableSortedSet(new TreeSet<>(provisionalYears));
        this.markedDays = Map.copyOf(markedDays);
    }

    /**
     * Reads a calendar text. The reader is not closed.
     *
     * @throws LineFormatException with the line number and a Chinese message for the first
     *                             unreadable or contradictory line, or line 0 when the text has no
     *                             年份 line
     */
    public static HolidayCalendar load(Reader reader) throws IOException, LineFormatException {
        Objects.requireNonNull(reader, "reader");
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        Parser parser = new Parser();
        String line;
        int lineNumber = 0;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            parser.readLine(lineNumber, line);
        }
        return parser.build();
    }

    /** The calendar shipped with the application (2026 from the State Council's notice, 2027 provisional). */
    public static HolidayCalendar fromResource() {
        try (InputStream in = HolidayCalendar.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the shipped holiday calendar is missing: " + SHIPPED_RESOURCE);
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LineFormatException e) {
            // The shipped file is tested; reaching this is a packaging bug, not a user's mistake.
            throw new IllegalStateException("the shipped holiday calendar is broken: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a user's replacement calendar. A file saved as GBK ("ANSI" in Windows Notepad) instead
     * of UTF-8 is reported as such, with the line of the first byte that is not UTF-8.
     */
    public static HolidayCalendar fromFile(Path file) throws IOException, LineFormatException {
        byte[] bytes = Files.readAllBytes(file);
        return load(new StringReader(decodeUtf8(bytes)));
    }

    /**
     * Whether {@code date} is a working day: a weekday not marked 休, or a weekend day marked 班.
     *
     * @throws OutsideCalendarException when the date's year is not covered by the calendar
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!covers(date)) {
            throw new OutsideCalendarException(date.getYear(), coveredYears);
        }
        Boolean marked = markedDays.get(date);
        return marked != null ? marked : !isWeekend(date);
    }

    /** The years this calendar covers (its 年份 line), ascending. */
    public Set<Integer> coveredYears() {
        return coveredYears;
    }

    /** The covered years whose arrangement is provisional (its 暂定 line), ascending. */
    public Set<Integer> provisionalYears() {
        return provisionalYears;
    }

    /** Whether the arrangement for {@code year} is only provisional, awaiting the State Council's notice. */
    public boolean isProvisional(int year) {
        return provisionalYears.contains(year);
    }

    /** Whether the calendar can say if {@code date} is a working day. */
    public boolean covers(LocalDate date) {
        return coveredYears.contains(date.getYear());
    }

    /**
     * A Chinese warning when a deadline counted from {@code from} to {@code to} crosses a year whose
     * arrangement is provisional, for the editor to show beside the computed date; empty otherwise.
     */
    public Optional<String> provisionalNotice(LocalDate from, LocalDate to) {
        int first = Math.min(from.getYear(), to.getYear());
        int last = Math.max(from.getYear(), to.getYear());
        SortedSet<Integer> crossed = new TreeSet<>(provisionalYears.subSet(first, last + 1));
        if (crossed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Messages.get("calendar.provisionalNotice", OutsideCalendarException.joinYears(crossed)));
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static String decodeUtf8(byte[] bytes) throws LineFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new LineFormatException(line, Messages.get("calendar.error.notUtf8", String.valueOf(line)));
        }
        return out.flip().toString();
    }

    /** A line checked once the 年份 line, wherever it stands in the file, is known. */
    private sealed interface Entry permits DayEntry, ProvisionalEntry {
    }

    /** One 休 or 班 line: a day or a range of days. */
    private record DayEntry(int lineNumber, LocalDate first, LocalDate last, boolean working) implements Entry {
    }

    /** One year of a 暂定 line. */
    private record ProvisionalEntry(int lineNumber, int year) implements Entry {
    }

    /** Reads line by line (syntax), then checks the lines against each other (years, contradictions). */
    private static final class Parser {
        private final SortedSet<Integer> years = new TreeSet<>();
        private final List<Entry> entries = new ArrayList<>();

        void readLine(int lineNumber, String raw) throws LineFormatException {
            // NFKC turns full-width digits, colons and the ideographic space into plain ones, so a line
            // typed with a Chinese input method reads the same; a Windows BOM goes too.
            String line = Normalizer.normalize(raw.replace("\uFEFF", ""), Normalizer.Form.NFKC).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            Matcher directive = DIRECTIVE.matcher(line);
            if (directive.matches()) {
                readDirective(lineNumber, directive.group(1), directive.group(2).strip());
            } else {
                entries.add(readDays(lineNumber, line));
            }
        }

        private void readDirective(int lineNumber, String keyword, String rest) throws LineFormatException {
            if (rest.isEmpty()) {
                throw error(lineNumber, Messages.get("calendar.error.yearMissing", String.valueOf(lineNumber), keyword));
            }
            for (String token : rest.split("[\\s,、]+")) {
                if (!YEAR.matcher(token).matches()) {
                    throw error(lineNumber, Messages.get("calendar.error.yearFormat",
                            String.valueOf(lineNumber), keyword, token));
                }
                int year = Integer.parseInt(token);
                if (keyword.equals(YEARS_DIRECTIVE)) {
                    years.add(year);
                } else {
                    entries.add(new ProvisionalEntry(lineNumber, year));
                }
            }
        }

        private DayEntry readDays(int lineNumber, String line) throws LineFormatException {
            String[] fields = line.split("\\s+", 3);
            String dates = fields[0];
            LocalDate first;
            LocalDate last;
            int separator = dates.indexOf(RANGE_SEPARATOR);
            if (separator >= 0) {
                first = date(lineNumber, dates.substring(0, separator));
                last = date(lineNumber, dates.substring(separator + RANGE_SEPARATOR.length()));
                if (last.isBefore(first)) {
                    throw error(lineNumber, Messages.get("calendar.error.rangeBackwards",
                            String.valueOf(lineNumber), first.toString(), last.toString()));
                }
            } else {
                first = date(lineNumber, dates);
                last = first;
            }
            if (fields.length < 2) {
                throw error(lineNumber, Messages.get("calendar.error.markMissing", String.valueOf(lineNumber)));
            }
            String mark = fields[1];
            if (!mark.equals(REST_MARK) && !mark.equals(WORK_MARK)) {
                throw error(lineNumber, Messages.get("calendar.error.markUnknown", String.valueOf(lineNumber), mark));
            }
            boolean working = mark.equals(WORK_MARK);
            if (working) {
                for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                    if (!isWeekend(day)) {
                        throw error(lineNumber, Messages.get("calendar.error.workOnWeekday", String.valueOf(lineNumber),
                                day.toString(), day.getDayOfWeek().getDisplayName(TextStyle.FULL, Messages.LOCALE)));
                    }
                }
            }
            return new DayEntry(lineNumber, first, last, working);
        }

        private static LocalDate date(int lineNumber, String text) throws LineFormatException {
            if (!ISO_DATE.matcher(text).matches()) {
                throw error(lineNumber, Messages.get("calendar.error.dateFormat", String.valueOf(lineNumber), text));
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException noSuchDay) {
                throw error(lineNumber, Messages.get("calendar.error.noSuchDate", String.valueOf(lineNumber), text));
            }
        }

        HolidayCalendar build() throws LineFormatException {
            if (years.isEmpty()) {
                throw error(0, Messages.get("calendar.error.noYears"));
            }
            String yearList = OutsideCalendarException.joinYears(years);
            SortedSet<Integer> provisional = new TreeSet<>();
            Map<LocalDate, Boolean> marked = new HashMap<>();
            Map<LocalDate, Integer> markedOnLine = new HashMap<>();
            // Entries are in line order, so the first contradiction reported is the earliest one.
            for (Entry entry : entries) {
                if (entry instanceof ProvisionalEntry year) {
                    if (!years.contains(year.year())) {
                        throw error(year.lineNumber(), Messages.get("calendar.error.provisionalNotCovered",
                                String.valueOf(year.lineNumber()), String.valueOf(year.year()), yearList));
                    }
                    provisional.add(year.year());
                } else if (entry instanceof DayEntry days) {
                    for (LocalDate day = days.first(); !day.isAfter(days.last()); day = day.plusDays(1)) {
                        if (!years.contains(day.getYear())) {
                            throw error(days.lineNumber(), Messages.get("calendar.error.dateNotCovered",
                                    String.valueOf(days.lineNumber()), day.toString(), yearList));
                        }
                        Boolean earlier = marked.putIfAbsent(day, days.working());
                        if (earlier == null) {
                            markedOnLine.put(day, days.lineNumber());
                        } else if (earlier != days.working()) {
                            throw error(days.lineNumber(), Messages.get("calendar.error.contradiction",
                                    String.valueOf(days.lineNumber()), day.toString(),
                                    String.valueOf(markedOnLine.get(day)), earlier ? WORK_MARK : REST_MARK,
                                    days.working() ? WORK_MARK : REST_MARK));
                        }
                    }
                }
            }
            return new HolidayCalendar(years, provisional, marked);
        }

        private static LineFormatException error(int lineNumber, String message) {
            return new LineFormatException(lineNumber, message);
        }
    }
}
