package duban.store;

import static duban.store.generated.Tables.SETTING_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.documents.DocumentKind;
import duban.domain.documents.DocumentTemplate;
import duban.domain.documents.Letterhead;
import duban.testing.MovableClock;
import duban.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's own templates (设置 → 文书模板) and letterhead: stored, read back, and every change
 * recorded in {@code setting_change}; refusals that leave the stored template as it was. On a file
 * here, on the server in {@link DocumentTemplatesOnServerTest}.
 */
class DocumentTemplatesTest {

    @TempDir
    Path folder;

    private final MovableClock clock = DocumentStoreTest.atTenToday();
    private Database database;
    private DocumentStore documents;

    @BeforeEach
    void open() throws Exception {
        database = where().open(folder, "templates");
        documents = new DocumentStore(database.dsl(), clock, OperatorSource.of(database.dsl()));
    }

    @AfterEach
    void close() {
        TestDatabase.discard(database);
    }

    TestDatabase where() {
        return TestDatabase.FILE;
    }

    /** Bytes that start as a .docx (a zip) does, with {@code text} after. */
    static byte[] docx(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] content = Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, 4 + body.length);
        System.arraycopy(body, 0, content, 4, body.length);
        return content;
    }

    /** The logged changes of {@code key}: old and new value, oldest first. */
    private List<Record2<String, String>> changes(String key) {
        return database.dsl().select(SETTING_CHANGE.OLD_VALUE, SETTING_CHANGE.NEW_VALUE).from(SETTING_CHANGE)
                .where(SETTING_CHANGE.KEY.eq(key)).orderBy(SETTING_CHANGE.ID).fetch();
    }

    @Test
    void anImportedTemplateReplacesTheBuiltInOneUntilTheOfficeGoesBackAndEachStepIsLogged() {
        assertThat(documents.template(DocumentKind.NOTICE)).isEmpty();
        byte[] first = docx("本县的督办通知单");
        byte[] second = docx("改过落款的督办通知单");

        documents.replaceTemplate(DocumentKind.NOTICE, "C:\\Users\\王芳\\Desktop\\督办通知单（本县）.docx", first);
        DocumentTemplate stored = documents.template(DocumentKind.NOTICE).orElseThrow();
        assertThat(stored.fileName()).isEqualTo("督办通知单（本县）.docx");
        assertThat(stored.content()).isEqualTo(first);
        assertThat(stored.replacedAt()).isEqualTo(OffsetDateTime.now(clock).withNano(0));
        assertThat(stored.operator()).isEqualTo(OperatorSource.of(database.dsl()).get());
        assertThat(documents.template(DocumentKind.REMINDER_NOTICE)).isEmpty();

        documents.replaceTemplate(DocumentKind.NOTICE, "/home/wf/督办通知单.docx", second);
        assertThat(documents.template(DocumentKind.NOTICE).orElseThrow().content()).isEqualTo(second);
        documents.restoreBuiltInTemplate(DocumentKind.NOTICE);
        assertThat(documents.template(DocumentKind.NOTICE)).isEmpty();
        documents.restoreBuiltInTemplate(DocumentKind.NOTICE); // nothing to restore: nothing logged

        String firstValue = "督办通知单（本县）.docx sha256:" + DocumentStore.sha256Prefix(first);
        String secondValue = "督办通知单.docx sha256:" + DocumentStore.sha256Prefix(second);
        assertThat(DocumentStore.sha256Prefix(first)).hasSize(12).isNotEqualTo(DocumentStore.sha256Prefix(second));
        assertThat(changes("documentTemplate.NOTICE")).extracting(Record2::value1, Record2::value2).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, firstValue),
                org.assertj.core.groups.Tuple.tuple(firstValue, secondValue),
                org.assertj.core.groups.Tuple.tuple(secondValue, ""));
    }

    @Test
    void aTooLargeEmptyOrNonWordFileIsRefusedInChineseAndTheStoredTemplateStays() {
        byte[] kept = docx("本县的催办单");
        documents.replaceTemplate(DocumentKind.REMINDER_NOTICE, "催办单.docx", kept);
        byte[] tooLarge = Arrays.copyOf(docx(""), DocumentStore.MAX_TEMPLATE_BYTES + 1);

        assertThatThrownBy(() -> documents.replaceTemplate(DocumentKind.REMINDER_NOTICE, "大.docx", tooLarge))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0 MB")
                .hasMessageContaining("超过");
        assertThatThrownBy(() -> documents.replaceTemplate(DocumentKind.REMINDER_NOTICE, "空.docx", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("空的");
        assertThatThrownBy(() -> documents.replaceTemplate(DocumentKind.REMINDER_NOTICE, "旧格式.doc",
                "\u00d0\u00cf旧的 Word 97 文件".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".docx");
        assertThatThrownBy(() -> documents.replaceTemplate(DocumentKind.REMINDER_NOTICE, "  ", docx("x")))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(documents.template(DocumentKind.REMINDER_NOTICE).orElseThrow().content()).isEqualTo(kept);
        assertThat(changes("documentTemplate.REMINDER_NOTICE")).hasSize(1);
    }

    @Test
    void theLetterheadIsTheDefaultUntilSavedAndEachChangedValueIsLogged() {
        assertThat(documents.letterhead()).isEqualTo(Letterhead.DEFAULT);
        Letterhead office = new Letterhead("某县人民政府督查室", "某县人民政府督查室", "联系人：王芳，电话：0000-1234567",
                "县督", "县督催");

        assertThat(documents.saveLetterhead(office)).containsExactly("letterhead.heading", "letterhead.signature",
                "letterhead.contact", "letterhead.noticePrefix", "letterhead.reminderPrefix");
        assertThat(documents.letterhead()).isEqualTo(office);
        assertThat(documents.saveLetterhead(office)).isEmpty();

        // Back to the default 字: a stored value changes back; the untouched values write nothing.
        Letterhead back = new Letterhead(office.heading(), office.signature(), office.contact(), null, "县督催");
        assertThat(documents.saveLetterhead(back)).containsExactly("letterhead.noticePrefix");
        assertThat(documents.letterhead().noticePrefix()).isEqualTo("督办");
        assertThat(changes("letterhead.noticePrefix")).extracting(Record2::value1, Record2::value2).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "县督"), org.assertj.core.groups.Tuple.tuple("县督", "督办"));
        assertThat(changes("letterhead.heading")).hasSize(1);
    }

    @Test
    void untilTheOfficeFillsItInTheHeadingAnd落款AreTheOfficesNameFromTheLedgerTitle() {
        new SettingsStore(database.dsl(), clock, OperatorSource.of(database.dsl())).put("ledger.officeName", "清河县人民政府督查室");

        Letterhead unset = documents.letterhead();
        assertThat(unset.heading()).isEqualTo("清河县人民政府督查室");
        assertThat(unset.signature()).isEqualTo("清河县人民政府督查室");
        assertThat(unset.noticePrefix()).isEqualTo("督办");
        // Saved as shown, nothing is written; a new heading is, and from then on it stands.
        assertThat(documents.saveLetterhead(unset)).isEmpty();
        Letterhead renamed = new Letterhead("清河县人民政府办公室督查室", unset.signature(), "", null, null);
        assertThat(documents.saveLetterhead(renamed)).containsExactly("letterhead.heading");
        assertThat(documents.letterhead()).isEqualTo(renamed);
    }

    @Test
    void aDefaultValueIsNotWrittenForAKeyNeverStored() {
        assertThat(documents.saveLetterhead(Letterhead.DEFAULT)).isEmpty();
        assertThat(database.dsl().fetchCount(SETTING_CHANGE)).isZero();
    }
}
