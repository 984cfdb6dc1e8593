package duban.documents.drafting;

import com.deepoove.poi.data.Charts;
import com.deepoove.poi.data.Texts;
import duban.domain.Category;
import duban.domain.Item;
import duban.domain.Rate;
import duban.domain.ReminderLevel;
import duban.domain.ReportCadence;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitRow;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.domain.calendar.DeadlineRule;
import duban.domain.documents.Letterhead;
import duban.i18n.Messages;
import duban.ui.print.DateWords;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What each placeholder of a document is filled with: {@link DocumentContent} turned into poi-tl's
 * data, keyed by the tags of {@link DocumentPlaceholder}. Texts are as a 公文 writes them: dates as
 * 2026年12月5日, rates as 62.5% (a dash when undefined), counts stated plainly, 本期无 where none.
 */
final class DocumentData {

    /** The colours of the 督办单, as the office's paper ones: blue, amber, red. */
    private static final Map<ReminderLevel, String> LEVEL_COLOURS = Map.of(
            ReminderLevel.BLUE, "0070C0", ReminderLevel.YELLOW, "E69500", ReminderLevel.RED, "FF0000");

    /** The characters of 二号 (22 pt) on the 156 mm line of the text area. */
    private static final int TITLE_LINE = 20;

    private DocumentData() {
    }

    static Map<String, Object> of(DocumentContent content) {
        if (content instanceof DocumentContent.Notice notice) {
            return notice(notice);
        }
        if (content instanceof DocumentContent.ReminderNotice reminder) {
            return reminder(reminder);
        }
        return bulletin((DocumentContent.Bulletin) content);
    }

    static String date(LocalDate date) {
        return date == null ? "—" : DateWords.of(date);
    }

