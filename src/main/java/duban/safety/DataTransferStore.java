package duban.safety;

import java.nio.file.Path;

/**
 * Moving the office's data from the board: 迁移到共享数据库… (a file onto an empty database on a
 * server) and 导出为本地文件… (a server's data into a new file). Called on the store thread; the
 * board's own database is the source.
 */
public interface DataTransferStore {

    /** Whether the board's database is on a server (导出为本地文件… applies) rather than a file (迁移… applies). */
    boolean onServer();

    /**
     * Copies everything into the empty database at {@code address} ({@code postgresql://…}),
     * logged in with {@code password} (empty: the password file's), and checks it there.
     *
     * @throws Refused when the address, the server or the copy refuses; nothing was written then
     */
    Transferred copyToServer(String address, char[] password);

    /**
     * Writes a copy of everything into the new file {@code file}, checked.
     *
     * @throws Refused when the file exists or the copy is refused; no file is left then
     */
    Transferred exportToFile(Path file);

    /**
     * What was copied, and where.
     *
     * @param where        the target as the user is shown it (a path, or {@code zhang@host:5432/duban})
     * @param startAddress for a server: its address without a password, for {@code --db} on every PC
     * @param items        the 督办事项 copied
     * @param events       the 办理记录 copied, their chain checked in the target
     */
    record Transferred(String where, String startAddress, long items, int events) {
    }

    /** The copy was refused or failed and left nothing behind; the message says why, in Chinese. */
    final class Refused extends RuntimeException {
        public Refused(String userMessage, Throwable cause) {
            super(userMessage, cause);
        }

        /** What happened and what to do, in Chinese. */
        public String userMessage() {
            return getMessage();
        }
    }
}
