package duban.domain.calendar;

import duban.i18n.Messages;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 办理时限 as the office states it: "15 个工作日", "60 天", "3 个月" or "当年年底", which gives a
 * deadline date once the 交办日期 is known.
 *
 * @param amount how many units; 1 to {@value #MAX_AMOUNT}, or 0 for {@link DeadlineUnit#END_OF_YEAR}
 * @param unit   how they are counted
 */
public record DeadlineRule(int amount, DeadlineUnit unit) {

    /** The largest amount accepted: beyond it a typing slip is likelier than a real limit. */
    public static final int MAX_AMOUNT = 999;

    private static final Set<String> END_OF_YEAR_WORDS = Set.of("年底", "年底前", "当年年底", "当年年底前", "年内");

    /**
     * A number (digits or 一..九十九, or 两), an optional 个, the unit word, and an optional 内 / 以内
     * as in "15 个工作日内". Whitespace is allowed between the parts.
     */
    private static final Pattern TYPED_RULE = Pattern.compile(
            "^(\\d{1,4}|[一二两三四五六七八九十]{1,3})\\s*(个)?\\s*(工作日|自然日|天|日|月)\\s*(?:以内|内)?$");
    private static final Pattern CHINESE_NUMBER = Pattern.compile("^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$");
    private static final String CHINESE_DIGITS = "一二三四五六七八九";

    public DeadlineRule {
        Objects.requireNonNull(unit, "unit");
        if (unit == DeadlineUnit.END_OF_YEAR ? amount != 0 : amount < 1 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("not a valid deadline rule: " + amount + " " + unit);
        }
    }

    /** N 个工作日. */
    public static DeadlineRule workingDays(int amount) {
        return new DeadlineRule(amount, DeadlineUnit.WORKING_DAYS);
    }

    /** N 天 (自然日). */
    public static DeadlineRule calendarDays(int amount) {
        return new DeadlineRule(amount, DeadlineUnit.CALENDAR_DAYS);
    }

    /** N 个月. */
    public static DeadlineRule months(int amount) {
        return new DeadlineRule(amount, DeadlineUnit.MONTHS);
    }

    /** 当年年底: 12 月 31 日 of the year of assignment. */
    public static DeadlineRule endOfYear() {
        return new DeadlineRule(0, DeadlineUnit.END_OF_YEAR);
    }

    /**
     * The deadline for an item assigned on {@code assignedOn}. Only working days consult the
     * calendar; see {@link WorkingDays} for how each unit counts.
     *
     * @throws OutsideCalendarException when a working-day count reaches a year the calendar lacks
     */
    public LocalDate apply(LocalDate assignedOn, HolidayCalendar calendar) {
        Objects.requireNonNull(assignedOn, "assignedOn");
        Objects.requireNonNull(calendar, "calendar");
        return switch (unit) {
            case WORKING_DAYS -> new WorkingDays(calendar).addWorkingDays(assignedOn, amount);
            case CALENDAR_DAYS -> WorkingDays.addCalendarDays(assignedOn, amount);
            case MONTHS -> WorkingDays.addMonths(assignedOn, amount);
            case END_OF_YEAR -> LocalDate.of(assignedOn.getYear(), 12, 31);
        };
    }

    /** The rule in the office's words: "15 个工作日", "60 天", "3 个月", "当年年底". */
    public String describe() {
        String count = String.valueOf(amount);
        return switch (unit) {
            case WORKING_DAYS -> Messages.get("calendar.rule.workingDays", count);
            case CALENDAR_DAYS -> Messages.get("calendar.rule.calendarDays", count);
            case MONTHS -> Messages.get("calendar.rule.months", count);
            case END_OF_YEAR -> Messages.get("calendar.rule.endOfYear");
        };
    }

    /**
     * Reads what an officer types: "15个工作日", "15 个工作日", "15工作日", "15个工作日内",
     * "60天", "60 天", "60日", "60个自然日", "3个月", "三个月", "两个月", "十五个工作日", "年底",
     * with full-width digits and spaces and surrounding spaces allowed. "3月" is refused because it
     * reads as March. Anything else, or an amount outside 1..{@value #MAX_AMOUNT}, is empty.
     */
    public static Optional<DeadlineRule> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String typed = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (END_OF_YEAR_WORDS.contains(typed.replaceAll("\\s+", ""))) {
            return Optional.of(endOfYear());
        }
        Matcher matcher = TYPED_RULE.matcher(typed);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        OptionalInt amount = number(matcher.group(1));
        boolean withMeasureWord = matcher.group(2) != null;
        DeadlineUnit unit = switch (matcher.group(3)) {
            case "工作日" -> DeadlineUnit.WORKING_DAYS;
            case "自然日" -> DeadlineUnit.CALENDAR_DAYS;
            // "15 个天" is not how anyone writes it; refusing it keeps typos visible.
            case "天", "日" -> withMeasureWord ? null : DeadlineUnit.CALENDAR_DAYS;
            // Without 个, "3月" is the month of March, not three months.
            case "月" -> withMeasureWord ? DeadlineUnit.MONTHS : null;
            default -> null;
        };
        if (amount.isEmpty() || unit == null || amount.getAsInt() < 1 || amount.getAsInt() > MAX_AMOUNT) {
            return Optional.empty();
        }
        return Optional.of(new DeadlineRule(amount.getAsInt(), unit));
    }

    /** Digits, or a Chinese numeral from 一 to 九十九, or 两. */
    private static OptionalInt number(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return OptionalInt.of(Integer.parseInt(text));
        }
        if (text.equals("两")) {
            return OptionalInt.of(2);
        }
        Matcher numeral = CHINESE_NUMBER.matcher(text);
        if (!numeral.matches()) {
            return OptionalInt.empty();
        }
        String leading = numeral.group(1);
        boolean hasTen = numeral.group(2) != null;
        String trailing = numeral.group(3);
        if (!hasTen) {
            // A lone digit; "三五" (two digits, no 十) is not a number an officer writes.
            return leading != null && trailing == null ? OptionalInt.of(digit(leading)) : OptionalInt.empty();
        }
        int tens = leading == null ? 1 : digit(leading);
        int units = trailing == null ? 0 : digit(trailing);
        return OptionalInt.of(tens * 10 + units);
    }

    private static int digit(String chineseDigit) {
        return CHINESE_DIGITS.indexOf(chineseDigit) + 1;
    }
}