    private static Map<String, Object> common(Letterhead letterhead, LocalDate issuedOn) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("heading", letterhead.heading());
        data.put("signature", letterhead.signature());
        data.put("contact", letterhead.contact());
        data.put("issuedOn", date(issuedOn));
        return data;
    }

    private static Map<String, Object> notice(DocumentContent.Notice notice) {
        Item item = notice.item();
        Map<String, Object> data = common(notice.letterhead(), notice.issued().issuedOn());
        data.put("number", notice.issued().numberText(notice.letterhead().noticePrefix()));
        data.put("title", item.title());
        data.put("details", item.details().isBlank() ? item.title() : item.details().strip());
        data.put("source", item.source() == null ? Messages.get("document.unstated") : item.source().label());
        data.put("category", item.category() == null ? Messages.get("document.unstated") : item.category().label());
        data.put("assignedOn", date(item.assignedOn()));
        data.put("deadline", date(item.deadline()));
        data.put("deadlineRule", deadlineRule(item, notice));
        data.put("leadUnit", item.leadUnit().name());
        data.put("assistUnits", item.assistUnits().isEmpty() ? Messages.get("document.none")
                : item.assistUnits().stream().map(Unit::name).collect(Collectors.joining("、")));
        data.put("owner", orByLeadUnit(item.owner()));
        data.put("leader", orByLeadUnit(item.leader()));
        Category category = item.category() == null ? Category.ROUTINE : item.category();
        data.put("reporting", Messages.get("document.notice.reporting",
                notice.settings().cadenceFor(category).describe()));
        return data;
    }

    /** Where the 办理时限 came from: the default rule, or the officer's choice at 交办 when it differs. */
    private static String deadlineRule(Item item, DocumentContent.Notice notice) {
        if (item.source() == null || item.category() == null) {
            return Messages.get("document.notice.ruleUnknown");
        }
        DeadlineRule rule = notice.settings().limits().ruleFor(item.source(), item.category());
        String source = item.source().label();
        String category = item.category().label();
        boolean followsRule;
        try {
            followsRule = item.assignedOn() != null
                    && rule.apply(item.assignedOn(), notice.settings().holidayCalendar()).equals(item.deadline());
        } catch (RuntimeException outsideCalendar) {
            followsRule = false; // a working-day count beyond the calendar: the officer set the date
        }
        return Messages.get(followsRule ? "document.notice.ruleDefault" : "document.notice.ruleSetAtAssignment",
                source, category, rule.describe());
    }

    private static String orByLeadUnit(String name) {
        return name == null || name.isBlank() ? Messages.get("document.byLeadUnit") : name.strip();
    }

    private static Map<String, Object> reminder(DocumentContent.ReminderNotice reminder) {
        Item item = reminder.item();
        LocalDate today = reminder.today();
        Map<String, Object> data = common(reminder.letterhead(), reminder.issued().issuedOn());
        data.put("number", reminder.issued().numberText(reminder.letterhead().reminderPrefix()));
        data.put("levelTitle", Texts.of(reminder.level().label()).color(LEVEL_COLOURS.get(reminder.level()))
                .fontFamily(OfficialDocx.TITLE_FONT).fontSize(OfficialDocx.TITLE_SIZE).create());
        data.put("title", item.title());
        data.put("leadUnit", item.leadUnit().name());
        data.put("assignedOn", date(item.assignedOn()));
        data.put("originalDeadline", date(item.deadline()));
        data.put("currentDeadline", date(item.currentDeadline()));
        long late = ChronoUnit.DAYS.between(item.currentDeadline(), today);
        data.put("deadlineStatus", late > 0 ? Messages.get("document.reminder.overdue", String.valueOf(late))
                : late == 0 ? Messages.get("document.reminder.dueToday")
                : Messages.get("document.reminder.daysLeft", String.valueOf(-late)));
        ReportCadence cadence = reminder.settings().cadenceFor(item.category() == null ? Category.ROUTINE : item.category());
        long behind = cadence.daysBehind(item, today);
        data.put("reportingStatus", behind > 0
                ? Messages.get("document.reminder.reportsBehind", String.valueOf(behind), cadence.describe())
                : Messages.get("document.reminder.reportsOnTime"));
        data.put("previousSummary", reminder.previous().isEmpty() ? Messages.get("document.reminder.previousNone")
                : Messages.get("document.reminder.previousSome", String.valueOf(reminder.previous().size())));
        List<Map<String, String>> previous = new ArrayList<>();
        reminder.previous().forEach(earlier -> previous.add(Map.of(
                "date", date(earlier.remindedOn()),
                "method", earlier.method() == null ? "—" : earlier.method().label(),
                "level", earlier.level() == null ? "—" : earlier.level().label(),
                "note", earlier.note() == null ? "" : earlier.note())));
        if (previous.isEmpty()) {
            // The table's header alone would read as a form left blank: it says there was none.
            previous.add(Map.of("date", "—", "method", "—", "level", "—",
                    "note", Messages.get("document.reminder.previousNone")));
        }
        data.put("previous", previous);
        data.put("requirement", reminder.requirement() == null || reminder.requirement().isBlank()
                ? Messages.get("document.reminder.requirement") : reminder.requirement().strip());
        data.put("requiredBy", date(reminder.requiredBy() != null ? reminder.requiredBy() : today.plusDays(3)));
        return data;
    }

    private static Map<String, Object> bulletin(DocumentContent.Bulletin bulletin) {
        BulletinFigures figures = bulletin.figures();
        Map<String, Object> data = common(bulletin.letterhead(), bulletin.issuedOn());
        String period = periodText(figures.period());
        String scope = scopeText(figures.source());
        data.put("bulletinTitle", title(period));
        data.put("period", period);
        data.put("scope", scope);
        data.put("overview", overview(figures, period, scope));
        List<Map<String, String>> ranking = new ArrayList<>();
        for (UnitRow row : figures.ranking().rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("rank", String.valueOf(row.rank()));
            cells.put("unit", row.unit().name());
            cells.put("total", String.valueOf(row.tally().total()));
            cells.put("closed", String.valueOf(row.tally().closed()));
            cells.put("completion", row.tally().completionRate().percentText());
            cells.put("onTime", row.tally().onTimeRate().percentText());
            cells.put("overdue", String.valueOf(row.tally().overdue()));
            cells.put("dueSoon", String.valueOf(row.tally().dueSoon()));
            ranking.add(cells);
        }
        data.put("ranking", ranking);
        data.put("commended", figures.commended().isEmpty() ? Messages.get("document.bulletin.commendedNone")
                : Messages.get("document.bulletin.commended",
                figures.commended().stream().map(Unit::name).collect(Collectors.joining("、"))));
        data.put("named", named(figures));
        data.put("completionChart", completionChart(figures));
        data.put("trendChart", trendChart(figures));
        return data;
    }

    /**
     * 关于…的通报; when longer than a line of the 二号 title holds, broken before 督办事项 so that
     * neither Word nor the PDF leaves one character alone on the second line.
     */
    static String title(String period) {
        String title = Messages.get("document.bulletin.title", period);
        return title.codePointCount(0, title.length()) <= TITLE_LINE
                ? title : Messages.get("document.bulletin.titleTwoLines", period);
    }

    static String periodText(ReportPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        return switch (period.kind()) {
            case QUARTER -> Messages.get("document.bulletin.quarter", String.valueOf(from.getYear()),
                    "一二三四".substring((from.getMonthValue() - 1) / 3, (from.getMonthValue() - 1) / 3 + 1));
            case MONTH -> Messages.get("document.bulletin.month", String.valueOf(from.getYear()),
                    String.valueOf(from.getMonthValue()));
            case WEEK, CUSTOM -> rangeText(from, to);
        };
    }

    /** 2026年12月1日至7日, 2026年11月28日至12月4日, 2025年12月29日至2026年1月4日. */
    private static String rangeText(LocalDate from, LocalDate to) {
        String end;
        if (from.getYear() != to.getYear()) {
            end = date(to);
        } else if (from.getMonthValue() != to.getMonthValue()) {
            end = to.getMonthValue() + "月" + to.getDayOfMonth() + "日";
        } else {
            end = to.getDayOfMonth() + "日";
        }
        return from.equals(to) ? date(from) : Messages.get("document.bulletin.range", date(from), end);
    }

    private static String scopeText(Source source) {
        return source == null ? Messages.get("document.bulletin.allSources")
                : Messages.get("document.bulletin.oneSource", source.label());
    }

    private static String overview(BulletinFigures figures, String period, String scope) {
        BulletinFigures.Overview overview = figures.overview();
        if (overview.inScope() == 0) {
            return Messages.get("document.bulletin.overviewEmpty", period, scope);
        }
        String overdue = overview.overdue() == 0 ? Messages.get("document.bulletin.overdueNone")
                : Messages.get("document.bulletin.overdue", String.valueOf(overview.overdue()));
        String dueSoon = overview.dueSoon() == 0 ? Messages.get("document.bulletin.dueSoonNone")
                : Messages.get("document.bulletin.dueSoon", String.valueOf(overview.dueSoon()));
        return Messages.get("document.bulletin.overview", period, scope, String.valueOf(overview.inScope()),
                String.valueOf(overview.newInPeriod()), String.valueOf(overview.closedInPeriod()), date(figures.asOf()),
                overview.completion().percentText(), change(overview.completion(), overview.previousCompletion()),
                overview.onTime().percentText(), change(overview.onTime(), overview.previousOnTime()), overdue, dueSoon);
    }

    /** The change from the previous period in percentage points, one decimal, as the rates are shown. */
    static String change(Rate now, Rate before) {
        if (!now.isDefined() || before == null || !before.isDefined()) {
            return Messages.get("document.bulletin.change.none");
        }
        BigDecimal points = percent(now).subtract(percent(before));
        int sign = points.signum();
        String amount = points.abs().toPlainString();
        return sign > 0 ? Messages.get("document.bulletin.change.up", amount)
                : sign < 0 ? Messages.get("document.bulletin.change.down", amount)
                : Messages.get("document.bulletin.change.same");
    }

    /** The percentage exactly as {@link Rate#percentText()} rounds it, so the points add up with the text. */
    static BigDecimal percent(Rate rate) {
        return BigDecimal.valueOf(rate.numerator() * 100L)
                .divide(BigDecimal.valueOf(rate.denominator()), 1, RoundingMode.HALF_UP);
    }

    /**
     * How many of a unit's overdue items the 通报 names one by one: a 通报 is read in a meeting, the
     * rest are in the 督办台账 (a large office's quarter would otherwise list thousands, 100 pages).
     */
    static final int NAMED_ITEMS_LISTED = 5;

    private static String named(BulletinFigures figures) {
        if (figures.named().isEmpty()) {
            return Messages.get("document.bulletin.namedNone");
        }
        StringBuilder text = new StringBuilder(Messages.get("document.bulletin.named", date(figures.asOf())));
        int number = 1;
        for (BulletinFigures.NamedUnit named : figures.named()) {
            // The most overdue first, as the figures list them; beyond a few the 通报 points to the ledger.
            List<Item> overdue = named.overdueItems();
            String items = overdue.stream().limit(NAMED_ITEMS_LISTED)
                    .map(item -> Messages.get("document.bulletin.namedItem", item.title(), date(item.currentDeadline())))
                    .collect(Collectors.joining("；"));
            if (overdue.size() > NAMED_ITEMS_LISTED) {
                items += Messages.get("document.bulletin.namedMore", String.valueOf(overdue.size() - NAMED_ITEMS_LISTED));
            }
            // A line break keeps one paragraph; two ideographic spaces indent each unit as a paragraph of its own.
            text.append("\n\u3000\u3000").append(Messages.get("document.bulletin.namedUnit", String.valueOf(number++),
                    named.unit().name(), String.valueOf(named.overdueItems().size()), items));
        }
        return text.toString();
    }

    private static Object completionChart(BulletinFigures figures) {
        List<UnitRow> rows = figures.ranking().rows();
        String[] units = rows.isEmpty() ? new String[]{Messages.get("document.none")}
                : rows.stream().map(row -> row.unit().name()).toArray(String[]::new);
        Number[] rates = rows.isEmpty() ? new Number[]{0.0}
                : rows.stream().map(row -> chartPercent(row.tally().completionRate())).toArray(Number[]::new);
        return Charts.ofBar(Messages.get("document.bulletin.chart.completion"), units)
                .addSeries(Messages.get("document.bulletin.series.completion"), rates).create();
    }

    private static Object trendChart(BulletinFigures figures) {
        List<BulletinFigures.WeekPoint> weeks = figures.weeks();
        if (weeks.isEmpty()) {
            weeks = List.of(new BulletinFigures.WeekPoint(figures.asOf(), 0, 0, 0));
        }
        String[] labels = weeks.stream().map(week -> Messages.get("document.bulletin.week",
                String.valueOf(week.weekEnd().getMonthValue()), String.valueOf(week.weekEnd().getDayOfMonth())))
                .toArray(String[]::new);
        return Charts.ofLine(Messages.get("document.bulletin.chart.trend"), labels)
                .addSeries(Messages.get("document.bulletin.series.completion"),
                        weeks.stream().map(week -> chartPercent(week.completion())).toArray(Number[]::new))
                .addSeries(Messages.get("document.bulletin.series.open"),
                        weeks.stream().map(week -> (Number) week.open()).toArray(Number[]::new))
                .addSeries(Messages.get("document.bulletin.series.overdue"),
                        weeks.stream().map(week -> (Number) week.overdue()).toArray(Number[]::new))
                .create();
    }

    /** A rate as the chart's value, in percent with one decimal; 0 when undefined (a chart has no dash). */
    static Double chartPercent(Rate rate) {
        return rate.isDefined() ? percent(rate).doubleValue() : 0.0;
    }
}
