package duban.ledger.importing;

import duban.domain.Category;
import duban.domain.Status;
import duban.domain.importing.ImportBasis;
import duban.domain.importing.ImportedState;
import duban.i18n.Messages;
import duban.ui.forms.DateText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where an item stands, read from the columns a ledger we exported carries (状态, 办结日期, 办结情况,
 * the latest 办理进展), so that the ledger imported again brings closed items back closed. What
 * cannot be taken over is said in the row's notes with what the import does instead: a 办结销号 row
 * without its 办结日期 or 办结情况 goes to 待反馈, to be crossed off on the board; an unknown 状态 is
 * a problem of the row, as an unknown 督办类别 is.
 */
final class ImportedStates {

    /** 2026-11-20: what was reported, as the ledger writes the latest 办理进展 (a full-width colon too). */
    private static final Pattern DATED = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})\\s*[:：]\\s*(.*)", Pattern.DOTALL);
    /** The withdrawal's reason in the ledger's 备注: 撤销原因: … up to the next remark. */
    private static final Pattern WITHDRAWN_REASON = Pattern.compile("撤销原因\\s*[:：]\\s*([^;；]+)");
    /** What separates the column from the deadline state in 办理中·逾期. */
    private static final Pattern STATE_SEPARATOR = Pattern.compile("[·・•]");
    private static final Map<String, Status> STATUS_ALIASES = Map.of(
            "已办结", Status.CLOSED,
            "办结", Status.CLOSED,
            "已销号", Status.CLOSED,
            "在办", Status.IN_PROGRESS,
            "正在办理", Status.IN_PROGRESS,
            "已交办", Status.ASSIGNED);

    private ImportedStates() {
    }

    /** What the import assumes for the whole file about where its items stand. */
    static List<String> fileNotes(Set<ImportColumn> columns) {
        List<String> notes = new ArrayList<>();
        if (columns.contains(ImportColumn.STATUS) && !columns.contains(ImportColumn.CLOSING_NOTE)) {
            notes.add(Messages.get("import.fileNote.noClosingNote"));
        }
        return notes;
    }

    /**
     * Where the row's item stands; what cannot be taken over goes to {@code notes}, an unknown
     * 状态 or a 办结日期 that is no date to {@code problems}.
     */
    static ImportedState read(SheetRow row, ImportBasis basis, Category category, LocalDate assignedOn,
                              LocalDate today, List<String> problems, List<String> notes) {
        String written = row.text(ImportColumn.STATUS);
        String word = STATE_SEPARATOR.split(written.replaceAll("[\\s\\u3000]+", ""), 2)[0];
        Status status = Status.ASSIGNED;
        String withdrawnReason = null;
        if (word.equals(Messages.get("ledger.status.withdrawn"))) {
            Matcher reason = WITHDRAWN_REASON.matcher(row.text(ImportColumn.REMARKS));
            withdrawnReason = reason.find() ? reason.group(1).strip() : Messages.get("import.state.withdrawnNoReason");
            notes.add(Messages.get("import.state.withdrawn", withdrawnReason));
        } else if (!word.isEmpty()) {
            Optional<Status> known = status(word);
            if (known.isEmpty()) {
                problems.add(Messages.get("import.problem.unknownStatus", written, String.join("、",
                        Stream.concat(Stream.of(Status.values()).map(Status::label),
                                Stream.of(Messages.get("ledger.status.withdrawn"))).toList())));
                return ImportedState.NEW;
            }
            status = known.get();
        }

        ImportCell closedCell = row.cell(ImportColumn.CLOSED_ON);
        LocalDate closedOn = ImportPreview.date(closedCell, ImportColumn.CLOSED_ON, problems);
        String closingNote = row.text(ImportColumn.CLOSING_NOTE);
        if (status.isClosed()) {
            String notClosed = whyNotClosed(closedCell, closedOn, closingNote, basis, category, assignedOn, today);
            if (notClosed != null) {
                notes.add(Messages.get("import.state.notClosed", notClosed));
                status = Status.AWAITING_FEEDBACK;
            } else {
                notes.add(Messages.get("import.state.closedAs", status.label(), closedOn.toString()));
            }
        } else {
            if (closedOn != null) {
                notes.add(Messages.get("import.state.closedOnIgnored", closedOn.toString()));
            }
            if (status != Status.ASSIGNED) {
                notes.add(Messages.get("import.state.as", status.label()));
            }
        }
        boolean closes = status.isClosed();

        LocalDate progressOn = null;
        String progress = null;
        String progressText = row.text(ImportColumn.PROGRESS);
        if (!progressText.isEmpty()) {
            Matcher dated = DATED.matcher(progressText);
            Optional<LocalDate> date = dated.matches() ? DateText.parse(dated.group(1)) : Optional.empty();
            progress = date.isPresent() ? dated.group(2).strip() : progressText;
            progressOn = date.orElse(null);
            if (progress.isEmpty()) {
                progress = null;
                progressOn = null;
            } else if (progressOn == null) {
                progressOn = today;
                notes.add(Messages.get("import.state.progressUndated", today.toString()));
            } else if (progressOn.isAfter(today)) {
                notes.add(Messages.get("import.state.progressInFuture", progressOn.toString(), today.toString()));
                progressOn = today;
            }
        }
        return new ImportedState(status, written, closes ? closedOn : null, closes ? closingNote : null,
                withdrawnReason, progressOn, progress);
    }

    /** Why a 办结销号 row cannot come back crossed off, or {@code null} when it can. */
    private static String whyNotClosed(ImportCell closedCell, LocalDate closedOn, String closingNote, ImportBasis basis,
                                       Category category, LocalDate assignedOn, LocalDate today) {
        if (closedOn == null) {
            return closedCell.isBlank() ? Messages.get("import.state.why.noClosedOn")
                    : Messages.get("import.state.why.badClosedOn");
        }
        if (closedOn.isAfter(today)) {
            return Messages.get("import.state.why.closedInFuture", closedOn.toString());
        }
        if (assignedOn != null && closedOn.isBefore(assignedOn)) {
            return Messages.get("import.state.why.closedBeforeAssigned", closedOn.toString(), assignedOn.toString());
        }
        if (closingNote.isBlank()) {
            return Messages.get("import.state.why.noClosingNote");
        }
        if (basis.requiresEvidence(category)) {
            return Messages.get("import.state.why.evidence", category.label());
        }
        return null;
    }

    /** The column a 状态 word names: its label (办理中), its code (IN_PROGRESS) or a common synonym. */
    private static Optional<Status> status(String word) {
        for (Status status : Status.values()) {
            if (status.label().equals(word) || status.name().equalsIgnoreCase(word)) {
                return Optional.of(status);
            }
        }
        return Optional.ofNullable(STATUS_ALIASES.get(word));
    }
}
