package duban.domain.feedback;

import duban.i18n.Messages;
import java.util.List;
import java.util.Optional;

/**
 * What importing a returned 反馈表 would do, row by row. The rule: problem rows are shown and left
 * out, the officer confirms the rest; with no importable row there is nothing to do.
 */
public record FeedbackPreview(ReturnedForm form, List<FeedbackLine> lines) {

    public FeedbackPreview {
        lines = List.copyOf(lines);
    }

    /** The rows the import writes. */
    public List<FeedbackLine> importable() {
        return lines.stream().filter(line -> line.verdict() == FeedbackVerdict.IMPORT).toList();
    }

    /** The rows left out because of a problem. */
    public List<FeedbackLine> problems() {
        return lines.stream().filter(line -> line.verdict().isProblem()).toList();
    }

    /** How many rows have {@code verdict}. */
    public int count(FeedbackVerdict verdict) {
        return (int) lines.stream().filter(line -> line.verdict() == verdict).count();
    }

    /** The row of sheet row {@code rowNumber}, if the form has it. */
    public Optional<FeedbackLine> line(int rowNumber) {
        return lines.stream().filter(line -> line.entry().rowNumber() == rowNumber).findFirst();
    }

    /** One Chinese sentence: how many rows of which kind. */
    public String summary() {
        int moves = (int) importable().stream().filter(FeedbackLine::requestsClose).count();
        return Messages.get("feedback.preview.summary", form.unitName(), String.valueOf(lines.size()),
                String.valueOf(count(FeedbackVerdict.IMPORT)), String.valueOf(moves),
                String.valueOf(count(FeedbackVerdict.NOT_FILLED)), String.valueOf(count(FeedbackVerdict.ALREADY_IMPORTED)),
                String.valueOf(problems().size()));
    }
}
