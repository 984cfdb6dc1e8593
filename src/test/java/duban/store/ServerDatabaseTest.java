package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.store.DatabaseOpenException.Reason;
import duban.testing.PostgresServer;
import duban.testing.TestClock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening the board's database on a PostgreSQL server: migration, the same stores, logins and refusals. */
class ServerDatabaseTest {

    private static ServerAddress address(String database) {
        return ServerAddress.parse(PostgresServer.address(database)).orElseThrow();
    }

    private static ItemDraft draft(Unit lead, String title) {
        return new ItemDraft(title, "", Source.OTHER, Category.KEY, lead.id(), List.of(), "张三", null,
                LocalDate.of(2026, 11, 18), LocalDate.of(2026, 12, 18));
    }

    @Test
    void anEmptyDatabaseIsMigratedAndTheStoresWorkOnItAsOnAFile() throws Exception {
        String name = PostgresServer.freshDatabase("server_open");
        long itemId;
        try (Database database = Database.openServer(address(name), null, false)) {
            assertThat(database.onServer()).isTrue();
            assertThat(database.readOnly()).isFalse();
            assertThat(database.loginRole()).isEqualTo("postgres");
            assertThat(database.location()).isEqualTo("postgres@localhost:" + PostgresServer.port() + "/" + name);
            Stores stores = Stores.over(database, TestClock.startingToday());
            Unit water = stores.units().add("县水利局", UnitKind.COUNTY_DEPARTMENT);
            Item first = stores.items().create(draft(water, "第一项"));
            Item second = stores.items().create(draft(water, "第二项"));
            stores.items().moveBetween(second.id(), second.version(), Status.IN_PROGRESS, null, null, null, "");
            Item moved = stores.items().moveBetween(first.id(), first.version(), Status.IN_PROGRESS, null, second.id(),
                    null, "");
            assertThat(moved.position()).isLessThan(stores.items().find(second.id()).position());
            itemId = first.id();
        }
        try (Database again = Database.openServer(address(name), null, false)) {
            Stores stores = Stores.over(again, TestClock.startingToday());
            assertThat(stores.items().find(itemId).status()).isEqualTo(Status.IN_PROGRESS);
            assertThat(stores.items().history(itemId)).hasSize(2);
            duban.domain.EventChain.Verdict chain = again.onConnection(
                    connection -> duban.domain.EventChain.verify(EventRows.read(connection, 0)));
            assertThat(chain.intact()).isTrue();
            assertThat(chain.eventsChecked()).isEqualTo(4); // two creations, two moves
        }
    }

    @Test
    void aMissingDatabaseAnUnreachableServerAndABadAddressAreToldApart() {
        assertThatThrownBy(() -> Database.openServer(address("no_such_database"), null, false))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SERVER_DATABASE_MISSING);
                    assertThat(e.userMessage()).contains("no_such_database").doesNotContain("FATAL");
                });
        ServerAddress nowhere = ServerAddress.parse("postgresql://127.0.0.1:1/duban?user=zhang").orElseThrow();
        assertThatThrownBy(() -> Database.openServer(nowhere, null, false))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SERVER_UNREACHABLE);
                    assertThat(e.userMessage()).contains("127.0.0.1:1");
                    assertThat(e.where()).isEqualTo("zhang@127.0.0.1:1/duban");
                });
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://:5432"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("postgresql://服务器");
    }

    @Test
    void aPasswordIsAskedForAndAWrongOneRefusedAndNeitherIsShown() {
        String name = PostgresServer.freshMigratedDatabase("server_login");
        PostgresServer.executeAsSuperuser("CREATE ROLE login_zhang LOGIN PASSWORD 'Secret-123' IN ROLE "
                + PostgresServer.PASSWORD_GROUP);
        PostgresServer.executeAsSuperuser("GRANT ALL ON DATABASE " + name + " TO login_zhang");
        PostgresServer.executeAsSuperuser(name, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO login_zhang");
        ServerAddress zhang = address(name).withUser("login_zhang");
        assertThatThrownBy(() -> Database.openServer(zhang, null, false))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SERVER_PASSWORD_NEEDED);
                    assertThat(e.needsPassword()).isTrue();
                });
        assertThatThrownBy(() -> Database.openServer(zhang, "wrong".toCharArray(), false))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SERVER_LOGIN_FAILED);
                    assertThat(e.userMessage()).contains("login_zhang").doesNotContain("wrong");
                });
        try (Database database = assertOpens(zhang, "Secret-123")) {
            assertThat(database.loginRole()).isEqualTo("login_zhang");
            assertThat(database.readOnly()).isFalse();
            assertThat(database.location()).doesNotContain("Secret");
            // A login that is not the owner writes through the stores, its events signed with its own name.
            Stores stores = Stores.over(database, TestClock.startingToday());
            Unit unit = stores.units().add("县审计局", UnitKind.COUNTY_DEPARTMENT);
            Item item = stores.items().create(draft(unit, "审计整改"));
            assertThat(stores.items().history(item.id())).singleElement()
                    .satisfies(event -> assertThat(event.operator()).isEqualTo("login_zhang"));
        }
    }

    private static Database assertOpens(ServerAddress address, String password) {
        try {
            return Database.openServer(address, password.toCharArray(), false);
        } catch (DatabaseOpenException e) {
            throw new AssertionError(e.userMessage(), e);
        }
    }

    @Test
    void aLoginWithoutWriteRightsOpensReadOnlyAndTheServerRefusesItsWrites() throws Exception {
        String name = PostgresServer.freshMigratedDatabase("server_reader");
        PostgresServer.executeAsSuperuser("CREATE ROLE login_leader LOGIN");
        PostgresServer.executeAsSuperuser(name, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO login_leader");
        try (Database database = Database.openServer(address(name).withUser("login_leader"), null, false)) {
            assertThat(database.readOnly()).isTrue();
            assertThat(database.readOnlyReason()).contains("login_leader").contains("只读");
            Stores stores = Stores.over(database, TestClock.startingToday());
            assertThat(stores.items().loadBoard()).isEmpty();
            assertThatThrownBy(() -> stores.units().add("县水利局", UnitKind.COUNTY_DEPARTMENT))
                    .hasRootCauseInstanceOf(java.sql.SQLException.class);
        }
    }

    @Test
    void anEditorCannotMigrateAnEmptyDatabaseAndIsToldWhoCan() {
        String name = PostgresServer.freshDatabase("server_not_set_up");
        PostgresServer.executeAsSuperuser("CREATE ROLE login_editor LOGIN");
        PostgresServer.executeAsSuperuser(name, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        assertThatThrownBy(() -> Database.openServer(address(name).withUser("login_editor"), null, false))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SERVER_NOT_SET_UP);
                    assertThat(e.userMessage()).contains("duban_owner");
                });
    }
}
