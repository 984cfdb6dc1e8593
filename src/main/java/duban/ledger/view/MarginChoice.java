package duban.ledger.view;

import duban.domain.Labeled;
import duban.ledger.print.PageSetup;

/** The print preview's margin choices: 窄, 标准 (the default) and 宽 (room for binding holes). */
public enum MarginChoice implements Labeled {
    NARROW(10, 8),
    STANDARD(15, 12),
    WIDE(25, 20);

    private final double topAndBottomMm;
    private final double leftAndRightMm;

    MarginChoice(double topAndBottomMm, double leftAndRightMm) {
        this.topAndBottomMm = topAndBottomMm;
        this.leftAndRightMm = leftAndRightMm;
    }

    @Override
    public String labelPrefix() {
        return "preview.margins";
    }

    public PageSetup.Margins margins() {
        return PageSetup.Margins.ofMillimetres(topAndBottomMm, leftAndRightMm);
    }
}
