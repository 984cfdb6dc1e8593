package duban.ledger.importing;

import duban.domain.importing.ItemKey;

import duban.domain.importing.ImportRowDraft;

import duban.domain.importing.ImportPlan;

import duban.domain.importing.ImportBasis;
import duban.domain.importing.ImportedState;

import duban.domain.Category;
import duban.domain.FormulaGuard;
import duban.domain.Labeled;
import duban.domain.Source;
import duban.ui.forms.DateText;
import duban.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The check of a task list before anything is written: one line per data row with its problems
 * in Chinese, the units the file names that the database does not know, and the plan of what
 * an import writes. Pure: no JavaFX, no store.
 *
 * <p>Duplicates: a row whose (督办事项, 牵头单位, 交办日期) is already stored is 已导入过 and skipped
 * (not an error); the same triple twice in the file is a problem of the second row.
 */
public final class ImportPreview {

    /** The longest texts the database accepts (its CHECK constraints). */
    static final int MAX_TITLE = 200;
    static final int MAX_PERSON = 50;
    static final int MAX_UNIT = 100;

    /** What a missing 事项来源 and 督办类别 become. */
    public static final Source DEFAULT_SOURCE = Source.OTHER;
    public static final Category DEFAULT_CATEGORY = Category.ROUTINE;

    private static final Map<String, Source> SOURCE_ALIASES = Map.of(
            "人大代表建议", Source.NPC_SUGGESTION,
            "政协委员提案", Source.CPPCC_PROPOSAL,
            "常务会议", Source.EXECUTIVE_MEETING,
            "政府常务会议", Source.EXECUTIVE_MEETING,
            "政府工作报告任务", Source.WORK_REPORT);
    private static final Map<String, Category> CATEGORY_ALIASES = Map.of(
            "重点", Category.KEY,
            "紧急", Category.URGENT,
            "急办", Category.URGENT,
            "一般", Category.ROUTINE,
            "日常", Category.ROUTINE);

    private final String fileProblem;
    private final List<String> fileNotes;
    private final List<PreviewRow> rows;
    private final List<String> unknownUnits;
    private final boolean createUnits;

    private ImportPreview(String fileProblem, List<String> fileNotes, List<PreviewRow> rows, List<String> unknownUnits,
                          boolean createUnits) {
        this.fileProblem = fileProblem;
        this.fileNotes = List.copyOf(fileNotes);
        this.rows = List.copyOf(rows);
        this.unknownUnits = List.copyOf(unknownUnits);
        this.createUnits = createUnits;
    }

    /**
     * Checks every row of {@code sheet} against {@code basis}.
     *
     * @param today       the 交办日期 of rows that give none
     * @param createUnits whether the user confirmed creating the units the database lacks
     */
    public static ImportPreview of(ImportSheet sheet, ImportBasis basis, LocalDate today, boolean createUnits) {
        if (!sheet.hasTitleColumn()) {
            String found = sheet.headersFound().isEmpty() ? Messages.get("import.file.noColumns")
                    : String.join("、", sheet.headersFound());
            return new ImportPreview(Messages.get("import.file.noTitleColumn", found), List.of(), List.of(), List.of(),
                    createUnits);
        }
        // A column the file lacks altogether is said once for the file, not on every row.
        List<String> fileNotes = new ArrayList<>();
        if (!sheet.columns().contains(ImportColumn.ASSIGNED_ON)) {
            fileNotes.add(Messages.get("import.fileNote.noAssignedOn", today.toString()));
        }
        if (!sheet.columns().contains(ImportColumn.SOURCE)) {
            fileNotes.add(Messages.get("import.fileNote.default", ImportColumn.SOURCE.header(), DEFAULT_SOURCE.label()));
        }
        if (!sheet.columns().contains(ImportColumn.CATEGORY)) {
            fileNotes.add(Messages.get("import.fileNote.default", ImportColumn.CATEGORY.header(), DEFAULT_CATEGORY.label()));
        }
        fileNotes.addAll(ImportedStates.fileNotes(sheet.columns()));
        List<SheetRow> sheetRows = sheet.rows().stream().map(ImportPreview::withoutFormulaGuards).toList();
        List<String> unknown = unknownUnits(sheetRows, basis);
        List<PreviewRow> rows = new ArrayList<>();
        Map<ItemKey, Integer> firstRowOfKey = new HashMap<>();
        for (SheetRow row : sheetRows) {
            rows.add(check(row, sheet.columns(), basis, today, createUnits, firstRowOfKey));
        }
        ImportTree.Placed placed = ImportTree.resolve(sheetRows, rows);
        String refused = placed.tree() ? ImportTree.refusedRows(placed.rows()) : "";
        // A decomposed list is imported whole or not at all: a bad row refuses every row.
        String refusal = refused.isEmpty() ? "" : Messages.get("import.tree.refused", refused);
        return new ImportPreview(refusal, fileNotes, placed.rows(), unknown, createUnits);
    }

