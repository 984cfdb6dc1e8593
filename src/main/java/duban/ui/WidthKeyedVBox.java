package duban.ui;

import javafx.scene.layout.VBox;

/**
 * A VBox that remembers its preferred and minimum height at the last width it was asked for,
 * until its layout is requested again (a child changed, its text size or look changed). JavaFX
 * remembers heights only for no particular width, so a box of wrapping labels had every label's
 * text laid out afresh each time it was asked: three times for a list cell's card (the list asks
 * for its preferred, minimum and maximum height) and again when the card lays itself out.
 */
public class WidthKeyedVBox extends VBox {

    private final WidthKeyedHeight pref = new WidthKeyedHeight();
    private final WidthKeyedHeight min = new WidthKeyedHeight();

    @Override
    protected double computePrefHeight(double width) {
        return pref.at(width, super::computePrefHeight);
    }

    @Override
    protected double computeMinHeight(double width) {
        return min.at(width, super::computeMinHeight);
    }

    @Override
    public void requestLayout() {
        // Called from VBox's own constructor, before the fields are set.
        if (pref != null) {
            pref.forget();
            min.forget();
        }
        super.requestLayout();
    }
}
