package duban.workflow;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A 办理进展 as the progress dialog collected it, trimmed and valid, for
 * {@code WorkflowStore.addReport(item.id(), reportedOn, reporter, content)}.
 */
public record ReportInput(LocalDate reportedOn, String reporter, String content) {

    public ReportInput {
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(content, "content");
    }
}
