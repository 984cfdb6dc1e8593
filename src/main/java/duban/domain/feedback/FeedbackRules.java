package duban.domain.feedback;

import duban.domain.Item;
import duban.domain.ProgressReport;
import duban.i18n.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what becomes of each row of a returned 反馈表, against the database as it is: the rules
 * the preview shows and the import checks again inside its transaction.
 */
public final class FeedbackRules {

    private FeedbackRules() {
    }

    /** A progress report as far as "the same report" goes: the item, who reported and what. */
    public record ReportKey(long itemId, String reporter, String content) {

        /** The key of a report already stored. */
        public static ReportKey of(ProgressReport report) {
            return new ReportKey(report.itemId(), report.reporter().strip(), report.content().strip());
        }
    }

    /** The item id a 事项编号 cell names, if it is a number at all (Excel may show 12 as 12.0). */
    public static Optional<Long> itemId(String itemNumber) {
        String text = itemNumber.strip();
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The preview of {@code form} in the database whose identity is {@code databaseId}, holding
     * {@code items} (by id: at least those the form names that exist) and the reports {@code reports}
     * of those items.
     */
    public static FeedbackPreview check(ReturnedForm form, String databaseId, Map<Long, Item> items,
                                        Collection<ProgressReport> reports) {
        Set<ReportKey> seen = new HashSet<>();
        reports.forEach(report -> seen.add(ReportKey.of(report)));
        boolean otherDatabase = !form.databaseId().equals(databaseId);
        List<FeedbackLine> lines = new ArrayList<>();
        for (FeedbackEntry entry : form.entries()) {
            lines.add(line(form, entry, otherDatabase, items, seen));
        }
        return new FeedbackPreview(form, lines);
    }

    private static FeedbackLine line(ReturnedForm form, FeedbackEntry entry, boolean otherDatabase,
                                     Map<Long, Item> items, Set<ReportKey> seen) {
        Item item = itemId(entry.itemNumber()).map(items::get).orElse(null);
        Long id = item == null ? null : item.id();
        String title = item == null ? "" : item.title();
        int version = item == null ? 0 : item.version();
        if (otherDatabase) {
            return problem(entry, FeedbackVerdict.OTHER_DATABASE, null, "",
                    Messages.get("feedback.problem.OTHER_DATABASE", form.unitName()));
        }
        if (!entry.isFilled() && entry.closeRequestValid()) {
            return new FeedbackLine(entry, FeedbackVerdict.NOT_FILLED, "", id, title, version, "", "");
        }
        if (!entry.closeRequestValid()) {
            return problem(entry, FeedbackVerdict.BAD_CLOSE_REQUEST, id, title,
                    Messages.get("feedback.problem.BAD_CLOSE_REQUEST", entry.closeRequest()));
        }
        if (item == null) {
            return problem(entry, FeedbackVerdict.UNKNOWN_ITEM, null, "", entry.itemNumber().isEmpty()
                    ? Messages.get("feedback.problem.noItemNumber")
                    : Messages.get("feedback.problem.UNKNOWN_ITEM", entry.itemNumber()));
        }
        if (item.withdrawn()) {
            return problem(entry, FeedbackVerdict.WITHDRAWN, id, title, Messages.get("feedback.problem.WITHDRAWN"));
        }
        if (item.status().isClosed()) {
            return problem(entry, FeedbackVerdict.CLOSED, id, title, Messages.get("feedback.problem.CLOSED"));
        }
        if (item.leadUnit().id() != form.unitId()) {
            return problem(entry, FeedbackVerdict.OTHER_UNIT, id, title,
                    Messages.get("feedback.problem.OTHER_UNIT", item.leadUnit().name()));
        }
        String reporter = entry.contact().isEmpty() ? form.unitName() : entry.contact();
        String content = content(entry);
        if (!seen.add(new ReportKey(id, reporter, content))) {
            return new FeedbackLine(entry, FeedbackVerdict.ALREADY_IMPORTED, "", id, title, version, reporter, content);
        }
        return new FeedbackLine(entry, FeedbackVerdict.IMPORT, "", id, title, version, reporter, content);
    }

    /** The report's text: 办理进展, then 完成情况 and a 申请办结 on lines of their own. */
    static String content(FeedbackEntry entry) {
        List<String> lines = new ArrayList<>();
        if (!entry.progress().isEmpty()) {
            lines.add(entry.progress());
        }
        if (!entry.completion().isEmpty()) {
            lines.add(Messages.get("feedback.content.completion", entry.completion()));
        }
        if (entry.requestsClose()) {
            lines.add(Messages.get("feedback.content.closeRequest"));
        }
        return String.join("\n", lines);
    }

    private static FeedbackLine problem(FeedbackEntry entry, FeedbackVerdict verdict, Long id, String title,
                                        String problem) {
        return new FeedbackLine(entry, verdict, problem, id, title, 0, "", "");
    }
}
