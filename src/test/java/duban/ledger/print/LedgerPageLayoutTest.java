package duban.ledger.print;

import duban.ui.print.TextMeasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.ledger.Ledger;
import duban.ledger.LedgerColumn;
import duban.domain.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pagination's promises, over made-up ledgers of random row heights: every row once and in
 * order (a row taller than a page on consecutive pages, marked continued), the title and the
 * header on every page, the page count as printed in every footer, and nothing outside the paper.
 */
class LedgerPageLayoutTest {

    private final TextMeasure measure = PrintLedgers.measure();

    private LedgerPages layout(Ledger ledger, PageSetup setup) {
        return LedgerPageLayout.layout(ledger, PrintLedgers.HEADING, setup, measure, Progress.NONE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 37, 500})
    void everyRowAppearsOnceInOrderWithTitleHeaderAndFooterOnEveryPage(int count) {
        for (long seed = 1; seed <= 3; seed++) {
            Ledger ledger = PrintLedgers.random(count, seed, Ledger.Grouping.NONE, count >= 37);
            for (PageSetup setup : List.of(PageSetup.DEFAULT, PageSetup.DEFAULT.withPaper(Paper.A3),
                    PageSetup.of(Paper.A4, Orientation.PORTRAIT))) {
                LedgerPages pages = layout(ledger, setup);
                assertEveryRowOnceInOrder(pages, count);
                assertEveryPageHasTitleHeaderAndFooter(pages);
                assertEverythingOnThePaper(pages);
            }
        }
    }

    @Test
    void aPagesWorthOfRowsFillsExactlyOnePageAndOneMoreRowStartsTheNext() {
        int perPage = layout(PrintLedgers.uniform(200), PageSetup.DEFAULT).page(1).rows().size();
        assertThat(perPage).isGreaterThan(10);

        LedgerPages full = layout(PrintLedgers.uniform(perPage), PageSetup.DEFAULT);
        assertThat(full.page(1).rowNumbers()).containsExactlyElementsOf(numbers(perPage));
        assertEveryPageHasTitleHeaderAndFooter(full);

        LedgerPages oneMore = layout(PrintLedgers.uniform(perPage + 1), PageSetup.DEFAULT);
        assertThat(oneMore.pageCount()).isEqualTo(2);
        assertThat(oneMore.page(1).rowNumbers()).containsExactlyElementsOf(numbers(perPage));
        assertThat(oneMore.page(2).rowNumbers()).containsExactly(perPage + 1);
        assertThat(texts(oneMore.page(2))).anyMatch(text -> text.startsWith("合计：共 " + (perPage + 1) + " 项"));
    }

    @Test
    void a3HoldsMoreRowsThanA4AndLandscapeIsTheDefault() {
        Ledger ledger = PrintLedgers.uniform(300);
        LedgerPages a4 = layout(ledger, PageSetup.DEFAULT);
        LedgerPages a3 = layout(ledger, PageSetup.DEFAULT.withPaper(Paper.A3));
        assertThat(a4.page(1).rows().size()).isLessThan(a3.page(1).rows().size());
        assertThat(a4.pageCount()).isGreaterThan(a3.pageCount());
        assertThat(a4.page(1).width()).isGreaterThan(a4.page(1).height());
        assertThat(PageSetup.DEFAULT.paper()).isEqualTo(Paper.A4);
        assertThat(Paper.A3.label()).contains("A3").contains("毫米");
        assertThat(Orientation.LANDSCAPE.label()).isEqualTo("横向");
    }

