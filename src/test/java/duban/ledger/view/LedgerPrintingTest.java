package duban.ledger.view;

import static org.assertj.core.api.Assertions.assertThat;

import duban.ledger.print.Orientation;
import duban.ledger.print.Paper;
import javafx.print.PageOrientation;
import org.junit.jupiter.api.Test;

/** The translation between our paper and orientation and the printer dialog's. */
class LedgerPrintingTest {

    @Test
    void ourPapersGoToThePrinterAndComeBack() {
        for (Paper paper : Paper.values()) {
            assertThat(LedgerPrinting.ourPaper(LedgerPrinting.fxPaper(paper), null)).isEqualTo(paper);
        }
    }

    @Test
    void aPaperThatIsNotOursKeepsTheOneWeHad() {
        assertThat(LedgerPrinting.ourPaper(javafx.print.Paper.NA_LETTER, Paper.A3)).isEqualTo(Paper.A3);
    }

    @Test
    void bothPortraitsArePortraitAndBothLandscapesLandscape() {
        for (Orientation orientation : Orientation.values()) {
            assertThat(LedgerPrinting.ourOrientation(LedgerPrinting.fxOrientation(orientation))).isEqualTo(orientation);
        }
        assertThat(LedgerPrinting.ourOrientation(PageOrientation.REVERSE_PORTRAIT)).isEqualTo(Orientation.PORTRAIT);
        assertThat(LedgerPrinting.ourOrientation(PageOrientation.REVERSE_LANDSCAPE)).isEqualTo(Orientation.LANDSCAPE);
    }
}
