package duban.workflow;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A 延期 as the extension dialog collected it, trimmed and valid, for
 * {@code WorkflowStore.extend(item.id(), item.version(), newDeadline, reason, approver, approvedOn)}.
 */
public record ExtensionInput(LocalDate newDeadline, String reason, String approver, LocalDate approvedOn) {

    public ExtensionInput {
        Objects.requireNonNull(newDeadline, "newDeadline");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(approvedOn, "approvedOn");
    }
}
