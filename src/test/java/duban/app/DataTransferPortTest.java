package duban.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.safety.DataTransferStore;
import duban.store.Database;
import duban.store.ServerAddress;
import duban.store.Stores;
import duban.testing.PostgresServer;
import duban.testing.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 迁移到共享数据库… and 导出为本地文件… through the port the board's menu uses, over real databases. */
class DataTransferPortTest {

    @TempDir
    Path folder;

    @Test
    void aFileMovesOntoAServerWhichExportsItIntoANewFile() throws Exception {
        String name = PostgresServer.freshDatabase("port_move");
        try (Database file = Database.open(folder.resolve("office.db"))) {
            Stores.over(file, TestClock.startingToday()).demoData().seedIfEmpty();
            DataTransferStore fromFile = StorePorts.dataTransfer(file);
            assertThat(fromFile.onServer()).isFalse();
            String typed = PostgresServer.address(name) + "&sslmode=disable";
            DataTransferStore.Transferred moved = fromFile.copyToServer(typed, new char[0]);
            assertThat(moved.items()).isEqualTo(46);
            assertThat(moved.where()).isEqualTo("postgres@localhost:" + PostgresServer.port() + "/" + name);
            assertThat(moved.startAddress()).isEqualTo("postgresql://localhost:" + PostgresServer.port() + "/" + name
                    + "?user=postgres&sslmode=disable");

            assertThatThrownBy(() -> fromFile.copyToServer(typed, new char[0]))
                    .isInstanceOfSatisfying(DataTransferStore.Refused.class,
                            e -> assertThat(e.userMessage()).contains("不是空的").contains("督办事项 46 行"));
            assertThatThrownBy(() -> fromFile.copyToServer("postgresql://:5432", new char[0]))
                    .isInstanceOfSatisfying(DataTransferStore.Refused.class,
                            e -> assertThat(e.userMessage()).contains("无法识别"));
        }
        ServerAddress address = ServerAddress.parse(PostgresServer.address(name)).orElseThrow();
        try (Database server = Database.openServer(address, null, false)) {
            DataTransferStore fromServer = StorePorts.dataTransfer(server);
            assertThat(fromServer.onServer()).isTrue();
            Path exported = folder.resolve("exports/copy.db");
            DataTransferStore.Transferred copy = fromServer.exportToFile(exported);
            assertThat(copy.items()).isEqualTo(46);
            assertThat(copy.where()).isEqualTo(exported.toString());
            assertThat(Files.exists(Path.of(exported + "-wal"))).isFalse();
            assertThatThrownBy(() -> fromServer.exportToFile(exported))
                    .isInstanceOfSatisfying(DataTransferStore.Refused.class,
                            e -> assertThat(e.userMessage()).contains("已存在"));
        }
        try (Database copy = Database.open(folder.resolve("exports/copy.db"))) {
            assertThat(Stores.over(copy, TestClock.startingToday()).items().countAll()).isEqualTo(46);
        }
    }

    @Test
    void theAddressToStartWithLeavesThePasswordOut() {
        ServerAddress typed = ServerAddress.parse("postgresql://zhang:Secret@db.office:5433/督办?sslmode=require")
                .orElseThrow();
        assertThat(StorePorts.startAddress(typed)).isEqualTo("postgresql://db.office:5433/%E7%9D%A3%E5%8A%9E"
                + "?user=zhang&sslmode=require").doesNotContain("Secret");
    }
}
