package duban.ledger.importing;

import duban.domain.importing.ImportRowDraft;
import duban.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tree a task list writes (事项分解), both ways offices write it: a hierarchical 序号
 * (3, then 3.1 and 3.2 for its sub-items; 3-1, 3．1 and 3－1 read the same) or a 上级事项 column
 * naming the parent row by its 序号 or its 督办事项. The 上级事项 column wins when a row has both.
 * Chinese outline numbers such as （一） are not levels here: offices use them for headings as
 * often as for sub-items, so such a row must name its parent in 上级事项.
 *
 * <p>A row whose parent cannot be found, a parent that is itself a sub-item (the tree is one
 * level deep) and a cycle are problems of the row. A parent below its child is fine. When the
 * file has a tree, any row with a problem refuses the whole import: half a decomposed report on
 * the board would be worse than none.
 */
final class ImportTree {

    /** 3.1, 3-1, 3．1, 3－1, 3—1: the separators offices type between levels. */
    private static final Pattern LEVELS = Pattern.compile("\\s*[.．\\-－—_]\\s*");
    private static final Pattern DIGITS = Pattern.compile("\\d+(\\.\\d+)*");

    private ImportTree() {
    }

    /** The rows placed in the file's tree, and whether the file has one at all. */
    record Placed(List<PreviewRow> rows, boolean tree) {
    }

    /** The rows with their places in the tree and the tree's problems; the same rows when the file has none. */
    static Placed resolve(List<SheetRow> sheetRows, List<PreviewRow> checked) {
        int count = sheetRows.size();
        List<String> numbers = new ArrayList<>(count);
        Map<String, Integer> byNumber = new HashMap<>();
        Map<String, List<Integer>> byTitle = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String number = normalizedNumber(sheetRows.get(i).text(ImportColumn.NUMBER));
            numbers.add(number);
            if (!number.isEmpty()) {
                byNumber.putIfAbsent(number, i);
            }
            byTitle.computeIfAbsent(titleKey(checked.get(i).title()), key -> new ArrayList<>()).add(i);
        }
        int[] parent = new int[count];
        List<List<String>> problems = new ArrayList<>();
        boolean tree = false;
        for (int i = 0; i < count; i++) {
            parent[i] = -1;
            List<String> rowProblems = new ArrayList<>();
            problems.add(rowProblems);
            String named = sheetRows.get(i).text(ImportColumn.PARENT).strip();
            String number = numbers.get(i);
            if (!named.isEmpty()) {
                tree = true;
                parent[i] = named(named, byNumber, byTitle, rowProblems);
            } else if (number.contains(".")) {
                tree = true;
                String[] levels = number.split("\\.");
                if (levels.length > 2) {
                    rowProblems.add(Messages.get("import.tree.tooDeep", sheetRows.get(i).text(ImportColumn.NUMBER)));
                } else {
                    Integer found = byNumber.get(levels[0]);
                    if (found == null) {
                        rowProblems.add(Messages.get("import.tree.unknownParent", levels[0]));
                    } else {
                        parent[i] = found;
                    }
                }
            }
        }
        if (!tree) {
            return new Placed(checked, false);
        }
        // Judged on the tree as written, before any row is taken out of it.
        boolean[] cycle = new boolean[count];
        int[] written = parent.clone();
        for (int i = 0; i < count; i++) {
            cycle[i] = inCycle(written, i);
        }
        for (int i = 0; i < count; i++) {
            int p = parent[i];
            if (p < 0) {
                continue;
            }
            if (cycle[i]) {
                problems.get(i).add(Messages.get("import.tree.cycle"));
                parent[i] = -1;
            } else if (written[p] >= 0) {
                problems.get(i).add(Messages.get("import.tree.childOfChild", String.valueOf(checked.get(p).rowNumber())));
                parent[i] = -1;
            } else if (checked.get(p).verdict() == PreviewRow.Verdict.ALREADY_IMPORTED
                    && checked.get(i).verdict() == PreviewRow.Verdict.VALID) {
                problems.get(i).add(Messages.get("import.tree.parentStored", String.valueOf(checked.get(p).rowNumber())));
            }
        }
        int[] children = new int[count];
        for (int i = 0; i < count; i++) {
            if (parent[i] >= 0) {
                children[parent[i]]++;
            }
        }
        List<PreviewRow> resolved = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            PreviewRow row = checked.get(i);
            int parentRow = parent[i] < 0 ? 0 : checked.get(parent[i]).rowNumber();
            resolved.add(placed(row, problems.get(i), parentRow, children[i]));
        }
        return new Placed(resolved, true);
    }

    /** The rows refused because of problems, as 第 3、7 行, or empty when every row can be imported. */
    static String refusedRows(List<PreviewRow> rows) {
        List<String> numbers = rows.stream().filter(row -> row.verdict() == PreviewRow.Verdict.INVALID)
                .map(row -> String.valueOf(row.rowNumber())).toList();
        return numbers.isEmpty() ? "" : String.join("、", numbers);
    }

    private static PreviewRow placed(PreviewRow row, List<String> treeProblems, int parentRow, int childCount) {
        List<String> problems = new ArrayList<>(row.problems());
        problems.addAll(treeProblems);
        List<String> notes = new ArrayList<>(row.notes());
        PreviewRow.Verdict verdict = row.verdict();
        ImportRowDraft draft = row.draft();
        if (!treeProblems.isEmpty()) {
            verdict = PreviewRow.Verdict.INVALID;
            draft = null;
        } else if (draft != null && parentRow > 0) {
            draft = draft.under(parentRow);
        }
        return new PreviewRow(row.rowNumber(), row.title(), row.leadUnit(), row.owner(), row.deadline(), verdict,
                problems, notes, draft, parentRow, childCount);
    }

    /** The row a 上级事项 names: by 序号 first, else by 督办事项 (which must then be unique). */
    private static int named(String named, Map<String, Integer> byNumber, Map<String, List<Integer>> byTitle,
                             List<String> problems) {
        Integer byItsNumber = byNumber.get(normalizedNumber(named));
        if (byItsNumber != null) {
            return byItsNumber;
        }
        List<Integer> titled = byTitle.getOrDefault(titleKey(named), List.of());
        if (titled.size() == 1) {
            return titled.get(0);
        }
        problems.add(titled.isEmpty() ? Messages.get("import.tree.unknownParent", named)
                : Messages.get("import.tree.ambiguousParent", named));
        return -1;
    }

    private static boolean inCycle(int[] parent, int start) {
        int at = parent[start];
        for (int steps = 0; at >= 0 && steps < parent.length; steps++) {
            if (at == start) {
                return true;
            }
            at = parent[at];
        }
        return false;
    }

    /** 3, 3.1 from 3, 3.0, 3-1, 3．1, " 3 . 1 "; anything that is not such a number is left as typed. */
    static String normalizedNumber(String text) {
        String stripped = text.strip();
        String dotted = LEVELS.matcher(stripped).replaceAll(".");
        if (dotted.endsWith(".")) {
            dotted = dotted.substring(0, dotted.length() - 1);
        }
        if (dotted.endsWith(".0") && dotted.indexOf('.') == dotted.length() - 2) {
            dotted = dotted.substring(0, dotted.length() - 2);   // a number cell read as 3.0
        }
        Matcher digits = DIGITS.matcher(dotted);
        return digits.matches() ? dotted : stripped;
    }

    private static String titleKey(String title) {
        return title.replaceAll("[\\s\\u3000]+", "");
    }
}
