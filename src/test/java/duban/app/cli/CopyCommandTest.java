package duban.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import duban.store.Database;
import duban.store.Stores;
import duban.testing.PostgresServer;
import duban.testing.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --copy-to}: what it prints, its exit status, and that a refused copy leaves no new file behind. */
class CopyCommandTest {

    @TempDir
    Path folder;

    private Path office;
    private String out;
    private String err;

    @BeforeEach
    void demoOffice() throws Exception {
        office = folder.resolve("office.db");
        try (Database database = Database.open(office)) {
            Stores.over(database, TestClock.startingToday()).demoData().seedIfEmpty();
        }
    }

    private int run(String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream complained = new ByteArrayOutputStream();
        int status = new CopyCommand(new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(complained, true, StandardCharsets.UTF_8), null).run(List.of(args));
        out = printed.toString(StandardCharsets.UTF_8);
        err = complained.toString(StandardCharsets.UTF_8);
        return status;
    }

    @Test
    void aFileGoesOntoAServerAndComesBackIntoANewFile() throws Exception {
        String server = PostgresServer.address(PostgresServer.freshDatabase("cli_copy"));
        assertThat(run("--db", office.toString(), "--copy-to", server)).as(err).isEqualTo(CopyCommand.COPIED);
        assertThat(out).contains("督办事项：46 行").contains("单位：16 行").contains("核对通过").contains("链尾校验值")
                .contains("已全部复制到 postgres@localhost:");
        Path back = folder.resolve("back/office.db");
        assertThat(run("--copy-to=" + back, "--db=" + server)).as(err).isEqualTo(CopyCommand.COPIED);
        assertThat(out).contains("督办事项：46 行");
        try (Database copy = Database.open(back)) {
            assertThat(Stores.over(copy, TestClock.startingToday()).items().countAll()).isEqualTo(46);
        }

        assertThat(run("--db", office.toString(), "--copy-to", server)).isEqualTo(CopyCommand.REFUSED);
        assertThat(err).contains("不是空的").contains("督办事项 46 行");
        assertThat(out).doesNotContain("核对通过");
    }

    @Test
    void aRefusedCopyLeavesNoNewFileBehind() throws Exception {
        String name = PostgresServer.freshDatabase("cli_altered");
        assertThat(run("--db", office.toString(), "--copy-to", PostgresServer.address(name))).isZero();
        PostgresServer.executeAsSuperuser(name, "ALTER TABLE item_event DISABLE TRIGGER USER;"
                + " UPDATE item_event SET note = '改过' WHERE id = 5; ALTER TABLE item_event ENABLE TRIGGER USER");
        Path target = folder.resolve("copy.db");
        assertThat(run("--db", PostgresServer.address(name), "--copy-to", target.toString())).isEqualTo(CopyCommand.REFUSED);
        assertThat(err).contains("校验未通过").contains("第 5 号").contains("--verify");
        assertThat(target).doesNotExist();
        assertThat(Files.exists(Path.of(target + "-wal"))).isFalse();
    }

    @Test
    void aServerThatWantsAPasswordIsNotAskedFromAScript() {
        String name = PostgresServer.freshMigratedDatabase("cli_password");
        PostgresServer.executeAsSuperuser("CREATE ROLE copy_zhang LOGIN PASSWORD 'Secret-123' IN ROLE "
                + PostgresServer.PASSWORD_GROUP);
        String address = "postgresql://localhost:" + PostgresServer.port() + "/" + name + "?user=copy_zhang";
        assertThat(run("--db", office.toString(), "--copy-to", address)).isEqualTo(CopyCommand.REFUSED);
        assertThat(err).contains("copy_zhang").contains("密码").doesNotContain("Exception");
    }

    @Test
    void argumentsThatCannotBeUnderstoodExitWith2() {
        assertThat(run("--copy-to")).isEqualTo(CopyCommand.BAD_ARGUMENTS);
        assertThat(err).contains("--copy-to");
        assertThat(run("--db", folder.resolve("nothing.db").toString(), "--copy-to", "x.db"))
                .isEqualTo(CopyCommand.BAD_ARGUMENTS);
        assertThat(err).contains("找不到").contains("nothing.db");
        assertThat(folder.resolve("nothing.db")).doesNotExist();
        assertThat(run("--db", office.toString(), "--copy-to", "postgresql://:5432")).isEqualTo(CopyCommand.BAD_ARGUMENTS);
        assertThat(err).contains("无法识别");
        assertThat(run("--db", office.toString(), "--copy-to", "x.db", "--demo")).isEqualTo(CopyCommand.BAD_ARGUMENTS);
        assertThat(run("--db", office.toString(), "--copy-to", office.toString())).isEqualTo(CopyCommand.REFUSED);
        assertThat(err).contains("同一个");
    }

    @Test
    void aServerAddressAfterDbIsAServerAndTheDefaultFileStaysForTheLog() throws Exception {
        Path defaultFile = folder.resolve("default/duban.db");
        AppOptions options = AppOptions.parse(List.of("--db", "postgresql://db.office:5433/duban?user=zhang&sslmode=require"),
                defaultFile);
        assertThat(options.server().display()).isEqualTo("zhang@db.office:5433/duban");
        assertThat(options.server().parameters()).containsEntry("sslmode", "require");
        assertThat(options.database()).isEqualTo(defaultFile);
        assertThat(AppOptions.parse(List.of("--db=" + office), defaultFile).server()).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppOptions.parse(List.of("--db", "postgresql://:5432"),
                defaultFile)).isInstanceOf(AppOptions.BadArgumentsException.class).hasMessageContaining("无法识别");
    }
}
