package duban.store;

import duban.domain.ConcurrentChangeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import duban.domain.UnitKind;
import duban.i18n.Messages;
import duban.testing.TestClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.assertj.core.api.AbstractStringAssert;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A failure is told in the office's words, with what to do, whatever the driver or the JDK wrapped
 * it in: never the SQL, a driver's code, an exception's name or its English. The details go to the
 * log file.
 */
class StoreFailuresTest {

    private static final String INSERT = "SQL [insert into item_event (id, item_id, at, kind) values (?, ?, ?, ?)]; ";

    @TempDir
    Path folder;

    /** As jOOQ reports a failed statement: its own exception, the SQL in the message, the driver's beneath. */
    private static DataAccessException fromJooq(SQLiteErrorCode code, String driverText) {
        return new DataAccessException(INSERT + driverText, new SQLiteException(driverText, code));
    }

    private static AbstractStringAssert<?> told(Throwable failure) {
        String text = StoreFailures.describe(failure);
        return assertThat(text).matches("(?s).*\\p{IsHan}.*")
                .doesNotContain("SQL").doesNotContainIgnoringCase("insert").doesNotContain("Exception")
                .doesNotContain("[SQLITE").doesNotContain("SQLITE_").doesNotContain("item_event");
    }

    @Test
    void theDatabaseOpenedLastIsWatchedForFreeSpaceHoweverManyWereOpenedBefore() {
        // A full test run (or a long session with restores) opens far more databases than are
        // remembered: the newest must still be judged by its disk's free space (DiskFullTest).
        for (int n = 0; n < 100; n++) {
            StoreFailures.watchFolderOf(folder.resolve("earlier-" + n).resolve("duban.db"));
        }
        Path newest = folder.resolve("now").resolve("duban.db");
        StoreFailures.watchFolderOf(newest);

        assertThat(StoreFailures.watchedFolders()).hasSizeLessThanOrEqualTo(16).last().isEqualTo(newest.getParent());
    }

    @Test
    void aFullDiskSaysSoAndWhatToDo() {
        told(fromJooq(SQLiteErrorCode.SQLITE_FULL, "[SQLITE_FULL] Insertion failed because database is full (database or disk is full)"))
                .startsWith("磁盘空间不足").contains("请清理磁盘").contains("空间更大的位置");
        told(new FileSystemException("/srv/台账/.台账.xlsx.x1.part", null, "No space left on device"))
                .startsWith("磁盘空间不足").contains("请清理磁盘");
        // FileOutputStream's own words, without a file, and Windows' in Chinese
        told(new UncheckedIOException(new IOException("No space left on device"))).startsWith("磁盘空间不足");
        told(new FileSystemException("D:\\台账\\台账.xlsx", null, "磁盘空间不足。")).startsWith("磁盘空间不足");
    }

    @Test
    void aFileOpenInAnotherProgramIsNamedWithWhatToDo() {
        // Windows' sharing violation when the ledger is open in Excel, in English and in Chinese.
        told(new FileSystemException("/home/办公室/台账/.台账.xlsx.x1.part", "/home/办公室/台账/督办事项台账.xlsx",
                "The process cannot access the file because it is being used by another process"))
                .isEqualTo("文件 “督办事项台账.xlsx” 被其他程序占用（例如正在 Excel 或 WPS 中打开）。请在那个程序中关闭它后重试");
        told(new FileSystemException("/home/办公室/台账/督办事项台账.xlsx", null, "另一个程序正在使用此文件，进程无法访问。"))
                .contains("被其他程序占用").contains("关闭");
    }

    @Test
    void aReadOnlyMediumOrAMissingPermissionSaysSo() throws Exception {
        told(new AccessDeniedException("/media/u盘/台账/督办事项台账.xlsx")).startsWith("无法写入 /media/u盘/台账")
                .contains("没有写入权限").contains("只读").contains("另选一个位置");
        told(new FileSystemException("/media/cdrom/台账.csv", null, "Read-only file system")).contains("只读");
        told(new NoSuchFileException("/mnt/share/台账/x.csv")).contains("找不到").contains("请检查");

        // A real refusal by SQLite: a write through a read-only connection.
        Path file = folder.resolve("duban.db");
        Database.open(file).close();
        try (Database readOnly = Database.open(file, true)) {
            Throwable refused = catchThrowable(() -> new UnitStore(readOnly.dsl()).add("县财政局", UnitKind.COUNTY_DEPARTMENT));
            assertThat(refused).isInstanceOf(DataAccessException.class).hasMessageContaining("insert");
            told(refused).contains("只读").contains("写权限");
        }
    }