    /**
     * The row with the {@code '} our CSV export puts before text that starts like a formula
     * removed from every cell ({@link FormulaGuard#unguard}): the one place where a cell's text
     * becomes what the fields are read from, so an exported ledger imports with its own texts.
     */
    private static SheetRow withoutFormulaGuards(SheetRow row) {
        Map<ImportColumn, ImportCell> cells = new EnumMap<>(ImportColumn.class);
        // A new cell is stripped again: "'\t" is a tab, which the store would trim to nothing.
        row.cells().forEach((column, cell) -> cells.put(column,
                new ImportCell(FormulaGuard.unguard(cell.text()), cell.date())));
        return new SheetRow(row.number(), cells);
    }

    /** The units named in the file (lead or assisting) that the database lacks, each once, in file order. */
    private static List<String> unknownUnits(List<SheetRow> sheetRows, ImportBasis basis) {
        Map<String, String> unknown = new LinkedHashMap<>();
        for (SheetRow row : sheetRows) {
            Stream.concat(Stream.of(row.text(ImportColumn.LEAD_UNIT)), assistUnits(row).stream())
                    .filter(name -> !name.isBlank() && basis.unit(name).isEmpty())
                    // Not offered for creation: such a name is refused (the row says why).
                    .filter(name -> !FormulaGuard.startsLikeFormula(name.strip()))
                    .forEach(name -> unknown.putIfAbsent(ItemKey.unitKey(name), name.strip()));
        }
        return new ArrayList<>(unknown.values());
    }

    private static PreviewRow check(SheetRow row, Set<ImportColumn> columns, ImportBasis basis,
                                    LocalDate today, boolean createUnits, Map<ItemKey, Integer> firstRowOfKey) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> newUnitNotes = new ArrayList<>();

        for (ImportColumn column : ImportColumn.values()) {
            if (duban.domain.Texts.hasInvalidCharacters(row.text(column))) {
                problems.add(Messages.get("import.problem.controlCharacters", column.header()));
            }
        }
        // The 督办事项 as written (line breaks too), so that an exported ledger comes back exactly;
        // only the duplicate check (ItemKey) treats runs of whitespace as one space.
        String title = row.text(ImportColumn.TITLE);
        if (title.isEmpty()) {
            problems.add(Messages.get("import.problem.noTitle"));
        } else if (characters(title) > MAX_TITLE) {
            problems.add(Messages.get("import.problem.titleTooLong", String.valueOf(MAX_TITLE)));
        }
        String owner = row.text(ImportColumn.OWNER);
        if (owner.isEmpty()) {
            problems.add(Messages.get("import.problem.noOwner"));
        } else if (characters(owner) > MAX_PERSON) {
            problems.add(Messages.get("import.problem.tooLong", ImportColumn.OWNER.header(), String.valueOf(MAX_PERSON)));
        }
        String leader = row.text(ImportColumn.LEADER);
        if (characters(leader) > MAX_PERSON) {
            problems.add(Messages.get("import.problem.tooLong", ImportColumn.LEADER.header(), String.valueOf(MAX_PERSON)));
        }
        for (ImportColumn person : List.of(ImportColumn.OWNER, ImportColumn.LEADER)) {
            String formula = FormulaGuard.refusal(person.header(), row.text(person));
            addIf(!formula.isEmpty(), problems, formula);
        }

        String lead = row.text(ImportColumn.LEAD_UNIT);
        if (lead.isEmpty()) {
            problems.add(Messages.get("import.problem.noLeadUnit"));
        } else {
            checkUnit(lead, name -> Messages.get("import.problem.unknownLeadUnit", name), basis, createUnits, problems, newUnitNotes);
        }
        List<String> assists = new ArrayList<>();
        for (String assist : assistUnits(row)) {
            if (!lead.isEmpty() && ItemKey.unitKey(assist).equals(ItemKey.unitKey(lead))) {
                notes.add(Messages.get("import.note.leadAlsoAssists", assist));
            } else if (assists.stream().noneMatch(seen -> ItemKey.unitKey(seen).equals(ItemKey.unitKey(assist)))) {
                checkUnit(assist, name -> Messages.get("import.problem.unknownAssistUnit", name), basis, createUnits, problems, newUnitNotes);
                assists.add(assist);
            }
        }

