package duban.documents;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The documents port over memory: numbers counted per kind, every call recorded for the tests. */
final class FakeDesk implements DocumentDesk {

    final List<List<Long>> noticeCalls = new ArrayList<>();
    final List<String> reminderCalls = new ArrayList<>();
    final List<ReportPeriod> figureCalls = new ArrayList<>();
    final List<String> sourcesAsked = new ArrayList<>();
    final List<IssuedDocument> issued = new ArrayList<>();
    final Map<DocumentKind, DocumentTemplate> templates = new EnumMap<>(DocumentKind.class);
    final Map<Long, Item> items = new HashMap<>();
    final List<Letterhead> savedLetterheads = new ArrayList<>();
    Letterhead letterhead = new Letterhead("XX县人民政府督查室", "XX县人民政府督查室", "联系人：王芳，电话：0000-1234567",
            "督办", "催办");
    private int nextNotice = 1;
    private int nextReminder = 1;
    private long nextId = 1;

    @Override
    public Letterhead letterhead() {
        return letterhead;
    }

    @Override
    public void saveLetterhead(Letterhead saved) {
        savedLetterheads.add(saved);
        letterhead = saved;
    }

    @Override
    public OfficeSettings settings() {
        return OfficeSettings.defaults();
    }

    @Override
    public synchronized List<IssuedDocument> issueNotices(List<Long> itemIds, LocalDate issuedOn, String prefix) {
        noticeCalls.add(List.copyOf(itemIds));
        List<IssuedDocument> made = new ArrayList<>();
        for (long itemId : itemIds) {
            made.add(new IssuedDocument(nextId++, DocumentKind.NOTICE, issuedOn.getYear(), nextNotice++, itemId, null,
                    issuedOn, "王芳"));
        }
        issued.addAll(made);
        return made;
    }

    @Override
    public synchronized List<IssuedDocument> issuedFor(long itemId) {
        return issued.stream().filter(document -> document.itemId() == itemId).toList();
    }

    @Override
    public synchronized IssuedDocument issueReminderNotice(long itemId, LocalDate remindedOn, ReminderLevel level,
                                                           String note, String prefix) {
        reminderCalls.add(itemId + " " + remindedOn + " " + level + " " + note + " " + prefix);
        IssuedDocument made = new IssuedDocument(nextId++, DocumentKind.REMINDER_NOTICE, remindedOn.getYear(),
                nextReminder++, itemId, 100L + nextId, remindedOn, "王芳");
        issued.add(made);
        return made;
    }

    @Override
    public List<Item> itemsWithoutNotice() {
        return items.values().stream().filter(item -> issuedFor(item.id()).isEmpty())
                .sorted(java.util.Comparator.comparingLong(Item::id)).toList();
    }

    @Override
    public Item item(long itemId) {
        return items.get(itemId);
    }

    @Override
    public List<Reminder> reminders(long itemId) {
        return List.of();
    }

    @Override
    public Optional<DocumentTemplate> template(DocumentKind kind) {
        return Optional.ofNullable(templates.get(kind));
    }

    @Override
    public void replaceTemplate(DocumentKind kind, String fileName, byte[] content) {
        templates.put(kind, new DocumentTemplate(kind, fileName, content,
                OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.ofHours(8)), "王芳"));
    }

    @Override
    public void restoreBuiltInTemplate(DocumentKind kind) {
        templates.remove(kind);
    }

    @Override
    public BulletinFigures figures(ReportPeriod period, Source source) {
        figureCalls.add(period);
        sourcesAsked.add(source == null ? "全部来源" : source.label());
        return new BulletinFigures(period, source, period.to(), new BulletinFigures.Overview(3, 1, 1,
                new duban.domain.Rate(1, 3), new duban.domain.Rate(1, 1), new duban.domain.Rate(0, 2),
                new duban.domain.Rate(0, 0), 1, 0), duban.domain.UnitFigures.empty(duban.domain.UnitScope.ALL),
                List.of(), List.of(), List.of());
    }
}