    @Test
    void otherCausesOfTheDatabaseHaveTheirOwnWords() {
        told(fromJooq(SQLiteErrorCode.SQLITE_BUSY, "[SQLITE_BUSY] The database file is locked (database is locked)"))
                .contains("其他程序占用").contains("稍后重试");
        told(fromJooq(SQLiteErrorCode.SQLITE_CORRUPT, "[SQLITE_CORRUPT] The database disk image is malformed"))
                .contains("已损坏").contains("从备份恢复");
        told(fromJooq(SQLiteErrorCode.SQLITE_CANTOPEN, "[SQLITE_CANTOPEN] Unable to open the database file"))
                .contains("无法打开数据库文件");
        // An I/O error on a disk with room (a pulled stick) is not a full disk (DiskFullTest: one without)
        told(fromJooq(SQLiteErrorCode.SQLITE_IOERR_WRITE, "[SQLITE_IOERR_WRITE] disk I/O error"))
                .startsWith("读写磁盘出错").contains("请检查");
    }

    @Test
    void anyOtherRefusalOfTheDatabasePointsToTheLogInsteadOfTheDriversText() throws Exception {
        // A real one: the history refuses every UPDATE (a trigger), as jOOQ reports it.
        Path file = folder.resolve("duban.db");
        FailureLog.install(file, true);
        try (Database database = Database.open(file)) {
            new DemoData(database.dsl(), TestClock.startingToday()).seedIfEmpty();
            Throwable refused = catchThrowable(() -> database.dsl().execute("update item_event set note = 'x'"));
            assertThat(refused).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            UnitStore units = new UnitStore(database.dsl());
            String taken = units.all().get(0).name();
            Throwable duplicate = catchThrowable(() -> units.add(taken, UnitKind.COUNTY_DEPARTMENT));
            assertThat(duplicate).isInstanceOf(DataAccessException.class).hasMessageContaining("UNIQUE");
            told(refused).startsWith("数据库拒绝了这次写入").contains(folder.resolve("duban.log").toString())
                    .doesNotContain("append-only");
            told(duplicate).doesNotContain("UNIQUE").doesNotContain("constraint");
        }
    }

    @Test
    void anUnforeseenFailureGetsAGeneralSentenceNamingTheLog() {
        Path file = folder.resolve("2025年.db");
        Path log = FailureLog.install(file, true);
        assertThat(log).isEqualTo(folder.resolve("2025年.log"));
        told(new NullPointerException("Cannot invoke \"duban.domain.Item.id()\" because \"item\" is null"))
                .isEqualTo("发生了意外错误（详细信息已记入日志文件 " + log + "）。请重试；如仍然失败，请把日志文件发给技术支持人员");
        // English from our own code (a programming error) is not for the user either
        told(new IllegalStateException("demo data names an unknown unit: 县财政局")).startsWith("发生了意外错误");
    }