        notes.addAll(newUnitNotes);
        ImportCell assignedCell = row.cell(ImportColumn.ASSIGNED_ON);
        boolean assignedGiven = !assignedCell.isBlank();
        LocalDate assignedOn = date(assignedCell, ImportColumn.ASSIGNED_ON, problems);
        if (!assignedGiven) {
            assignedOn = today;
            addIf(columns.contains(ImportColumn.ASSIGNED_ON), notes,
                    Messages.get("import.note.assignedToday", today.toString()));
        }
        ImportCell deadlineCell = row.cell(ImportColumn.DEADLINE);
        LocalDate deadline = date(deadlineCell, ImportColumn.DEADLINE, problems);
        if (deadlineCell.isBlank()) {
            problems.add(Messages.get("import.problem.noDeadline"));
        }
        if (assignedOn != null && deadline != null && deadline.isBefore(assignedOn)) {
            problems.add(Messages.get("import.problem.deadlineBeforeAssigned", deadline.toString(), assignedOn.toString()));
        }

        Source source = labeled(row.text(ImportColumn.SOURCE), Source.values(), SOURCE_ALIASES, DEFAULT_SOURCE,
                ImportColumn.SOURCE,
                (typed, known) -> Messages.get("import.problem.unknownSource", typed, known), problems,
                columns.contains(ImportColumn.SOURCE) ? notes : new ArrayList<>());
        Category category = labeled(row.text(ImportColumn.CATEGORY), Category.values(), CATEGORY_ALIASES,
                DEFAULT_CATEGORY, ImportColumn.CATEGORY,
                (typed, known) -> Messages.get("import.problem.unknownCategory", typed, known), problems,
                columns.contains(ImportColumn.CATEGORY) ? notes : new ArrayList<>());
        // An exported ledger says where each item stands: taken over after the checks above.
        ImportedState state = ImportedStates.read(row, basis, category, assignedOn, today, problems, notes);

