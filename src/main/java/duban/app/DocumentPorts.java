package duban.app;

import duban.documents.DocumentDesk;
import duban.documents.WindowDocuments;
import duban.documents.drafting.TemplateDrafter;
import duban.domain.Item;
import duban.domain.Reminder;
import duban.domain.ReminderLevel;
import duban.domain.Source;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.domain.documents.DocumentKind;
import duban.domain.documents.DocumentTemplate;
import duban.domain.documents.IssuedDocument;
import duban.domain.documents.Letterhead;
import duban.domain.office.OfficeSettings;
import duban.store.Stores;
import duban.documents.TemplateFilePicker;
import duban.board.CardDocuments;
import duban.ui.TaskRunner;
import duban.workflow.WindowWorkflow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * The documents feature over the application's stores: its {@link DocumentDesk} port, the windows
 * the board's card menu and 文书 menu open, and the 催办单 the workflow's 催办 by 督办单 issues.
 */
final class DocumentPorts {

    private DocumentPorts() {
    }

    /** The documents port over {@code stores} (called on the store thread). */
    static DocumentDesk desk(Stores stores) {
        return new DocumentDesk() {
            @Override
            public Letterhead letterhead() {
                return stores.documents().letterhead();
            }

            @Override
            public void saveLetterhead(Letterhead letterhead) {
                stores.documents().saveLetterhead(letterhead);
            }

            @Override
            public OfficeSettings settings() {
                return stores.officeSettings().load();
            }

            @Override
            public List<IssuedDocument> issueNotices(List<Long> itemIds, LocalDate issuedOn, String prefix) {
                return stores.documents().issueNotices(itemIds, issuedOn, prefix);
            }

            @Override
            public List<IssuedDocument> issuedFor(long itemId) {
                return stores.documents().issuedFor(itemId);
            }

            @Override
            public IssuedDocument issueReminderNotice(long itemId, LocalDate remindedOn, ReminderLevel level,
                                                      String note, String prefix) {
                return stores.documents().issueReminderNotice(itemId, remindedOn, level, note, prefix);
            }

            @Override
            public List<Item> itemsWithoutNotice() {
                return stores.documents().itemsAwaitingNotice();
            }

            @Override
            public Item item(long itemId) {
                return stores.items().find(itemId);
            }

            @Override
            public List<Reminder> reminders(long itemId) {
                List<Reminder> oldestFirst = new ArrayList<>(stores.workflow().reminders(itemId));
                Collections.reverse(oldestFirst); // the store gives them newest first
                return oldestFirst;
            }

            @Override
            public Optional<DocumentTemplate> template(DocumentKind kind) {
                return stores.documents().template(kind);
            }

            @Override
            public void replaceTemplate(DocumentKind kind, String fileName, byte[] content) {
                stores.documents().replaceTemplate(kind, fileName, content);
            }

            @Override
            public void restoreBuiltInTemplate(DocumentKind kind) {
                stores.documents().restoreBuiltInTemplate(kind);
            }

            @Override
            public BulletinFigures figures(ReportPeriod period, Source source) {
                return stores.bulletins().figures(period, source);
            }
        };
    }

    /**
     * The documents windows over {@code stores}, drafting on a background thread of their own, and
     * the workflow's 催办 by 督办单 routed through them.
     *
     * @param readOnlyReason why the board cannot change the data now, or {@code null}
     * @param tell           the board's message bar
     */
    static WindowDocuments windows(Stores stores, TaskRunner storeThread, Clock clock, Supplier<String> readOnlyReason,
                                   Consumer<String> tell, WindowWorkflow workflow) {
        ExecutorService drafting = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "duban-drafting");
            thread.setDaemon(true);
            return thread;
        });
        WindowDocuments documents = new WindowDocuments(desk(stores), storeThread, new TemplateDrafter(), drafting,
                Platform::runLater, clock, readOnlyReason, tell, TemplateFilePicker.system());
        workflow.issueSupervisionNoticesWith((owner, item, input) -> documents.reminderNotice(owner, item,
                input.remindedOn(), input.level(), input.note()));
        return documents;
    }

    /** The board's card menu and 文书 menu, as the documents feature shows them. */
    static CardDocuments forBoard(WindowDocuments documents) {
        return new CardDocuments() {
            @Override
            public void draftNotices(Window owner, List<Item> items) {
                documents.draftNotices(owner, items);
            }

            @Override
            public void draftPendingNotices(Window owner) {
                documents.draftPendingNotices(owner);
            }

            @Override
            public void openBulletin(Window owner) {
                documents.openBulletin(owner);
            }

            @Override
            public void openSettings(Window owner) {
                documents.openSettings(owner);
            }
        };
    }
}
