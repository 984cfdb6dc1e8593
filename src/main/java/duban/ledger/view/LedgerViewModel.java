package duban.ledger.view;


import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemOperators;
import duban.domain.ProgressReport;
import duban.domain.Unit;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ledger.Ledger;
import duban.ledger.LedgerColumn;
import duban.ledger.LedgerScope;
import duban.ledger.LedgerTitle;
import duban.ledger.export.AttachmentFiles;
import duban.ledger.export.AttachmentZip;
import duban.ledger.export.LedgerExport;
import duban.ui.BackgroundJob;
import duban.ui.TaskRunner;
import duban.ui.print.CjkFontFile;
import duban.ui.print.DateWords;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the 督办台账 window: the scope, sorting and grouping the user chose, the ledger
 * they give, its title (from the office's name, a setting), and the exports running in the
 * background. The items are read on the store thread; the ledger is rebuilt from them on every
 * change of scope, sorting or grouping.
 */
public final class LedgerViewModel {

    /**
     * What the ledger is built from, read in one go on the store thread.
     *
     * @param operators who handled each item (留痕), by item id, for the 备注
     */
    public record LedgerData(List<Item> items, Map<Long, ProgressReport> latestReports,
                             Map<Long, ItemOperators> operators, List<Unit> units, String officeName) {

        public static final LedgerData EMPTY = new LedgerData(List.of(), Map.of(), List.of(), "");

        /** Data whose history names nobody. */
        public LedgerData(List<Item> items, Map<Long, ProgressReport> latestReports, List<Unit> units,
                          String officeName) {
            this(items, latestReports, Map.of(), units, officeName);
        }
    }

    /** Reads and writes what the ledger needs; called on the store thread. */
    public interface Store {
        LedgerData load();

        void saveOfficeName(String officeName);

        /** The attachments stored with the items, for 同时导出附件（zip）; read from the export's job. */
        default AttachmentFiles attachments() {
            return AttachmentFiles.NONE;
        }
    }

    private final Store store;
    private final TaskRunner storeRunner;
    private final Clock clock;
    private final BackgroundJob job;
    private Deadlines deadlines;
    private LedgerData data = LedgerData.EMPTY;

    private final ObjectProperty<LedgerScope> scope = new SimpleObjectProperty<>(this, "scope", LedgerScope.ALL);
    private final ObjectProperty<Ledger.Grouping> grouping =
            new SimpleObjectProperty<>(this, "grouping", Ledger.Grouping.NONE);
    /** The column the user sorted by ({@code null}: the ledger's own 交办日期 order), and which way. */
    private LedgerColumn sortColumn;
    private boolean sortDescending;
    private final StringProperty officeName = new SimpleStringProperty(this, "officeName", "");
    /** 同时导出附件（zip）: an export also writes the items' attachments beside the file. */
    private final BooleanProperty exportAttachments = new SimpleBooleanProperty(this, "exportAttachments");
    private final ReadOnlyObjectWrapper<Ledger> ledger = new ReadOnlyObjectWrapper<>(this, "ledger");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<LedgerLine> lines = FXCollections.observableArrayList();
    private final ObservableList<LedgerLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObservableList<Unit> unitsView = FXCollections.unmodifiableObservableList(units);
    private final StringBinding title = Bindings.createStringBinding(() -> LedgerTitle.of(officeName.get()),
            officeName);
    private final StringBinding subtitle;
    private final StringBinding totalsText;

    public LedgerViewModel(Store store, TaskRunner storeRunner, Deadlines deadlines, Clock clock, BackgroundJob job) {
        this.store = Objects.requireNonNull(store, "store");
        this.storeRunner = Objects.requireNonNull(storeRunner, "storeRunner");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.job = Objects.requireNonNull(job, "job");
        ledger.set(build());
        subtitle = Bindings.createStringBinding(() -> Messages.get("ledger.subtitle", ledger.get().scope().describe(),
                DateWords.of(today())), ledger);
        totalsText = Bindings.createStringBinding(() -> ledger.get().totals().describe(), ledger);
        scope.addListener((observable, old, now) -> rebuild());
        grouping.addListener((observable, old, now) -> rebuild());
    }

    /** Reads the items afresh (on opening the window, and after each change on the board). */
    public void reload() {
        storeRunner.run(store::load, loaded -> {
            data = loaded;
            units.setAll(loaded.units());
            officeName.set(loaded.officeName());
            if (scope.get().leadUnit() != null && loaded.units().stream()
                    .noneMatch(unit -> unit.id() == scope.get().leadUnit().id())) {
                scope.set(scope.get().withLeadUnit(null));
            }
            rebuild();
        }, failure -> message.set(Messages.get("ledger.loadFailed", FailureText.describe(failure))));
    }

    /** Judges deadlines by other rules (the 临期 threshold changed in 设置). */
    public void setDeadlines(Deadlines newDeadlines) {
        deadlines = Objects.requireNonNull(newDeadlines, "deadlines");
        rebuild();
    }

    private void rebuild() {
        Ledger built = build();
        ledger.set(built);
        lines.setAll(LedgerLine.of(built));
    }

    private Ledger build() {
        LedgerColumn column = sortColumn;
        return column == null
                ? Ledger.build(data.items(), data.latestReports(), data.operators(), deadlines, scope.get(),
                Ledger.Order.ASSIGNED_ON, grouping.get())
                : Ledger.build(data.items(), data.latestReports(), data.operators(), deadlines, scope.get(), column,
                sortDescending, grouping.get());
    }

    /** Sorts by {@code column} in the given direction (the table's header asks this way); one rebuild. */
    public void sortTo(LedgerColumn column, boolean descending) {
        sortColumn = column;
        sortDescending = descending;
        rebuild();
    }

    /** Back to the ledger's own order: by 交办日期. */
    public void clearSort() {
        sortTo(null, false);
    }

    /** Keeps the office's name (as typed) as the ledger's title, and saves it as a setting. */
    public void commitOfficeName(String typed) {
        String name = LedgerTitle.normalize(typed);
        if (name.equals(data.officeName())) {
            officeName.set(name);
            return;
        }
        officeName.set(name);
        data = new LedgerData(data.items(), data.latestReports(), data.operators(), data.units(), name);
        storeRunner.run(() -> {
            store.saveOfficeName(name);
            return name;
        }, saved -> message.set(Messages.get("ledger.officeNameSaved", LedgerTitle.of(saved))),
                failure -> message.set(Messages.get("ledger.officeNameFailed", FailureText.describe(failure))));
    }

    /**
     * Writes the ledger as it is now to {@code target}, in the format of its extension, in the
     * background; the message says how it went.
     */
    public void export(Path target) {
        LedgerExport format = LedgerExport.of(target).orElse(null);
        if (format == null) {
            message.set(Messages.get("export.unsupported", target.getFileName()));
            return;
        }
        Ledger current = ledger.get();
        String currentTitle = title.get();
        LocalDate producedOn = today();
        boolean withAttachments = exportAttachments.get();
        AttachmentFiles attachments = store.attachments();
        Path zip = AttachmentZip.besideSpreadsheet(target);
        int[] attached = {0};
        boolean started = job.start(Messages.get("ledger.job.export", format.description()), progress -> {
            format.write(current, currentTitle, producedOn, target, progress);
            if (withAttachments) {
                attached[0] = AttachmentZip.write(current, attachments, zip, progress);
            }
            return target;
        }, new FileWritten(message::set, target, written -> {
            String done = Messages.get("ledger.exported", current.rows().size(), written.toAbsolutePath());
            return withAttachments ? done + Messages.get("ledger.exportedAttachments", attached[0],
                    zip.getFileName()) : done;
        }));
        if (!started) {
            message.set(Messages.get("ledger.jobBusy"));
        }
    }

    /**
     * The print preview of the ledger as it is now: its own background job, the Chinese font
     * looked up once per run of the application.
     */
    public PrintPreviewViewModel printPreview() {
        return new PrintPreviewViewModel(ledger.get(), title.get(), today(), BackgroundJob.onBackgroundThread(),
                Fonts::find);
    }

    /** The font search walks font folders: done once, on first use. */
    private static final class Fonts {
        private static final java.util.Optional<CjkFontFile> FOUND = CjkFontFile.find();

        static java.util.Optional<CjkFontFile> find() {
            return FOUND;
        }
    }

    /** The file name a save dialog suggests: the title and today's date, e.g. 督办事项台账-20261121.xlsx. */
    public String suggestedFileName(LedgerExport format) {
        return title.get().replaceAll("[\\\\/:*?\"<>|\\s]+", "") + "-"
                + today().toString().replace("-", "") + "." + format.extension();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Shows a message in the window's status line (e.g. the printing's outcome). */
    public void showMessage(String text) {
        message.set(text == null ? "" : text);
    }

    public ObjectProperty<LedgerScope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Ledger.Grouping> groupingProperty() {
        return grouping;
    }

    /** 同时导出附件（zip）. */
    public BooleanProperty exportAttachmentsProperty() {
        return exportAttachments;
    }

    public StringProperty officeNameProperty() {
        return officeName;
    }

    public ReadOnlyObjectProperty<Ledger> ledgerProperty() {
        return ledger.getReadOnlyProperty();
    }

    public Ledger getLedger() {
        return ledger.get();
    }

    /** The table's lines: headings, rows and subtotals. */
    public ObservableList<LedgerLine> lines() {
        return linesView;
    }

    /** The units, in the office's order, for the 牵头单位 choice. */
    public ObservableList<Unit> units() {
        return unitsView;
    }

    public StringBinding titleProperty() {
        return title;
    }

    /** 范围: … · 制表日期: 2026年11月21日. */
    public StringBinding subtitleProperty() {
        return subtitle;
    }

    public StringBinding totalsTextProperty() {
        return totalsText;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BackgroundJob job() {
        return job;
    }

    public String getTitle() {
        return title.get();
    }
}
