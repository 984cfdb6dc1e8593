package duban.ledger.view;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.ledger.Ledger;
import duban.ledger.LedgerColumn;
import duban.ledger.LedgerScope;
import duban.ledger.LedgerStyles;
import duban.store.Database;
import duban.store.DemoData;
import duban.store.ItemStore;
import duban.store.WorkflowStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the ledger table's rows and cells show for each kind of line, without a window. */
class LedgerTableColumnsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(9, 30).atZone(ZONE).toInstant(),
            ZONE);

    @TempDir
    Path folder;

    @Test
    void headingsSubtotalsAndWithdrawnRowsAreStyledAndWordedInTheTitleColumn() throws Exception {
        List<LedgerLine> lines;
        try (Database database = Database.open(folder.resolve("ledger.db"))) {
            new DemoData(database.dsl(), CLOCK).seedIfEmpty();
            ItemStore store = new ItemStore(database.dsl(), CLOCK);
            Item withdrawn = store.loadBoard().get(0);
            store.withdraw(withdrawn.id(), withdrawn.version(), "重复登记");
            Ledger ledger = Ledger.build(store.loadAll(), new WorkflowStore(database.dsl(), CLOCK).latestReports(),
                    new Deadlines(CLOCK), LedgerScope.ALL.withWithdrawn(true), Ledger.Order.ASSIGNED_ON,
                    Ledger.Grouping.LEAD_UNIT);
            lines = LedgerLine.of(ledger);
        }
        LedgerLine heading = lines.stream().filter(LedgerLine.Heading.class::isInstance).findFirst().orElseThrow();
        LedgerLine subtotal = lines.stream().filter(LedgerLine.Subtotal.class::isInstance).findFirst().orElseThrow();
        LedgerLine.Row struck = lines.stream().filter(LedgerLine.Row.class::isInstance).map(LedgerLine.Row.class::cast)
                .filter(row -> row.row().item().withdrawn()).findFirst().orElseThrow();
        LedgerLine.Row plain = lines.stream().filter(LedgerLine.Row.class::isInstance).map(LedgerLine.Row.class::cast)
                .filter(row -> !row.row().item().withdrawn()).findFirst().orElseThrow();

        assertThat(LedgerTableColumns.rowStyle(heading)).isEqualTo(LedgerStyles.GROUP_HEADING);
        assertThat(LedgerTableColumns.rowStyle(subtotal)).isEqualTo(LedgerStyles.SUBTOTAL);
        assertThat(LedgerTableColumns.rowStyle(struck)).isEqualTo(LedgerStyles.WITHDRAWN);
        assertThat(LedgerTableColumns.rowStyle(plain)).isNull();

        assertThat(LedgerTableColumns.cellText(LedgerColumn.TITLE, heading))
                .contains(((LedgerLine.Heading) heading).text());
        assertThat(LedgerTableColumns.cellText(LedgerColumn.STATUS, heading)).isEmpty();
        assertThat(LedgerTableColumns.cellText(LedgerColumn.TITLE, subtotal)).isNotEmpty();
        assertThat(LedgerTableColumns.cellText(LedgerColumn.REMARKS, subtotal)).isEmpty();
        assertThat(LedgerTableColumns.cellText(LedgerColumn.TITLE, plain)).isEqualTo(plain.row().title());
    }

    @Test
    void theLongTextsGetTheWidestColumns() {
        assertThat(LedgerTableColumns.width(LedgerColumn.TITLE)).isGreaterThan(LedgerTableColumns.width(LedgerColumn.PROGRESS))
                .isGreaterThan(LedgerTableColumns.width(LedgerColumn.DEADLINE));
        assertThat(LedgerTableColumns.width(LedgerColumn.NUMBER)).isLessThan(LedgerTableColumns.width(LedgerColumn.OWNER));
    }
}
