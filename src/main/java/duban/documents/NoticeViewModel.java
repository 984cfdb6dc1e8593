package duban.documents;

import duban.documents.drafting.DocumentDrafter;
import duban.documents.drafting.DocumentFormat;
import duban.domain.Item;
import duban.domain.documents.DocumentKind;
import duban.domain.documents.IssuedDocument;
import duban.domain.documents.Letterhead;
import duban.domain.office.OfficeSettings;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.BackgroundJob;
import duban.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 生成督办通知单 for one item or several: the items and their lead units, the format, where to
 * save. 生成 numbers the items not yet issued in one transaction, then drafts every notice in the
 * background; an item already issued is drafted again under its number (重新生成), never a new one.
 */
public final class NoticeViewModel {

    private final List<Item> items;
    private final DocumentDesk desk;
    private final TaskRunner store;
    private final DocumentDrafter drafter;
    private final BackgroundJob job;
    private final Clock clock;
    /** Each item's 督办通知单 once issued (the latest, should there be several). */
    private final Map<Long, IssuedDocument> issued = new LinkedHashMap<>();
    /** A row's text changing (its number once issued) is a change of the list, so the cells redraw. */
    private final ObservableList<NoticeRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.textProperty()});
    private final ObjectProperty<DocumentFormat> format = new SimpleObjectProperty<>(this, "format", DocumentFormat.DOCX);
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper numbering = new ReadOnlyBooleanWrapper(this, "numbering");
    private String prefix = Letterhead.DEFAULT.noticePrefix();

    /** For {@code items} (at least one), their numbers issued through {@code desk} on {@code store}. */
    public NoticeViewModel(List<Item> items, DocumentDesk desk, TaskRunner store, DocumentDrafter drafter,
                           BackgroundJob job, Clock clock) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a notice is for at least one item");
        }
        this.items = List.copyOf(items);
        items.forEach(item -> rows.add(new NoticeRow(item)));
        this.desk = desk;
        this.store = store;
        this.drafter = drafter;
        this.job = job;
        this.clock = clock;
        showRows();
    }

    /** Reads which items already have their notice (for 重新生成) and the office's 字. */
    public void load() {
        store.run(() -> {
            Map<Long, IssuedDocument> found = new LinkedHashMap<>();
            for (Item item : items) {
                desk.issuedFor(item.id()).stream().filter(document -> document.kind() == DocumentKind.NOTICE)
                        .reduce((first, second) -> second).ifPresent(notice -> found.put(item.id(), notice));
            }
            return new Loaded(desk.letterhead().noticePrefix(), found);
        }, loaded -> {
            prefix = loaded.prefix();
            issued.putAll(loaded.issued());
            showRows();
        }, failure -> message.set(Messages.get("documents.readFailed", FailureText.describe(failure))));
    }

    private record Loaded(String prefix, Map<Long, IssuedDocument> issued) {
    }

    private void showRows() {
        for (NoticeRow row : rows) {
            Item item = row.item();
            IssuedDocument notice = issued.get(item.id());
            row.setText(notice == null ? Messages.get("documents.notice.row", item.title(), item.leadUnit().name())
                    : Messages.get("documents.notice.rowIssued", item.title(), item.leadUnit().name(),
                    notice.numberText(prefix)));
        }
    }

    public String windowTitle() {
        return Messages.get("documents.notice.title");
    }

    /** What is asked of the save place: a file for one item, a folder for several. */
    public boolean wantsFolder() {
        return items.size() > 1;
    }

    /** 生成: numbers what is not yet numbered, then drafts every notice. */
    public void generate() {
        if (isBusy()) {
            return;
        }
        String typed = target.get() == null ? "" : target.get().strip();
        if (typed.isEmpty()) {
            message.set(Messages.get(wantsFolder() ? "documents.notice.chooseFolder" : "documents.notice.chooseFile"));
            return;
        }
        List<Item> ticked = rows.stream().filter(NoticeRow::isChosen).map(NoticeRow::item).toList();
        if (ticked.isEmpty()) {
            message.set(Messages.get("documents.notice.noneTicked"));
            return;
        }
        Path chosen = Path.of(typed);
        DocumentFormat chosenFormat = format.get();
        List<Long> unnumbered = ticked.stream().map(Item::id).filter(id -> !issued.containsKey(id)).toList();
        numbering.set(true);
        message.set(Messages.get("documents.notice.numbering"));
        LocalDate today = LocalDate.now(clock);
        store.run(() -> {
            Letterhead letterhead = desk.letterhead();
            List<IssuedDocument> fresh = unnumbered.isEmpty() ? List.of()
                    : desk.issueNotices(unnumbered, today, letterhead.noticePrefix());
            return new Numbered(letterhead, desk.settings(), desk.templateBytes(DocumentKind.NOTICE), fresh);
        }, numbered -> {
            numbering.set(false);
            prefix = numbered.letterhead().noticePrefix();
            numbered.fresh().forEach(document -> issued.put(document.itemId(), document));
            showRows();
            draft(ticked, numbered, chosen, chosenFormat);
        }, failure -> {
            numbering.set(false);
            message.set(Messages.get("documents.notice.numberingFailed", FailureText.describe(failure)));
        });
    }

    private record Numbered(Letterhead letterhead, OfficeSettings settings, byte[] template,
                            List<IssuedDocument> fresh) {
    }

    private void draft(List<Item> ticked, Numbered numbered, Path chosen, DocumentFormat chosenFormat) {
        List<NoticeFiles.Planned> plan = new ArrayList<>();
        for (Item item : ticked) {
            IssuedDocument notice = issued.get(item.id());
            Path file = wantsFolder() ? NoticeFiles.inFolder(chosen, item, notice, prefix, chosenFormat)
                    : NoticeFiles.withExtension(chosen, chosenFormat);
            plan.add(new NoticeFiles.Planned(item, notice, file));
        }
        String numbers = numbered.fresh().stream().map(document -> document.numberText(prefix))
                .collect(Collectors.joining("、"));
        message.set(Messages.get("documents.notice.drafting", plan.size()));
        job.start(Messages.get("documents.notice.title"), progress -> NoticeFiles.write(plan, numbered.letterhead(), numbered.settings(), numbered.template(),
                chosenFormat, drafter, progress), BackgroundJob.telling(message::set,
                written -> Messages.get("documents.notice.done", written.size(),
                        (wantsFolder() ? chosen : written.get(0)).toAbsolutePath()),
                failure -> Messages.get("documents.notice.failed", FailureText.describe(failure)) + keptNumbers(numbers),
                Messages.get("documents.notice.cancelled") + keptNumbers(numbers)));
    }

    private static String keptNumbers(String numbers) {
        return numbers.isEmpty() ? Messages.get("documents.notice.redraftHint")
                : Messages.get("documents.notice.numbersKept", numbers);
    }

    /** 取消 while drafting: the numbers already issued stay issued. */
    public void cancel() {
        job.cancel();
    }

    public boolean isBusy() {
        return numbering.get() || job.runningProperty().get();
    }

    /** The items, each ticked or not. */
    public ObservableList<NoticeRow> rows() {
        return rows;
    }

    public ObjectProperty<DocumentFormat> formatProperty() {
        return format;
    }

    /** The file (one item) or folder (several) typed or chosen. */
    public StringProperty targetProperty() {
        return target;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty numberingProperty() {
        return numbering.getReadOnlyProperty();
    }

    public BackgroundJob job() {
        return job;
    }

    /** The 督办通知单 issued for {@code itemId}, once known. */
    public IssuedDocument issuedFor(long itemId) {
        return issued.get(itemId);
    }
}