    @Test
    void aRowTallerThanAPageIsSplitOverConsecutivePagesAndMarkedContinued() {
        Ledger ledger = PrintLedgers.random(40, 11, Ledger.Grouping.NONE, true);
        LedgerPages pages = layout(ledger, PageSetup.DEFAULT);
        List<Integer> pagesOfGiant = new ArrayList<>();
        int giant = ledger.rows().stream().max(java.util.Comparator.comparingInt(row -> row.title().length()))
                .orElseThrow().number();
        for (LedgerPage page : pages.pages()) {
            if (page.rowNumbers().contains(giant)) {
                pagesOfGiant.add(page.number());
            }
        }
        assertThat(pagesOfGiant).hasSizeGreaterThan(1);
        assertThat(pagesOfGiant.get(pagesOfGiant.size() - 1) - pagesOfGiant.get(0)).isEqualTo(pagesOfGiant.size() - 1);
        PageRow first = pages.page(pagesOfGiant.get(0)).rows().stream().filter(row -> row.number() == giant).findFirst()
                .orElseThrow();
        assertThat(first.continuesOnNextPage()).isTrue();
        assertThat(first.continuedFromPreviousPage()).isFalse();
        PageRow last = pages.page(pagesOfGiant.get(pagesOfGiant.size() - 1)).rows().get(0);
        assertThat(last.number()).isEqualTo(giant);
        assertThat(last.continuedFromPreviousPage()).isTrue();
        assertThat(last.continuesOnNextPage()).isFalse();
        // No line of the giant's text is lost or printed twice.
        String title = ledger.rows().get(giant - 1).title();
        assertThat(title.length()).isGreaterThan(1000);
        StringBuilder printed = new StringBuilder();
        double titleColumnLeft = PageSetup.DEFAULT.margins().left()
                + LedgerPageLayout.columnWidths(PageSetup.DEFAULT.usableWidth(), 9, measure)[0];
        for (int number : pagesOfGiant) {
            pages.page(number).texts().stream()
                    .filter(text -> Math.abs(text.x() - titleColumnLeft - LedgerPageLayout.PAD_X) < 0.01)
                    .forEach(text -> printed.append(text.text()));
        }
        // The pages' title column: other rows' titles around the giant's, every line of it once.
        // (A line broken at a space loses that space.)
        assertThat(printed.toString().replace(" ", "")).contains(title.replace(" ", ""));
    }

    @Test
    void groupedLedgersShowEachHeadingAndSubtotalAndRepeatTheHeadingAfterAPageBreak() {
        Ledger ledger = PrintLedgers.random(300, 4, Ledger.Grouping.LEAD_UNIT, false);
        LedgerPages pages = layout(ledger, PageSetup.DEFAULT);
        assertEveryRowOnceInOrder(pages, 300);
        List<String> all = pages.pages().stream().flatMap(page -> texts(page).stream()).toList();
        int from = 0;
        for (Ledger.Group group : ledger.groups()) {
            int headingAt = all.subList(from, all.size()).indexOf("牵头单位：" + group.heading()) + from;
            assertThat(headingAt).as("heading of %s", group.heading()).isGreaterThanOrEqualTo(from);
            String subtotal = "小计：" + group.subtotal().describe();
            int subtotalAt = all.subList(headingAt, all.size()).indexOf(subtotal) + headingAt;
            assertThat(subtotalAt).as("subtotal of %s", group.heading()).isGreaterThan(headingAt);
            from = subtotalAt;
        }
        assertThat(all).anyMatch(text -> text.endsWith("（续）"));
        for (LedgerPage page : pages.pages().subList(1, pages.pageCount())) {
            List<String> texts = texts(page);
            int afterHeader = texts.indexOf(LedgerColumn.REMARKS.header()) + 1;
            String firstBelowHeader = texts.get(afterHeader);
            if (page.number() == pages.pageCount() && firstBelowHeader.startsWith("合计：")) {
                continue; // the ledger's grand total, alone on the last page: no group goes on there
            }
            assertThat(firstBelowHeader).as("page %d starts with a group heading", page.number()).startsWith("牵头单位：");
        }
    }

    @Test
    void anEmptyLedgerPrintsOnePageSayingSo() {
        LedgerPages pages = layout(PrintLedgers.random(0, 1, Ledger.Grouping.NONE, false), PageSetup.DEFAULT);
        assertThat(pages.pageCount()).isEqualTo(1);
        assertThat(texts(pages.page(1))).contains("本范围内没有督办事项", "第 1 页 共 1 页");
    }

