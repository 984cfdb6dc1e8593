package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Category;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ItemEvent;
import duban.domain.ReminderLevel;
import duban.domain.Source;
import duban.domain.UnitKind;
import duban.domain.documents.DocumentKind;
import duban.domain.documents.IssuedDocument;
import duban.testing.PostgresServer;
import duban.testing.TestClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issuing on a server as the office's logins do, not as the tables' owner: a staff login signs
 * each number with its own login (the V6 trigger refuses any other name), and a login that may
 * only read is refused every write, with nothing written.
 */
class DocumentStoreLoginsOnServerTest {

    private static final String STAFF = "documents_test_staff";
    private static final String READER = "documents_test_reader";
    private static final Clock CLOCK = TestClock.startingToday();

    private static String database;
    private static long itemId;

    @BeforeAll
    static void setUp() {
        database = PostgresServer.freshMigratedDatabase("documents_logins");
        for (String role : List.of(STAFF, READER)) {
            PostgresServer.executeAsSuperuser("DO $$ BEGIN CREATE ROLE " + role + " NOLOGIN; EXCEPTION"
                    + " WHEN duplicate_object THEN NULL; END $$");
        }
        PostgresServer.executeAsSuperuser(database, "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO "
                + STAFF + "; GRANT DELETE ON document_template TO " + STAFF
                + "; GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + STAFF
                + "; GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + READER);
        try (Connection connection = PostgresServer.connect(database)) {
            DSLContext owner = postgres(connection);
            long unitId = new UnitStore(owner).add("县水利局", UnitKind.COUNTY_DEPARTMENT).id();
            itemId = new ItemStore(owner, CLOCK).create(new ItemDraft("县城区供水管网改造", "", Source.OTHER,
                    Category.KEY, unitId, List.of(), "周建平", null, TestClock.TODAY, TestClock.TODAY.plusDays(30))).id();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DSLContext postgres(Connection connection) {
        return DSL.using(connection, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false));
    }

    /** A connection of the test's superuser acting as {@code role} (as a login of that role would). */
    private static Connection as(String role) throws SQLException {
        Connection connection = PostgresServer.connect(database);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET ROLE " + role);
        }
        return connection;
    }

    private static int issuedRows() throws SQLException {
        try (Connection connection = PostgresServer.connect(database)) {
            return postgres(connection).fetchCount(duban.store.generated.Tables.ISSUED_DOCUMENT);
        }
    }

    @Test
    void aStaffLoginSignsItsNumbersAndTheirEventsWithItsOwnLoginAndNoOtherName() throws SQLException {
        try (Connection connection = as(STAFF)) {
            DSLContext staff = postgres(connection);
            int before = issuedRows();
            DocumentStore forged = new DocumentStore(staff, CLOCK, () -> "张三");
            assertThatThrownBy(() -> forged.issueNotices(List.of(itemId), TestClock.TODAY, "督办"))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("issued_document is signed by the login that writes it");
            assertThat(issuedRows()).isEqualTo(before);

            DocumentStore documents = new DocumentStore(staff, CLOCK, OperatorSource.of(staff));
            IssuedDocument notice = documents.issueNotices(List.of(itemId), TestClock.TODAY, "督办").get(0);
            IssuedDocument reminder = documents.issueReminderNotice(itemId, TestClock.TODAY, ReminderLevel.BLUE,
                    null, "催办");
            documents.replaceTemplate(DocumentKind.BULLETIN, "通报.docx", DocumentTemplatesTest.docx("通报"));
            documents.restoreBuiltInTemplate(DocumentKind.BULLETIN);

            assertThat(List.of(notice.operator(), reminder.operator())).containsOnly(STAFF);
            List<ItemEvent> history = new ItemStore(staff, CLOCK).history(itemId);
            assertThat(history).filteredOn(event -> event.kind() == EventKind.NOTICE
                    || event.kind() == EventKind.REMIND).extracting(ItemEvent::operator).containsOnly(STAFF);
        }
    }

    @Test
    void aLoginThatMayOnlyReadIsRefusedEveryWriteAndNothingIsWritten() throws SQLException {
        try (Connection connection = as(READER)) {
            DSLContext reader = postgres(connection);
            DocumentStore documents = new DocumentStore(reader, CLOCK, OperatorSource.of(reader));
            int before = issuedRows();
            assertThat(documents.issuedFor(itemId)).hasSize(before);
            for (Runnable write : List.<Runnable>of(
                    () -> documents.issueNotices(List.of(itemId), TestClock.TODAY, "督办"),
                    () -> documents.issueReminderNotice(itemId, TestClock.TODAY, ReminderLevel.RED, null, "催办"),
                    () -> documents.replaceTemplate(DocumentKind.NOTICE, "通知单.docx", DocumentTemplatesTest.docx("x")),
                    () -> documents.saveLetterhead(new duban.domain.documents.Letterhead("某县督查室", "", "", "", "")))) {
                assertThatThrownBy(write::run).isInstanceOfSatisfying(DataAccessException.class,
                        refusal -> assertThat(refusal.sqlState()).isEqualTo("42501"));
            }
            assertThat(issuedRows()).isEqualTo(before);
            assertThat(documents.template(DocumentKind.NOTICE)).isEmpty();
            assertThat(documents.letterhead()).isEqualTo(duban.domain.documents.Letterhead.DEFAULT);
        }
    }
}
