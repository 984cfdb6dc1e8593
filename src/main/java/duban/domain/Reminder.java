package duban.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One 催办 of an item. */
public record Reminder(long id, long itemId, LocalDate remindedOn, ReminderMethod method, ReminderLevel level,
                       String note, OffsetDateTime createdAt) {
}
