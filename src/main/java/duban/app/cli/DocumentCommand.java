package duban.app.cli;

import duban.documents.NoticeFiles;
import duban.documents.drafting.DocumentContent;
import duban.documents.drafting.DocumentDrafter;
import duban.documents.drafting.DocumentFormat;
import duban.documents.drafting.TemplateDrafter;
import duban.domain.Item;
import duban.domain.Progress;
import duban.domain.Source;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.domain.documents.DocumentKind;
import duban.domain.documents.DocumentTemplate;
import duban.domain.documents.IssuedDocument;
import duban.domain.documents.Letterhead;
import duban.i18n.Messages;
import duban.store.Database;
import duban.store.DatabaseOpenException;
import duban.store.FailureLog;
import duban.store.StoreFailures;
import duban.store.Stores;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The office's documents from the command line, for scheduled jobs (no window, no display):
 * {@code --report 通报 --from D --to D [--source 来源] --out FILE.docx|.pdf} drafts the 督查通报 of a
 * period, {@code --notices DIR [--pdf]} issues and drafts the 督办通知单 of every open item that has
 * none yet, one sub-folder per 牵头单位 as the window does. {@code --db} and {@code --read-only} are
 * understood as elsewhere. The exit status is 0 when done, 2 when the arguments, the data or the
 * drafting failed; every failure is one Chinese line on stderr.
 */
public final class DocumentCommand {

    /** The words {@code --report} accepts: the only report it drafts is the 督查通报. */
    static final Set<String> BULLETIN_WORDS = Set.of("通报", "督查通报", "bulletin");

    private static final Set<String> OWN_OPTIONS = Set.of("--report", "--from", "--to", "--source", "--out",
            "--notices", "--pdf");

    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;
    private final Function<Database, DocumentDrafter> drafters;

    public DocumentCommand(Clock clock, PrintStream out, PrintStream err) {
        this(clock, out, err, database -> new TemplateDrafter());
    }

    /** With the drafter {@code drafters} gives for the open database (tests draft small files). */
    DocumentCommand(Clock clock, PrintStream out, PrintStream err, Function<Database, DocumentDrafter> drafters) {
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.drafters = drafters;
    }

    /** Whether the command line asks for a document ({@code --report} or {@code --notices}). */
    public static boolean asked(List<String> args) {
        return args.contains("--report") || args.contains("--notices");
    }

    /** A 督查通报 asked for: the period, one source or all ({@code null}), the file. */
    record Report(ReportPeriod period, Source source, Path file, DocumentFormat format) {
    }

    /** The 督办通知单 of every item without one, into {@code folder}. */
    record Notices(Path folder, DocumentFormat format) {
    }

    /** What the command line asks: the database, and one of the two documents. */
    record Options(AppOptions database, Report report, Notices notices) {
    }

    /** Runs from the raw command line; returns the exit status. */
    public int run(List<String> args) {
        Options options;
        try {
            options = parse(args, AppPaths.defaultDatabase(System.getProperty("os.name", ""), System.getenv(),
                    System.getProperty("user.home")));
        } catch (AppOptions.BadArgumentsException e) {
            err.println(e.getMessage());
            return 2;
        }
        return run(options);
    }

