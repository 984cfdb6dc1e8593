package duban.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One 办理进展: what the unit reported, when and who reported it. */
public record ProgressReport(long id, long itemId, LocalDate reportedOn, String reporter, String content,
                             OffsetDateTime createdAt) {
}
