package duban.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import duban.store.BackupService;
import duban.store.Database;
import duban.store.ServerAddress;
import duban.store.Stores;
import duban.testing.PostgresServer;
import duban.testing.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --verify --db postgresql://…}: the chain and the replay over the server's data, compared
 * with the newest of its backups on this PC; an event or an item changed behind the board's back
 * (the superuser, triggers set aside) is named.
 */
class VerifyServerCommandTest {

    @TempDir
    Path local;

    private String name;
    private ServerAddress address;
    private String out;
    private String err;

    /** The demo office on a server, one item withdrawn, and one backup of it on this PC. */
    @BeforeEach
    void officeOnAServer() throws Exception {
        name = PostgresServer.freshMigratedDatabase("verify_server");
        address = ServerAddress.parse(PostgresServer.address(name)).orElseThrow();
        try (Database server = Database.openServer(address, null, false)) {
            Stores stores = Stores.over(server, TestClock.startingToday());
            stores.demoData().seedIfEmpty();
            var first = stores.items().loadBoard().get(0);
            stores.items().withdraw(first.id(), first.version(), "重复交办");
            new BackupService(server, TestClock.startingToday(), local).backupNow();
        }
    }

    private int verify() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream complained = new ByteArrayOutputStream();
        int status = new VerifyCommand(new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(complained, true, StandardCharsets.UTF_8)).verifyServer(address, local);
        out = printed.toString(StandardCharsets.UTF_8);
        err = complained.toString(StandardCharsets.UTF_8);
        return status;
    }

    @Test
    void anIntactServerVerifiesAgainstItsNewestBackup() {
        assertThat(verify()).as(err).isEqualTo(VerifyCommand.INTACT);
        assertThat(out).contains("PostgreSQL 服务器自己检查").contains("校验通过：postgres@localhost:")
                .contains("已逐项核对 46 项督办事项").contains("已与最新备份 " + name + "-");
    }

    @Test
    void anEventAlteredByTheSuperuserIsNamed() {
        PostgresServer.executeAsSuperuser(name, "ALTER TABLE item_event DISABLE TRIGGER USER;"
                + " UPDATE item_event SET note = '改过' WHERE id = 3; ALTER TABLE item_event ENABLE TRIGGER USER");
        assertThat(verify()).as(err).isEqualTo(VerifyCommand.TAMPERED);
        assertThat(out).contains("第 3 号办理记录").contains("被改动过").contains("与最新备份");
    }

    @Test
    void anItemChangedBehindTheBoardsBackIsNamed() {
        PostgresServer.executeAsSuperuser(name, "UPDATE item SET owner = '无名氏' WHERE id = 2");
        assertThat(verify()).as(err).isEqualTo(VerifyCommand.TAMPERED);
        assertThat(out).contains("无名氏").contains("与办理记录不符");
    }

    @Test
    void aServerThatCannotBeReachedCannotBeChecked() {
        address = ServerAddress.parse("postgresql://127.0.0.1:1/duban?user=zhang").orElseThrow();
        assertThat(verify()).isEqualTo(VerifyCommand.CANNOT_RUN);
        assertThat(err).contains("无法校验服务器上的数据库").contains("127.0.0.1:1");
    }

    @Test
    void theBoardsOpenDatabaseIsCheckedOnItsOwnConnection() throws Exception {
        try (Database server = Database.openServer(address, null, false)) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
            int status = new VerifyCommand(stream, stream).verifyServer(server,
                    new BackupService(server, TestClock.startingToday(), local).newestBackup());
            assertThat(status).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(VerifyCommand.INTACT);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("已与最新备份 " + name + "-");
            // The board's connection is left as it was: it still writes.
            Stores.over(server, TestClock.startingToday()).settings().put("office.name", "某县政府督查室");
        }
    }

    @Test
    void theCommandLineTakesTheServerFromDb() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
        int status = new VerifyCommand(stream, stream).run(java.util.List.of("--verify", "--db", PostgresServer.address(name)));
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(status).as(text).isEqualTo(VerifyCommand.INTACT);
        assertThat(text).contains("校验通过：postgres@localhost:" + PostgresServer.port() + "/" + name)
                .contains("PostgreSQL 服务器自己检查");
    }
}
