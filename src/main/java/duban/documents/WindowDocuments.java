package duban.documents;

import duban.documents.drafting.DocumentContent;
import duban.documents.drafting.DocumentDrafter;
import duban.domain.Item;
import duban.domain.Reminder;
import duban.domain.ReminderLevel;
import duban.domain.documents.DocumentKind;
import duban.domain.documents.IssuedDocument;
import duban.domain.documents.Letterhead;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.BackgroundJob;
import duban.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The documents windows the board opens: 生成督办通知单 (a card, or every item without one), 督查通报,
 * 文书设置, and the 催办单 a 催办 by 督办单 numbers and offers to save. Store work runs on
 * {@code store}, drafting on {@code drafting}.
 */
public final class WindowDocuments {

    /** Days a unit is given to answer a 催办单 whose item is already past its deadline. */
    static final int DAYS_TO_ANSWER_WHEN_OVERDUE = 5;

    private final DocumentDesk desk;
    private final TaskRunner store;
    private final DocumentDrafter drafter;
    private final Executor drafting;
    private final Consumer<Runnable> fxThread;
    private final Clock clock;
    private final Supplier<String> readOnlyReason;
    private final Consumer<String> tell;
    private final TemplateFilePicker files;

    /**
     * @param drafting       where documents are drafted (one background thread)
     * @param fxThread       how the drafting's progress and outcome reach the FX thread
     * @param readOnlyReason why the data cannot be changed now, or {@code null} when it can
     * @param tell           shows a message in the board's message bar
     */
    public WindowDocuments(DocumentDesk desk, TaskRunner store, DocumentDrafter drafter, Executor drafting,
                           Consumer<Runnable> fxThread, Clock clock, Supplier<String> readOnlyReason,
                           Consumer<String> tell, TemplateFilePicker files) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.store = Objects.requireNonNull(store, "store");
        this.drafter = Objects.requireNonNull(drafter, "drafter");
        this.drafting = Objects.requireNonNull(drafting, "drafting");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.readOnlyReason = Objects.requireNonNull(readOnlyReason, "readOnlyReason");
        this.tell = Objects.requireNonNull(tell, "tell");
        this.files = Objects.requireNonNull(files, "files");
    }

    private BackgroundJob newJob() {
        return new BackgroundJob(drafting, fxThread);
    }

    /** 生成督办通知单… for {@code items}. */
    public void draftNotices(Window owner, List<Item> items) {
        NoticeView.show(owner, new NoticeViewModel(items, desk, store, drafter, newJob(), clock));
    }

    /** 督办通知单（未发）…: every open item on the board without a 督办通知单 yet, or a message that there is none. */
    public void draftPendingNotices(Window owner) {
        store.run(() -> desk.itemsWithoutNotice(), items -> {
            if (items.isEmpty()) {
                tell.accept(Messages.get("documents.notice.noneWithout"));
            } else {
                draftNotices(owner, items);
            }
        }, failure -> tell.accept(Messages.get("documents.readFailed", FailureText.describe(failure))));
    }

    /** 督查通报…. */
    public void openBulletin(Window owner) {
        BulletinView.show(owner, new BulletinViewModel(desk, store, drafter, newJob(), clock));
    }

    /** 文书设置…: read-only opens show it without changes. */
    public void openSettings(Window owner) {
        TemplateSettingsView.show(owner, new TemplateSettingsViewModel(desk, store, drafter, readOnlyReason.get()),
                files);
    }

    /**
     * The write of a 催办 by 督办单, for the board to run on the store thread: records the reminder and
     * numbers its 催办单 in one transaction, then offers (on the FX thread) to save the 催办单. Returns
     * the item as saved.
     */
    public Callable<Item> reminderNotice(Window owner, Item item, LocalDate remindedOn, ReminderLevel level,
                                         String note) {
        return () -> {
            Letterhead letterhead = desk.letterhead();
            IssuedDocument issued = desk.issueReminderNotice(item.id(), remindedOn, level, note,
                    letterhead.reminderPrefix());
            Item saved = desk.item(item.id());
            List<Reminder> previous = desk.reminders(item.id()).stream()
                    .filter(reminder -> !Objects.equals(reminder.id(), issued.reminderId())).toList();
            LocalDate requiredBy = saved.currentDeadline().isAfter(remindedOn) ? saved.currentDeadline()
                    : remindedOn.plusDays(DAYS_TO_ANSWER_WHEN_OVERDUE);
            String requirement = note != null && !note.isBlank() ? note
                    : Messages.get("documents.reminder.requirement", requiredBy.toString());
            DocumentContent.ReminderNotice content = new DocumentContent.ReminderNotice(saved, issued, level, previous,
                    requirement, requiredBy, letterhead, desk.settings(), remindedOn);
            byte[] template = desk.templateBytes(DocumentKind.REMINDER_NOTICE);
            fxThread.accept(() -> ReminderNoticeView.show(owner,
                    new ReminderNoticeViewModel(content, template, drafter, newJob())));
            return saved;
        };
    }
}
