package duban.ledger.importing;

import duban.domain.importing.ImportRowDraft;
import duban.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * One data row of the file as the preview shows it: the row number as Excel shows it, the main
 * fields as written, what is wrong with it (problems) and what the import assumes (notes).
 *
 * @param draft      the row to store, or {@code null} when it is not imported
 * @param parentRow  the file row of its parent when the file makes it a sub-item, else 0
 * @param childCount how many rows of the file are its sub-items
 */
public record PreviewRow(int rowNumber, String title, String leadUnit, String owner, String deadline,
                         Verdict verdict, List<String> problems, List<String> notes, ImportRowDraft draft,
                         int parentRow, int childCount) {

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

    /** The same row without a place in a tree. */
    public PreviewRow(int rowNumber, String title, String leadUnit, String owner, String deadline, Verdict verdict,
                      List<String> problems, List<String> notes, ImportRowDraft draft) {
        this(rowNumber, title, leadUnit, owner, deadline, verdict, problems, notes, draft, 0, 0);
    }

    /**
     * The 督办事项 as the preview's tree shows it: a sub-item indented under its parent, a parent
     * marked with how many sub-items it has.
     */
    public String treeTitle() {
        if (parentRow > 0) {
            return "\u3000\u3000" + title;
        }
        return childCount > 0 ? Messages.get("import.tree.parent", title, String.valueOf(childCount)) : title;
    }

    /** The 问题 column: the problems, then the notes, in one line. */
    public String issues() {
        List<String> all = new ArrayList<>(problems);
        all.addAll(notes);
        return String.join("; ", all);
    }
}
