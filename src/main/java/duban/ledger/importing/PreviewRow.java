package duban.ledger.importing;

import duban.domain.importing.ImportRowDraft;

import java.util.ArrayList;
import java.util.List;

/**
 * One data row of the file as the preview shows it: the row number as Excel shows it, the main
 * fields as written, what is wrong with it (problems) and what the import assumes (notes).
 *
 * @param draft the row to store, or {@code null} when it is not imported
 */
public record PreviewRow(int rowNumber, String title, String leadUnit, String owner, String deadline,
                         Verdict verdict, List<String> problems, List<String> notes, ImportRowDraft draft) {

    /** What happens to the row. */
    public enum Verdict {
        /** imported */
        VALID,
        /** not imported: it has problems */
        INVALID,
        /** not imported: already in the database (已导入过, 跳过) */
        ALREADY_IMPORTED
    }

    public PreviewRow {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** The 问题 column: the problems, then the notes, in one line. */
    public String issues() {
        List<String> all = new ArrayList<>(problems);
        all.addAll(notes);
        return String.join("; ", all);
    }
}
