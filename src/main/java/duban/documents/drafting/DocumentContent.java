package duban.documents.drafting;

import duban.domain.Item;
import duban.domain.Reminder;
import duban.domain.ReminderLevel;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.documents.DocumentKind;
import duban.domain.documents.IssuedDocument;
import duban.domain.documents.Letterhead;
import duban.domain.office.OfficeSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What one document states, before it is put into its template. */
public sealed interface DocumentContent {

    DocumentKind kind();

    Letterhead letterhead();

    /**
     * A 督办通知单 for one item.
     *
     * @param settings the office's rules: the 办理时限 rule and the reporting cadence the notice states
     */
    record Notice(Item item, IssuedDocument issued, Letterhead letterhead, OfficeSettings settings)
            implements DocumentContent {
        public Notice {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(issued, "issued");
            Objects.requireNonNull(letterhead, "letterhead");
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public DocumentKind kind() {
            return DocumentKind.NOTICE;
        }
    }

    /**
     * A 催办单 in the colour of {@code level}.
     *
     * @param previous    the item's reminders before this one, oldest first
     * @param requirement what the unit must do (the reminder's note, or the usual wording)
     * @param requiredBy  by when
     * @param today       the day it is issued, against which days overdue and reports missed count
     */
    record ReminderNotice(Item item, IssuedDocument issued, ReminderLevel level, List<Reminder> previous,
                          String requirement, LocalDate requiredBy, Letterhead letterhead,
                          OfficeSettings settings, LocalDate today) implements DocumentContent {
        public ReminderNotice {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(issued, "issued");
            Objects.requireNonNull(level, "level");
            previous = List.copyOf(previous);
            Objects.requireNonNull(letterhead, "letterhead");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(today, "today");
        }

        @Override
        public DocumentKind kind() {
            return DocumentKind.REMINDER_NOTICE;
        }
    }

    /** A 督查通报 over the figures of a period. */
    record Bulletin(BulletinFigures figures, Letterhead letterhead, LocalDate issuedOn) implements DocumentContent {
        public Bulletin {
            Objects.requireNonNull(figures, "figures");
            Objects.requireNonNull(letterhead, "letterhead");
            Objects.requireNonNull(issuedOn, "issuedOn");
        }

        @Override
        public DocumentKind kind() {
            return DocumentKind.BULLETIN;
        }
    }
}
