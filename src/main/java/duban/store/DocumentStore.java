package duban.store;

import static duban.store.generated.Tables.DOCUMENT_TEMPLATE;
import static duban.store.generated.Tables.ISSUED_DOCUMENT;
import static duban.store.generated.Tables.ITEM;

import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.domain.Status;
import duban.domain.documents.DocumentKind;
import duban.domain.documents.DocumentTemplate;
import duban.domain.documents.IssuedDocument;
import duban.domain.documents.Letterhead;
import duban.i18n.Messages;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The documents the office issues: the numbering of 督办通知单 and 催办单 (never reused, never
 * duplicated), their record in the items' history, the office's own templates and its letterhead.
 *
 * <p>A number is one more than the highest of its kind and year, read inside the writing
 * transaction: a file has one writer at a time (BEGIN IMMEDIATE), a server's writers take the
 * advisory lock first ({@link ServerWriteOrder}), so two PCs issuing at once get consecutive
 * numbers; the table's UNIQUE (kind, year, number) is the last guard. The rows are append-only,
 * so a number once issued is never given again, even when the document is thrown away.
 */
public final class DocumentStore {

    /** The largest template the office may import: a letterhead with a logo stays far below it. */
    public static final int MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;
    /** The setting key prefix under which template changes are recorded: {@code documentTemplate.NOTICE}. */
    public static final String TEMPLATE_KEY_PREFIX = "documentTemplate.";
    /** Key of the letterhead's heading (发文机关). */
    public static final String HEADING_KEY = "letterhead.heading";
    /** Key of the letterhead's 落款. */
    public static final String SIGNATURE_KEY = "letterhead.signature";
    /** Key of the contact line. */
    public static final String CONTACT_KEY = "letterhead.contact";
    /** Key of the 字 of a 督办通知单's number. */
    public static final String NOTICE_PREFIX_KEY = "letterhead.noticePrefix";
    /** Key of the 字 of a 催办单's number. */
    public static final String REMINDER_PREFIX_KEY = "letterhead.reminderPrefix";

    /** The office's name as the ledger's title states it (duban.ledger.LedgerTitle.OFFICE_NAME_KEY). */
    private static final String LEDGER_OFFICE_NAME_KEY = "ledger.officeName";