    static Options parse(List<String> args, Path defaultDatabase) throws AppOptions.BadArgumentsException {
        String report = null;
        LocalDate from = null;
        LocalDate to = null;
        Source source = null;
        Path file = null;
        Path folder = null;
        boolean pdf = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!OWN_OPTIONS.contains(arg)) {
                rest.add(arg);
                continue;
            }
            if (arg.equals("--pdf")) {
                pdf = true;
                continue;
            }
            if (i + 1 >= args.size() || args.get(i + 1).isBlank() || args.get(i + 1).startsWith("--")) {
                throw new AppOptions.BadArgumentsException(Messages.get("documents.cli.missingValue", arg));
            }
            String value = args.get(++i).strip();
            switch (arg) {
                case "--report" -> report = value;
                case "--from" -> from = date(arg, value);
                case "--to" -> to = date(arg, value);
                case "--source" -> source = source(value);
                case "--out" -> file = Path.of(value);
                default -> folder = Path.of(value);
            }
        }
        AppOptions database = AppOptions.parse(rest, defaultDatabase);
        if (database.export() != null || database.importing() != null) {
            throw new AppOptions.BadArgumentsException(Messages.get("documents.cli.notWithExportOrImport"));
        }
        if (report != null && folder != null) {
            throw new AppOptions.BadArgumentsException(Messages.get("documents.cli.reportAndNotices"));
        }
        if (folder != null) {
            if (from != null || to != null || source != null || file != null) {
                throw new AppOptions.BadArgumentsException(Messages.get("documents.cli.reportOptionsWithoutReport"));
            }
            return new Options(database, null, new Notices(folder, pdf ? DocumentFormat.PDF : DocumentFormat.DOCX));
        }
        if (pdf) {
            throw new AppOptions.BadArgumentsException(Messages.get("documents.cli.pdfWithoutNotices"));
        }
        if (report == null) {
            throw new AppOptions.BadArgumentsException(Messages.get("documents.cli.reportOptionsWithoutReport"));
        }
        if (!BULLETIN_WORDS.contains(report)) {
            throw new AppOptions.BadArgumentsException(Messages.get("documents.cli.unknownReport", report));
        }
        if (from == null || to == null || file == null) {
            throw new AppOptions.BadArgumentsException(Messages.get("documents.cli.reportNeeds"));
        }
        if (from.isAfter(to)) {
            throw new AppOptions.BadArgumentsException(Messages.get("documents.cli.backwards", from, to));
        }
        return new Options(database, new Report(periodOf(from, to), source, file, format(file)), null);
    }

    /**
     * The period from–to names: a whole calendar week, month or quarter is that period (its change
     * is then stated against the calendar period before), any other range a custom one.
     */
    static ReportPeriod periodOf(LocalDate from, LocalDate to) {
        for (ReportPeriod calendar : List.of(ReportPeriod.weekOf(from), ReportPeriod.monthOf(from),
                ReportPeriod.quarterOf(from))) {
            if (calendar.from().equals(from) && calendar.to().equals(to)) {
                return calendar;
            }
        }
        return ReportPeriod.custom(from, to);
    }

    private static DocumentFormat format(Path file) throws AppOptions.BadArgumentsException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (DocumentFormat format : DocumentFormat.values()) {
            if (name.endsWith(format.extension())) {
                return format;
            }
        }
        throw new AppOptions.BadArgumentsException(Messages.get("documents.cli.unsupported", file.getFileName()));
    }

    private static LocalDate date(String option, String value) throws AppOptions.BadArgumentsException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new AppOptions.BadArgumentsException(Messages.get("open.badDate", option, value));
        }
    }

    private static Source source(String typed) throws AppOptions.BadArgumentsException {
        for (Source source : Source.values()) {
            if (source.name().equalsIgnoreCase(typed) || source.label().equals(typed)) {
                return source;
            }
        }
        throw new AppOptions.BadArgumentsException(Messages.get("export.unknownSource", typed));
    }

    /** Drafts what {@code options} ask for; returns the exit status. */
    int run(Options options) {
        FailureLog.install(options.database().database(), true);
        try (Database db = options.database().open()) {
            Stores stores = Stores.over(db, clock);
            DocumentDrafter drafter = drafters.apply(db);
            return options.report() != null ? report(stores, drafter, options.report())
                    : notices(db, stores, drafter, options.notices());
        } catch (DatabaseOpenException e) {
            err.println(AppOptions.refusalLine(e));
            return 2;
        }
    }

    private int report(Stores stores, DocumentDrafter drafter, Report report) {
        try {
            BulletinFigures figures = stores.bulletins().figures(report.period(), report.source());
            Letterhead letterhead = stores.documents().letterhead();
            byte[] template = stores.documents().template(DocumentKind.BULLETIN).map(DocumentTemplate::content)
                    .orElse(null);
            drafter.write(new DocumentContent.Bulletin(figures, letterhead, LocalDate.now(clock)), template,
                    report.format(), report.file(), () -> false);
            out.println(Messages.get("documents.cli.reportDone", report.file().toAbsolutePath(),
                    report.period().from(), report.period().to(),
                    report.source() == null ? Messages.get("documents.bulletin.allSources") : report.source().label()));
            return 0;
        } catch (Exception e) {
            err.println(Messages.get("documents.cli.reportFailed", StoreFailures.describe(e)));
            return 2;
        }
    }

    private int notices(Database db, Stores stores, DocumentDrafter drafter, Notices notices) {
        if (db.readOnly()) {
            err.println(Messages.get("documents.cli.readOnly"));
            return 2;
        }
        List<IssuedDocument> issued;
        Letterhead letterhead;
        Map<Long, Item> items;
        try {
            List<Item> waiting = stores.documents().itemsAwaitingNotice();
            if (waiting.isEmpty()) {
                out.println(Messages.get("documents.cli.noNotices"));
                return 0;
            }
            List<Long> ids = waiting.stream().map(Item::id).toList();
            items = waiting.stream().collect(Collectors.toMap(Item::id, item -> item));
            letterhead = stores.documents().letterhead();
            issued = stores.documents().issueNotices(ids, LocalDate.now(clock), letterhead.noticePrefix());
        } catch (RuntimeException e) {
            err.println(Messages.get("documents.cli.numberingFailed", StoreFailures.describe(e)));
            return 2;
        }
        String numbers = issued.stream().map(document -> document.numberText(letterhead.noticePrefix()))
                .collect(Collectors.joining("、"));
        try {
            List<NoticeFiles.Planned> plan = issued.stream().map(document -> {
                Item item = items.get(document.itemId());
                return new NoticeFiles.Planned(item, document, NoticeFiles.inFolder(notices.folder(), item, document,
                        letterhead.noticePrefix(), notices.format()));
            }).toList();
            byte[] template = stores.documents().template(DocumentKind.NOTICE).map(DocumentTemplate::content)
                    .orElse(null);
            List<Path> written = NoticeFiles.write(plan, letterhead, stores.officeSettings().load(), template,
                    notices.format(), drafter, Progress.NONE);
            out.println(Messages.get("documents.cli.noticesDone", written.size(), notices.folder().toAbsolutePath(),
                    numbers));
            return 0;
        } catch (Exception e) {
            err.println(Messages.get("documents.cli.draftingFailed", StoreFailures.describe(e), numbers));
            return 2;
        }
    }
}
