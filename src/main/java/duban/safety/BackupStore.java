package duban.safety;

import duban.domain.Backup;
import java.nio.file.Path;
import java.util.List;

/** The backups of the open database file, as 立即备份 and 从备份恢复 need them; called on the store thread. */
public interface BackupStore {

    /** The file's backups, newest first (unreadable ones too, marked so). */
    List<Backup> list();

    /** Takes a consistent copy of the file now. */
    Backup backupNow();

    /** Puts {@code backup} in the file's place; the file as it was is renamed aside, never deleted. */
    Restored restore(Backup backup);

    /** What a restore did: the backup now in use, and where the replaced file was put aside. */
    record Restored(Backup restored, Path setAside) {
    }
}
