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

    private double prefWidthAsked = Double.NaN;
    private double prefHeight;
    private double minWidthAsked = Double.NaN;
    private double minHeight;

    @Override
    protected double computePrefHeight(double width) {
        if (width != prefWidthAsked) {
            prefHeight = super.computePrefHeight(width);
            prefWidthAsked = width;
        }
        return prefHeight;
    }

    @Override
    protected double computeMinHeight(double width) {
        if (width != minWidthAsked) {
            minHeight = super.computeMinHeight(width);
            minWidthAsked = width;
        }
        return minHeight;
    }

    @Override
    public void requestLayout() {
        prefWidthAsked = Double.NaN;
        minWidthAsked = Double.NaN;
        super.requestLayout();
    }
}
