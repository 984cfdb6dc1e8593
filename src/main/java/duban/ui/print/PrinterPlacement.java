package duban.ui.print;

import javafx.print.PageLayout;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Where a page we drew goes for the printer: the printer puts the node at the corner of its
 * printable area, while our pages start at the paper's corner (our margins are on the page), and a
 * page wider than the chosen paper is scaled down to it. Shared by the ledger and the wall chart.
 */
public final class PrinterPlacement {

    private PrinterPlacement() {
    }

    /** Moves {@code page}, {@code pageWidth} points wide, to the paper's corner of {@code layout}. */
    public static <N extends Node> N atPaperCorner(N page, double pageWidth, PageLayout layout) {
        double paperWidth = layout.getPrintableWidth() + layout.getLeftMargin() + layout.getRightMargin();
        double scale = Math.min(1, paperWidth / pageWidth);
        page.getTransforms().addAll(new Translate(-layout.getLeftMargin(), -layout.getTopMargin()),
                new Scale(scale, scale));
        return page;
    }
}
