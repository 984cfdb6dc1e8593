package duban.domain.importing;

import duban.i18n.Messages;

/**
 * What an import did.
 *
 * @param skippedDuplicates rows already in the database (已导入过), not imported again
 * @param invalid           rows with problems, not imported
 */
public record ImportResult(int imported, int skippedDuplicates, int invalid, int unitsCreated) {

    /** 已导入 n 项督办事项 … in one line. */
    public String describe() {
        return Messages.get("import.result", String.valueOf(imported), String.valueOf(skippedDuplicates),
                String.valueOf(invalid), String.valueOf(unitsCreated));
    }
}
