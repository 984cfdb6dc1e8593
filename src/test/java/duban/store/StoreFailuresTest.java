package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A failed write is told in the office's words, whatever the driver wrapped it in; never the SQL. */
class StoreFailuresTest {

    private static String told(SQLiteErrorCode code, String text) {
        // jOOQ wraps the driver's exception in its own, with the SQL statement in the message.
        return StoreFailures.describe(new org.jooq.exception.DataAccessException(
                "SQL [update item set status = ?]; " + text, new SQLiteException(text, code)));
    }

    @Test
    void diskFullIoErrorsReadOnlyBusyAndDamageHaveTheirOwnWords() {
        assertThat(told(SQLiteErrorCode.SQLITE_FULL, "[SQLITE_FULL] database or disk is full")).isEqualTo("磁盘已满, 数据库无法写入");
        assertThat(told(SQLiteErrorCode.SQLITE_IOERR_WRITE, "[SQLITE_IOERR_WRITE] disk I/O error")).startsWith("读写磁盘出错");
        assertThat(told(SQLiteErrorCode.SQLITE_READONLY, "[SQLITE_READONLY] attempt to write a readonly database"))
                .contains("只读");
        assertThat(told(SQLiteErrorCode.SQLITE_BUSY, "[SQLITE_BUSY] database is locked")).contains("占用");
        assertThat(told(SQLiteErrorCode.SQLITE_CORRUPT, "[SQLITE_CORRUPT] malformed")).contains("损坏");
    }

    @Test
    void anyOtherRefusalKeepsItsReasonButNotTheStatement() {
        String text = told(SQLiteErrorCode.SQLITE_CONSTRAINT_TRIGGER,
                "[SQLITE_CONSTRAINT_TRIGGER] A RAISE function within a trigger fired (item_event is append-only)");
        assertThat(text).isEqualTo("数据库拒绝了这次写入 (item_event is append-only)").doesNotContain("update");
    }

    @Test
    void somethingElseKeepsItsOwnMessage() {
        assertThat(StoreFailures.describe(new IllegalStateException("已被其他窗口修改"))).isEqualTo("已被其他窗口修改");
    }
}
