package duban.ledger.print;

import duban.domain.Labeled;

/** Whether the page stands (纵向) or lies (横向). */
public enum Orientation implements Labeled {
    PORTRAIT,
    LANDSCAPE;

    @Override
    public String labelPrefix() {
        return "print.orientation";
    }
}
