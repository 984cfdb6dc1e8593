package duban.domain;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One backup file in the {@code backups/} folder, as 从备份恢复 lists it.
 *
 * @param takenAt   when it was made, from its name (local time)
 * @param sizeBytes the file's size
 * @param itemCount the 督办事项 it holds, or {@code -1} when the file could not be read as one of ours
 */
public record Backup(Path file, LocalDateTime takenAt, long sizeBytes, int itemCount) {

    /** When it was taken, as the lists and messages show it: 2026-11-20 17:15. */
    public String takenAtText() {
        return takenAt.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /** Whether the file opened and counted: only such a backup may be restored. */
    public boolean readable() {
        return itemCount >= 0;
    }
}