        String deadlineText = deadline != null ? deadline.toString() : deadlineCell.text();
        PreviewRow.Verdict verdict;
        ImportRowDraft draft = null;
        ItemKey key = title.isEmpty() || lead.isEmpty() || assignedOn == null ? null : ItemKey.of(title, lead, assignedOn);
        if (key != null && basis.contains(key, assignedGiven)) {
            // Already stored: skipped whatever else the row says, so a re-run never fails on it.
            verdict = PreviewRow.Verdict.ALREADY_IMPORTED;
            problems.clear();
            notes.clear();
            notes.add(Messages.get("import.note.alreadyImported"));
        } else {
            if (key != null) {
                Integer first = firstRowOfKey.putIfAbsent(key, row.number());
                if (first != null) {
                    problems.add(Messages.get("import.problem.duplicateInFile", String.valueOf(first)));
                }
            }
            if (!problems.isEmpty()) {
                // Units are created only for rows that are imported: no promise on a row that is not.
                notes.removeAll(newUnitNotes);
            }
            if (problems.isEmpty()) {
                verdict = PreviewRow.Verdict.VALID;
                draft = new ImportRowDraft(row.number(), title, details(row), source, category, lead.strip(), assists,
                        owner, leader.isEmpty() ? null : leader, assignedOn, deadline, assignedGiven, 0, state);
            } else {
                verdict = PreviewRow.Verdict.INVALID;
            }
        }
        return new PreviewRow(row.number(), title, lead, owner, deadlineText, verdict, problems, notes, draft);
    }

    /** Characters as the database's CHECK counts them: 𠀀 is one, though Java holds it in two chars. */
    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    private static void addIf(boolean condition, List<String> notes, String note) {
        if (condition) {
            notes.add(note);
        }
    }

    private static void checkUnit(String name, UnaryOperator<String> unknown, ImportBasis basis, boolean createUnits,
                                  List<String> problems, List<String> notes) {
        if (basis.unit(name).isPresent()) {
            return;
        }
        String formula = FormulaGuard.refusal(Messages.get("formula.field.unit"), name);
        if (characters(name.strip()) > MAX_UNIT) {
            problems.add(Messages.get("import.problem.unitTooLong", name.strip().substring(0, name.strip().offsetByCodePoints(0, 20)) + "…",
                    String.valueOf(MAX_UNIT)));
        } else if (!formula.isEmpty()) {
            // Such a unit could not be created (UnitStore refuses it): say why rather than offer it.
            problems.add(formula);
        } else if (createUnits) {
            notes.add(Messages.get("import.note.newUnit", name.strip()));
        } else {
            problems.add(unknown.apply(name.strip()));
        }
    }

    /** 协办单位 as listed: split on 、 , ， ; ； and whitespace. */
    static List<String> assistUnits(SheetRow row) {
        return Stream.of(row.text(ImportColumn.ASSIST_UNITS).split("[、,，;；\\s\\u3000]+"))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    /** 具体内容, with 备注 (if any) on a line of its own. */
    private static String details(SheetRow row) {
        String details = row.text(ImportColumn.DETAILS);
        String remarks = row.text(ImportColumn.REMARKS);
        if (remarks.isEmpty()) {
            return details;
        }
        String remarkLine = Messages.get("import.details.remarks", remarks);
        return details.isEmpty() ? remarkLine : details + "\n" + remarkLine;
    }

    /** The cell's date; a text that is no date is a problem of the row. */
    static LocalDate date(ImportCell cell, ImportColumn column, List<String> problems) {
        if (cell.date() != null) {
            return cell.date();
        }
        if (cell.text().isEmpty()) {
            return null;
        }
        Optional<LocalDate> parsed = DateText.parse(cell.text());
        if (parsed.isEmpty()) {
            problems.add(Messages.get("import.problem.badDate", column.header(), cell.text()));
        }
        return parsed.orElse(null);
    }

    private static <T extends Enum<T> & Labeled> T labeled(String text, T[] values, Map<String, T> aliases,
                                                            T fallback, ImportColumn column,
                                                            BinaryOperator<String> unknown,
                                                            List<String> problems, List<String> notes) {
        String wanted = text.replaceAll("[\\s\\u3000]+", "");
        if (wanted.isEmpty()) {
            notes.add(Messages.get("import.note.default", column.header(), fallback.label()));
            return fallback;
        }
        for (T value : values) {
            if (value.label().equals(wanted) || value.name().equalsIgnoreCase(wanted)) {
                return value;
            }
        }
        if (aliases.containsKey(wanted)) {
            return aliases.get(wanted);
        }
        // 2026年政府工作报告 → 政府工作报告: accepted when exactly one label is in the text.
        List<T> contained = Stream.of(values).filter(value -> wanted.contains(value.label())).toList();
        if (contained.size() == 1) {
            return contained.get(0);
        }
        problems.add(unknown.apply(text,
                String.join("、", Stream.of(values).map(Labeled::label).toList())));
        return fallback;
    }

    /**
     * The file cannot be imported at all (no 督办事项 column, or a decomposed list with a bad row):
     * the message, or empty.
     */
    public String fileProblem() {
        return fileProblem;
    }

    /** What the import assumes for the whole file (a column it lacks), for above the rows. */
    public List<String> fileNotes() {
        return fileNotes;
    }

    public List<PreviewRow> rows() {
        return rows;
    }

    /** The units the file names that the database does not know, each once. */
    public List<String> unknownUnits() {
        return unknownUnits;
    }

    public boolean createUnits() {
        return createUnits;
    }

    public int total() {
        return rows.size();
    }

    /** The rows an import writes: none while the file is refused. */
    public int importable() {
        return fileProblem.isEmpty() ? count(PreviewRow.Verdict.VALID) : 0;
    }

    public int invalid() {
        return count(PreviewRow.Verdict.INVALID);
    }

    public int alreadyImported() {
        return count(PreviewRow.Verdict.ALREADY_IMPORTED);
    }

    private int count(PreviewRow.Verdict verdict) {
        return (int) rows.stream().filter(row -> row.verdict() == verdict).count();
    }

    /** 共 n 行: 可导入 a 行, 有问题 b 行, 已导入过 c 行. */
    public String summary() {
        return Messages.get("import.summary", String.valueOf(total()), String.valueOf(importable()),
                String.valueOf(invalid()), String.valueOf(alreadyImported()));
    }

    /**
     * What to write: the valid rows, and the unknown units they name when the user confirmed
     * creating them (only those units some valid row uses).
     */
    public ImportPlan plan() {
        List<ImportRowDraft> drafts = rows.stream()
                .filter(row -> fileProblem.isEmpty() && row.verdict() == PreviewRow.Verdict.VALID)
                .map(PreviewRow::draft).toList();
        List<String> toCreate = new ArrayList<>();
        if (createUnits) {
            for (String unit : unknownUnits) {
                boolean used = drafts.stream().anyMatch(draft -> Stream.concat(Stream.of(draft.leadUnit()),
                        draft.assistUnits().stream()).anyMatch(name -> ItemKey.unitKey(name).equals(ItemKey.unitKey(unit))));
                if (used) {
                    toCreate.add(unit);
                }
            }
        }
        return new ImportPlan(drafts, toCreate, alreadyImported(), invalid());
    }
}
