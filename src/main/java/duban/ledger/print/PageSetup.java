package duban.ledger.print;

import java.util.Objects;

/**
 * How the printed 督办台账 uses the paper: size, orientation, margins and the cells' font size,
 * all in points. The table always fills the width between the margins.
 *
 * @param margins  blank paper around the page's content (title, table, footer)
 * @param fontSize the cells' font size; the title and the lines around the table follow from it
 */
public record PageSetup(Paper paper, Orientation orientation, Margins margins, double fontSize) {

    /** Points in a millimetre. */
    public static final double POINTS_PER_MM = 72 / 25.4;

    /** A4 landscape, 15 mm above and below, 12 mm left and right, 9 pt (小五) cells. */
    public static final PageSetup DEFAULT = new PageSetup(Paper.A4, Orientation.LANDSCAPE,
            new Margins(mm(15), mm(12), mm(15), mm(12)), 9);

    /** Margins in points. */
    public record Margins(double top, double right, double bottom, double left) {

        public Margins {
            if (top < 0 || right < 0 || bottom < 0 || left < 0) {
                throw new IllegalArgumentException("margins must not be negative");
            }
        }

        /** Margins given in millimetres: one above and below, one left and right. */
        public static Margins ofMillimetres(double topAndBottom, double leftAndRight) {
            return new Margins(mm(topAndBottom), mm(leftAndRight), mm(topAndBottom), mm(leftAndRight));
        }
    }

    public PageSetup {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(margins, "margins");
        if (fontSize < 5 || fontSize > 24) {
            throw new IllegalArgumentException("font size out of range: " + fontSize);
        }
        double width = orientation == Orientation.PORTRAIT ? paper.width() : paper.height();
        double height = orientation == Orientation.PORTRAIT ? paper.height() : paper.width();
        // The table and a title need room: at least half of each side between the margins.
        if (width - margins.left() - margins.right() < width / 2 || height - margins.top() - margins.bottom() < height / 2) {
            throw new IllegalArgumentException("margins leave too little room on the page");
        }
    }

    /**
     * The default margins on {@code paper} in {@code orientation}, with cells of 9 pt, or 7.5 pt on
     * A4 portrait where twelve columns have little room.
     */
    public static PageSetup of(Paper paper, Orientation orientation) {
        double size = paper == Paper.A4 && orientation == Orientation.PORTRAIT ? 7.5 : DEFAULT.fontSize();
        return new PageSetup(paper, orientation, DEFAULT.margins(), size);
    }

    /** Millimetres in points. */
    public static double mm(double millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    /** The page's width as it is read, in points. */
    public double pageWidth() {
        return orientation == Orientation.PORTRAIT ? paper.width() : paper.height();
    }

    /** The page's height as it is read, in points. */
    public double pageHeight() {
        return orientation == Orientation.PORTRAIT ? paper.height() : paper.width();
    }

    /** The width between the margins: the table's width. */
    public double usableWidth() {
        return pageWidth() - margins.left() - margins.right();
    }

    /** The height between the margins. */
    public double usableHeight() {
        return pageHeight() - margins.top() - margins.bottom();
    }

    public PageSetup withPaper(Paper newPaper) {
        return new PageSetup(newPaper, orientation, margins, fontSize);
    }

    public PageSetup withOrientation(Orientation newOrientation) {
        return new PageSetup(paper, newOrientation, margins, fontSize);
    }

    public PageSetup withMargins(Margins newMargins) {
        return new PageSetup(paper, orientation, newMargins, fontSize);
    }

    public PageSetup withFontSize(double newFontSize) {
        return new PageSetup(paper, orientation, margins, newFontSize);
    }
}
