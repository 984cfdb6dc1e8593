package duban.ledger.print;

import duban.domain.Labeled;

/** The paper sizes the 督办台账 prints on, in points (1/72 inch), portrait. */
public enum Paper implements Labeled {
    A4(595.28, 841.89),
    A3(841.89, 1190.55);

    private final double width;
    private final double height;

    Paper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The short side, in points. */
    public double width() {
        return width;
    }

    /** The long side, in points. */
    public double height() {
        return height;
    }

    @Override
    public String labelPrefix() {
        return "print.paper";
    }
}