    @Test
    void theDetailsGoToTheLogFileBesideTheDatabaseAndNotIntoTheMessage() throws Exception {
        Path log = FailureLog.install(folder.resolve("duban.db"), true);
        assertThat(log).doesNotExist(); // created at the first failure, not before

        DataAccessException full = fromJooq(SQLiteErrorCode.SQLITE_FULL, "[SQLITE_FULL] database or disk is full");
        String message = StoreFailures.describe(full);
        StoreFailures.describe(full); // described twice (status line and dialog), logged once

        assertThat(message).doesNotContain("SQL").doesNotContain("insert");
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).contains(message)
                .contains("org.jooq.exception.DataAccessException: SQL [insert into item_event")
                .contains("Caused by: org.sqlite.SQLiteException: [SQLITE_FULL]")
                .contains("at duban.store.StoreFailuresTest")
                .contains(folder.resolve("duban.db").toString());
        assertThat(logged.split("DataAccessException: SQL").length - 1).isEqualTo(1);
    }

    @Test
    void aRefusalOfOursIsShownAsItIsAndNotLogged() throws Exception {
        Path log = FailureLog.install(folder.resolve("duban.db"), true);
        assertThat(StoreFailures.describe(new IllegalStateException("“报表”已被撤销。"))).isEqualTo("“报表”已被撤销。");
        assertThat(StoreFailures.isRefusal(new IllegalArgumentException("办结销号需要填写办结情况。"))).isTrue();
        ConcurrentChangeException conflict = new ConcurrentChangeException(3, "报表");
        assertThat(StoreFailures.describe(conflict)).isEqualTo(conflict.userMessage());
        assertThat(log).doesNotExist();
    }

    @Test
    void theLogIsSetAsideAtAboutOneMegabyteAndTwoOldOnesAreKept() throws Exception {
        Path log = FailureLog.install(folder.resolve("duban.db"), true);
        String reason = "x".repeat(10_000);
        for (int i = 0; i < 400; i++) { // about 4 MB of records
            FailureLog.record("第 " + i + " 次", new IOException(reason));
        }
        assertThat(log).exists();
        assertThat(Path.of(log + ".1")).exists();
        assertThat(Path.of(log + ".2")).exists();
        assertThat(Path.of(log + ".3")).doesNotExist();
        for (Path file : new Path[] {log, Path.of(log + ".1"), Path.of(log + ".2")}) {
            assertThat(Files.size(file)).isLessThan(FailureLog.ROTATE_AT_BYTES + 64 * 1024);
        }
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("第 399 次");
    }

    @Test
    void aDatabaseThatMustNotBeWrittenBesideLogsInTheUsersOwnFolder() {
        Path file = folder.resolve("office.db");
        assertThat(FailureLog.install(file, false)).isEqualTo(FailureLog.userFolder().resolve("office.log"));
        assertThat(FailureLog.userFolder()).isEqualTo(Path.of(System.getProperty("user.home"), ".duban", "logs"));
        assertThat(FailureLog.install(file, true)).isEqualTo(folder.resolve("office.log"));
    }

    /** As jOOQ reports a statement the PostgreSQL server refused: the driver's exception with its SQLSTATE beneath. */
    private static DataAccessException fromServer(String sqlState, String serverText) {
        return new DataAccessException(INSERT + "ERROR: " + serverText,
                new org.postgresql.util.PSQLException("ERROR: " + serverText, org.postgresql.util.PSQLState.UNKNOWN_STATE) {
                    @Override
                    public String getSQLState() {
                        return sqlState;
                    }
                });
    }

    @Test
    void aServersFailuresAreToldByTheirSqlStateInTheOfficesWords() {
        for (String lost : new String[] {"08006", "08001", "08003", "57P01", "57P02", "57P03"}) {
            told(fromServer(lost, "terminating connection due to administrator command"))
                    .isEqualTo(Messages.get("failure.server.connectionLost")).contains("自动重新连接").contains("数据未作任何改动");
        }
        told(fromServer("42501", "permission denied for table item")).contains("只读").contains("有编辑权限的账号");
        told(fromServer("25006", "cannot execute UPDATE in a read-only transaction")).contains("只读");
        for (String conflict : new String[] {"40001", "40P01", "55P03", "57014"}) {
            told(fromServer(conflict, "deadlock detected")).isEqualTo(Messages.get("failure.server.tryAgain"));
        }
        told(fromServer("23505", "duplicate key value violates unique constraint \"unit_name_key\""))
                .contains("拒绝").contains(FailureLog.file().toString()).doesNotContain("unit_name_key");
        told(fromServer("23514", "new row for relation \"item\" violates check constraint")).contains("拒绝");
        told(fromServer("53100", "could not extend file: No space left on device")).contains("服务器的磁盘空间已满");
        told(fromServer("53300", "sorry, too many clients already")).contains("稍后再试");
        told(fromServer("28P01", "password authentication failed")).contains("重新打开督办看板");
        told(fromServer("XX000", "internal error")).isEqualTo(Messages.get("failure.unknown", FailureLog.file()));
        // ServerConnection's own word when the server cannot be reached again: the connection's sentence.
        told(new DataAccessException("the database server cannot be reached",
                new org.postgresql.util.PSQLException("Connection to localhost:5432 refused.",
                        org.postgresql.util.PSQLState.CONNECTION_UNABLE_TO_CONNECT)))
                .isEqualTo(Messages.get("failure.server.connectionLost"));
    }
}
