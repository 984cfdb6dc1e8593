package duban.bench;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.ledger.Ledger;
import duban.ledger.LedgerScope;
import duban.ledger.LedgerTitle;
import duban.domain.Progress;
import duban.ledger.export.XlsxExport;
import duban.ui.print.CjkFontFile;
import duban.ui.print.FontMeasure;
import duban.ledger.print.LedgerHeading;
import duban.ledger.print.LedgerPageLayout;
import duban.ledger.print.LedgerPages;
import duban.ledger.print.PageSetup;
import duban.ledger.print.PdfExport;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.WorkflowStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A child JVM of measure 6: {@code LedgerProbe FILE OUTDIR WARMUP RUNS [TAG]} builds the whole
 * 督办台账 of the file, then times, in turn, its pagination for print (A4 landscape, this
 * machine's Chinese font), the XLSX export and the PDF export (layout included, as 导出 PDF runs).
 */
public final class LedgerProbe {

    private LedgerProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        String tag = args.length > 4 ? args[4] : "";
        Files.createDirectories(out);
        Clock clock = Clock.systemDefaultZone();
        List<Item> items;
        Ledger ledger;
        try (Database database = Database.open(file)) {
            items = new ItemStore(database.dsl(), clock).loadAll();
            ledger = Ledger.build(items, new WorkflowStore(database.dsl(), clock).latestReports(),
                    new Deadlines(clock), LedgerScope.ALL, Ledger.Order.ASSIGNED_ON, Ledger.Grouping.NONE);
        }
        BenchOutput.sample("ledger.rows" + tag, ledger.rows().size());
        String title = LedgerTitle.of("");
        LocalDate today = LocalDate.now(clock);
        LedgerHeading heading = LedgerHeading.of(title, ledger, today);
        FontMeasure measure = FontMeasure.of(CjkFontFile.require());
        for (int i = 0; i < warmup + runs; i++) {
            boolean counted = i >= warmup;
            long start = System.nanoTime();
            LedgerPages pages = LedgerPageLayout.layout(ledger, heading, PageSetup.DEFAULT, measure, Progress.NONE);
            long layout = System.nanoTime() - start;
            if (pages.pageCount() == 0 && !ledger.rows().isEmpty()) {
                throw new IllegalStateException("no pages");
            }
            Path xlsx = out.resolve("ledger" + tag + ".xlsx");
            start = System.nanoTime();
            XlsxExport.write(ledger, title, today, xlsx, Progress.NONE);
            long excel = System.nanoTime() - start;
            Path pdf = out.resolve("ledger" + tag + ".pdf");
            start = System.nanoTime();
            PdfExport.write(ledger, heading, PageSetup.DEFAULT, pdf, Progress.NONE);
            long print = System.nanoTime() - start;
            if (counted) {
                BenchOutput.millis("ledger.layout" + tag, layout);
                BenchOutput.millis("ledger.xlsx" + tag, excel);
                BenchOutput.millis("ledger.pdf" + tag, print);
                BenchOutput.sample("ledger.pages" + tag, pages.pageCount());
            }
        }
        ProbeExit.now();
    }
}