    @Test
    void aCancelledLayoutStops() {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> LedgerPageLayout.layout(PrintLedgers.uniform(300), PrintLedgers.HEADING,
                PageSetup.DEFAULT, measure, cancelled)).isInstanceOf(CancellationException.class);
    }

    @Test
    void datesJustFitTheirColumnsAndTheTableFillsTheWidth() {
        for (PageSetup setup : List.of(PageSetup.DEFAULT, PageSetup.DEFAULT.withPaper(Paper.A3),
                PageSetup.of(Paper.A4, Orientation.PORTRAIT))) {
            double[] widths = LedgerPageLayout.columnWidths(setup.usableWidth(), setup.fontSize(), measure);
            assertThat(IntStream.range(0, widths.length).mapToDouble(i -> widths[i]).sum())
                    .isCloseTo(setup.usableWidth(), org.assertj.core.data.Offset.offset(0.01));
            double date = measure.width("2026-11-21", setup.fontSize()) + 2 * LedgerPageLayout.PAD_X;
            assertThat(widths[LedgerColumn.DEADLINE.ordinal()]).isBetween(date, date + 4);
            double widest = IntStream.range(0, widths.length).mapToDouble(i -> widths[i]).max().orElseThrow();
            assertThat(widths[LedgerColumn.TITLE.ordinal()]).isEqualTo(widest);
            assertThat(widths[LedgerColumn.PROGRESS.ordinal()]).isEqualTo(widest);
            assertThat(widths[LedgerColumn.NUMBER.ordinal()]).isLessThan(widest / 2);
        }
    }

    // ------------------------------------------------------------------ the properties

    static void assertEveryRowOnceInOrder(LedgerPages pages, int count) {
        List<Integer> seen = new ArrayList<>();
        PageRow previous = null;
        for (LedgerPage page : pages.pages()) {
            for (int i = 0; i < page.rows().size(); i++) {
                PageRow row = page.rows().get(i);
                if (row.continuedFromPreviousPage()) {
                    assertThat(i).as("a continued row starts its page").isZero();
                    assertThat(previous).isNotNull();
                    assertThat(previous.number()).isEqualTo(row.number());
                    assertThat(previous.continuesOnNextPage()).isTrue();
                } else {
                    if (previous != null) {
                        assertThat(previous.continuesOnNextPage()).as("row %d goes on", previous.number()).isFalse();
                    }
                    seen.add(row.number());
                }
                if (row.continuesOnNextPage()) {
                    assertThat(i).as("a row goes on only from the end of its page").isEqualTo(page.rows().size() - 1);
                }
                previous = row;
            }
        }
        assertThat(seen).containsExactlyElementsOf(numbers(count));
    }

    static void assertEveryPageHasTitleHeaderAndFooter(LedgerPages pages) {
        int count = pages.pageCount();
        assertThat(count).isPositive();
        for (LedgerPage page : pages.pages()) {
            List<String> texts = texts(page);
            assertThat(texts).as("page %d", page.number()).contains(PrintLedgers.HEADING.title(),
                    "制表日期：2026年11月21日", "打印日期：2026年11月21日");
            List<String> header = new ArrayList<>();
            for (LedgerColumn column : LedgerColumn.values()) {
                header.add(column.header());
            }
            int at = texts.indexOf(LedgerColumn.NUMBER.header());
            assertThat(texts.subList(at, at + header.size())).as("header of page %d", page.number())
                    .containsExactlyElementsOf(header);
            List<String> footers = texts.stream().filter(text -> text.matches("第 \\d+ 页 共 \\d+ 页")).toList();
            assertThat(footers).containsExactly("第 " + page.number() + " 页 共 " + count + " 页");
            assertThat(page.number()).isEqualTo(pages.pages().indexOf(page) + 1);
        }
    }

    /** Every text inside the margins and no wider than the table. */
    void assertEverythingOnThePaper(LedgerPages pages) {
        PageSetup setup = pages.setup();
        double left = setup.margins().left() - 0.01;
        double right = setup.pageWidth() - setup.margins().right() + 0.01;
        for (LedgerPage page : pages.pages()) {
            for (PageElement.Text text : page.texts()) {
                assertThat(text.x()).as("%s", text).isGreaterThanOrEqualTo(left);
                assertThat(text.x() + measure.width(text.text(), text.fontSize())).as("%s", text).isLessThanOrEqualTo(right);
                assertThat(text.baseline()).as("%s", text).isBetween(setup.margins().top(),
                        setup.pageHeight() - setup.margins().bottom());
            }
        }
    }

    private static List<String> texts(LedgerPage page) {
        return page.texts().stream().map(PageElement.Text::text).toList();
    }

    private static List<Integer> numbers(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }
}