    /** How many hex digits of the template's SHA-256 the setting change records. */
    private static final int HASH_PREFIX_LENGTH = 12;

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    public DocumentStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = Objects.requireNonNull(operator, "operator");
    }

    /**
     * Issues one 督办通知单 for each item, in the order given, with consecutive numbers of
     * {@code issuedOn}'s year, and records each in its item's history (a {@code NOTICE} event whose
     * note is the number as stated, with {@code prefix}): all in one transaction, all or nothing.
     * An item may be issued a notice again: the re-issue takes a new number.
     *
     * @throws duban.domain.ItemNotFoundException when an item does not exist (nothing is issued)
     * @throws IllegalStateException              when an item is withdrawn (nothing is issued)
     */
    public List<IssuedDocument> issueNotices(List<Long> itemIds, LocalDate issuedOn, String prefix) {
        Objects.requireNonNull(itemIds, "itemIds");
        int year = yearOf(issuedOn);
        String stated = prefixOr(prefix, Letterhead.DEFAULT.noticePrefix());
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            ItemStore items = new ItemStore(db, clock, operator);
            // Every item is checked before the first number is taken: a refused batch takes none.
            for (long itemId : itemIds) {
                requireOnBoard(items.find(itemId));
            }
            OffsetDateTime at = items.now();
            String who = operator.get();
            int number = highestNumber(db, DocumentKind.NOTICE, year);
            List<IssuedDocument> issued = new ArrayList<>(itemIds.size());
            for (long itemId : itemIds) {
                IssuedDocument document = insert(db, DocumentKind.NOTICE, year, ++number, itemId, null, issuedOn,
                        at, who);
                ItemStore.appendEvent(db, itemId, at, EventKind.NOTICE, null, null, null, null, null,
                        document.numberText(stated), who);
                issued.add(document);
            }
            return issued;
        });
    }

    /**
     * Records a 催办 by 督办单 ({@code SUPERVISION_NOTICE}) of {@code level} and issues its 催办单,
     * numbered from the 催办单 sequence, in one transaction. The {@code REMIND} event carries the
     * number as stated ({@code noticeNumber} in its changes), so the history shows it.
     *
     * @throws duban.domain.ItemNotFoundException when the item does not exist (nothing is written)
     * @throws IllegalStateException              when the item is withdrawn (nothing is written)
     */
    public IssuedDocument issueReminderNotice(long itemId, LocalDate remindedOn, ReminderLevel level, String note,
                                              String prefix) {
        Objects.requireNonNull(level, "level");
        int year = yearOf(remindedOn);
        String stated = prefixOr(prefix, Letterhead.DEFAULT.reminderPrefix());
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            ItemStore items = new ItemStore(db, clock, operator);
            requireOnBoard(items.find(itemId));
            OffsetDateTime at = items.now();
            String who = operator.get();
            int number = highestNumber(db, DocumentKind.REMINDER_NOTICE, year) + 1;
            String numberText = IssuedDocument.numberText(stated, year, number);
            long reminderId = WorkflowStore.recordReminder(db, itemId, at, remindedOn,
                    ReminderMethod.SUPERVISION_NOTICE, level, note, numberText, who);
            return insert(db, DocumentKind.REMINDER_NOTICE, year, number, itemId, reminderId, remindedOn, at, who);
        });
    }

    /** Every document issued for the item, oldest first. */
    public List<IssuedDocument> issuedFor(long itemId) {
        return dsl.selectFrom(ISSUED_DOCUMENT)
                .where(ISSUED_DOCUMENT.ITEM_ID.eq(itemId))
                .orderBy(ISSUED_DOCUMENT.ID)
                .fetch(DocumentStore::issued);
    }

    /** The items on the board, not closed, for which no 督办通知单 has been issued yet, by id. */
    public List<Long> itemsWithoutNotice() {
        return dsl.select(ITEM.ID).from(ITEM)
                .where(ITEM.WITHDRAWN.isFalse(), ITEM.STATUS.ne(Status.CLOSED))
                .andNotExists(DSL.selectOne().from(ISSUED_DOCUMENT)
                        .where(ISSUED_DOCUMENT.ITEM_ID.eq(ITEM.ID),
                                ISSUED_DOCUMENT.KIND.eq(DocumentKind.NOTICE.name())))
                .orderBy(ITEM.ID)
                .fetch(ITEM.ID);
    }

    /**
     * The items of {@link #itemsWithoutNotice()} themselves, in the board's order, read in one go
     * (the window lists them, the command line drafts them).
     */
    public List<Item> itemsAwaitingNotice() {
        Set<Long> waiting = new HashSet<>(itemsWithoutNotice());
        return new ItemStore(dsl, clock, operator).loadAll().stream().filter(item -> waiting.contains(item.id()))
                .toList();
    }

    /** The office's own template of {@code kind}, or empty when it uses the built-in one. */
    public Optional<DocumentTemplate> template(DocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        return dsl.selectFrom(DOCUMENT_TEMPLATE)
                .where(DOCUMENT_TEMPLATE.KIND.eq(kind.name()))
                .fetchOptional(row -> new DocumentTemplate(kind, row.getFileName(), row.getContent(),
                        OffsetDateTime.parse(row.getReplacedAt()), row.getOperator()));
    }

    /**
     * Makes {@code content} the office's template of {@code kind}, recorded as a setting change
     * ({@code documentTemplate.KIND}, valued as the file name and a SHA-256 prefix).
     *
     * @param fileName the name of the imported file, without its folder
     * @throws IllegalArgumentException with a Chinese message when the file is empty, larger than
     *                                  {@link #MAX_TEMPLATE_BYTES} or not a .docx (a zip) at all
     */
    public void replaceTemplate(DocumentKind kind, String fileName, byte[] content) {
        Objects.requireNonNull(kind, "kind");
        String name = templateFileName(fileName);
        byte[] bytes = requireTemplateContent(content);
        dsl.transaction(tx -> {
            DSLContext db = tx.dsl();
            OffsetDateTime at = new ItemStore(db, clock, operator).now();
            String stamp = IsoTimestampConverter.FORMAT.format(at);
            String who = operator.get();
            db.insertInto(DOCUMENT_TEMPLATE)
                    .set(DOCUMENT_TEMPLATE.KIND, kind.name())
                    .set(DOCUMENT_TEMPLATE.FILE_NAME, name)
                    .set(DOCUMENT_TEMPLATE.CONTENT, bytes)
                    .set(DOCUMENT_TEMPLATE.REPLACED_AT, stamp)
                    .set(DOCUMENT_TEMPLATE.OPERATOR, who)
                    .onConflict(DOCUMENT_TEMPLATE.KIND).doUpdate()
                    .set(DOCUMENT_TEMPLATE.FILE_NAME, name)
                    .set(DOCUMENT_TEMPLATE.CONTENT, bytes)
                    .set(DOCUMENT_TEMPLATE.REPLACED_AT, stamp)
                    .set(DOCUMENT_TEMPLATE.OPERATOR, who)
                    .execute();
            new SettingsStore(db, clock, operator).put(TEMPLATE_KEY_PREFIX + kind.name(),
                    name + " sha256:" + sha256Prefix(bytes));
        });
    }

    /** Goes back to the built-in template of {@code kind}, recorded as a setting change (an empty value). */
    public void restoreBuiltInTemplate(DocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        dsl.transaction(tx -> {
            DSLContext db = tx.dsl();
            int removed = db.deleteFrom(DOCUMENT_TEMPLATE).where(DOCUMENT_TEMPLATE.KIND.eq(kind.name())).execute();
            if (removed > 0) {
                new SettingsStore(db, clock, operator).put(TEMPLATE_KEY_PREFIX + kind.name(), "");
            }
        });
    }

    /** The office's letterhead, {@link Letterhead#DEFAULT} until set (each value not yet stored: its default). */
    public Letterhead letterhead() {
        Map<String, String> stored = new SettingsStore(dsl, clock, operator).all();
        Map<String, String> values = letterheadValues(unsetLetterhead(stored));
        values.replaceAll((key, fallback) -> stored.getOrDefault(key, fallback));
        return new Letterhead(values.get(HEADING_KEY), values.get(SIGNATURE_KEY), values.get(CONTACT_KEY),
                values.get(NOTICE_PREFIX_KEY), values.get(REMINDER_PREFIX_KEY));
    }

    /**
     * Saves the office's letterhead in one transaction, each changed value recorded as a setting
     * change; a value equal to what is in force (stored, or the default) writes nothing.
     *
     * @return the keys written, empty when nothing changed
     */
    public List<String> saveLetterhead(Letterhead letterhead) {
        Objects.requireNonNull(letterhead, "letterhead");
        return dsl.transactionResult(tx -> {
            SettingsStore settings = new SettingsStore(tx.dsl(), clock, operator);
            Map<String, String> stored = settings.all();
            Map<String, String> defaults = letterheadValues(unsetLetterhead(stored));
            List<String> written = new ArrayList<>();
            letterheadValues(letterhead).forEach((key, value) -> {
                String inForce = stored.getOrDefault(key, defaults.get(key));
                if (!value.equals(inForce) && settings.put(key, value)) {
                    written.add(key);
                }
            });
            return written;
        });
    }

    /**
     * What a value not yet set in 文书设置 stands for: the heading and 落款 are the office's name as
     * the ledger's title gives it (设置), when there is one; the rest are {@link Letterhead#DEFAULT}.
     */
    private static Letterhead unsetLetterhead(Map<String, String> stored) {
        String officeName = stored.getOrDefault(LEDGER_OFFICE_NAME_KEY, "").strip();
        if (officeName.isEmpty()) {
            return Letterhead.DEFAULT;
        }
        return new Letterhead(officeName, officeName, Letterhead.DEFAULT.contact(), Letterhead.DEFAULT.noticePrefix(),
                Letterhead.DEFAULT.reminderPrefix());
    }

    private static Map<String, String> letterheadValues(Letterhead letterhead) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(HEADING_KEY, letterhead.heading());
        values.put(SIGNATURE_KEY, letterhead.signature());
        values.put(CONTACT_KEY, letterhead.contact());
        values.put(NOTICE_PREFIX_KEY, letterhead.noticePrefix());
        values.put(REMINDER_PREFIX_KEY, letterhead.reminderPrefix());
        return values;
    }

    /** The highest number of {@code kind} in {@code year}, 0 before the first; read in the writing transaction. */
    private static int highestNumber(DSLContext db, DocumentKind kind, int year) {
        Integer highest = db.select(DSL.max(ISSUED_DOCUMENT.NUMBER)).from(ISSUED_DOCUMENT)
                .where(ISSUED_DOCUMENT.KIND.eq(kind.name()), ISSUED_DOCUMENT.YEAR.eq(year))
                .fetchOne(0, Integer.class);
        return highest == null ? 0 : highest;
    }

    private static IssuedDocument insert(DSLContext db, DocumentKind kind, int year, int number, long itemId,
                                         Long reminderId, LocalDate issuedOn, OffsetDateTime at, String who) {
        long id = db.insertInto(ISSUED_DOCUMENT)
                .set(ISSUED_DOCUMENT.KIND, kind.name())
                .set(ISSUED_DOCUMENT.YEAR, year)
                .set(ISSUED_DOCUMENT.NUMBER, number)
                .set(ISSUED_DOCUMENT.ITEM_ID, itemId)
                .set(ISSUED_DOCUMENT.REMINDER_ID, reminderId)
                .set(ISSUED_DOCUMENT.ISSUED_ON, issuedOn.toString())
                .set(ISSUED_DOCUMENT.ISSUED_AT, IsoTimestampConverter.FORMAT.format(at))
                .set(ISSUED_DOCUMENT.OPERATOR, who)
                .returning(ISSUED_DOCUMENT.ID)
                .fetchOne(ISSUED_DOCUMENT.ID);
        return new IssuedDocument(id, kind, year, number, itemId, reminderId, issuedOn, who);
    }

    private static IssuedDocument issued(Record row) {
        return new IssuedDocument(row.get(ISSUED_DOCUMENT.ID), DocumentKind.valueOf(row.get(ISSUED_DOCUMENT.KIND)),
                row.get(ISSUED_DOCUMENT.YEAR), row.get(ISSUED_DOCUMENT.NUMBER), row.get(ISSUED_DOCUMENT.ITEM_ID),
                row.get(ISSUED_DOCUMENT.REMINDER_ID), LocalDate.parse(row.get(ISSUED_DOCUMENT.ISSUED_ON)),
                row.get(ISSUED_DOCUMENT.OPERATOR));
    }

    /** A withdrawn item is off the board: no document is issued for it. */
    private static void requireOnBoard(Item item) {
        if (item.withdrawn()) {
            throw new IllegalStateException(Messages.get("documents.itemWithdrawn", item.title()));
        }
    }

    /** The year a document is numbered in; the schema keeps years 2000 to 2999. */
    private static int yearOf(LocalDate issuedOn) {
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (issuedOn.getYear() < 2000 || issuedOn.getYear() > 2999) {
            throw new IllegalArgumentException(Messages.get("documents.yearOutOfRange", issuedOn));
        }
        return issuedOn.getYear();
    }

    private static String prefixOr(String prefix, String fallback) {
        return prefix == null || prefix.isBlank() ? fallback : prefix.strip();
    }

    private static String templateFileName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        // The name alone, as the office sees it: the folder it came from says nothing in another PC.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("documents.templateNameRequired"));
        }
        return name.codePointCount(0, name.length()) <= 255 ? name : name.substring(0, name.offsetByCodePoints(0, 255));
    }

    private static byte[] requireTemplateContent(byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException(Messages.get("documents.templateEmpty"));
        }
        if (content.length > MAX_TEMPLATE_BYTES) {
            throw new IllegalArgumentException(Messages.get("documents.templateTooLarge",
                    megabytes(content.length), megabytes(MAX_TEMPLATE_BYTES)));
        }
        // A .docx is a zip: it starts with PK\3\4. Anything else cannot be a Word template.
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            throw new IllegalArgumentException(Messages.get("documents.templateNotDocx"));
        }
        return content.clone();
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** The first hex digits of the content's SHA-256: enough to tell two imports apart in the change log. */
    static String sha256Prefix(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest).substring(0, HASH_PREFIX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
