package duban.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A wrapping label that is never cut short (its minimum height is its preferred one) and lays its
 * text out once per width: a VBox asks each child for its preferred, minimum and maximum height,
 * and a label answered each by laying its text out again (after a card switch, the details
 * panel's history did that for every line, the largest part of what a drop cycle then allocated).
 * The height is kept until the label's layout is requested again, which a new text, font, size,
 * padding or skin does ({@code WidthKeyedLabelTest}).
 */
public class WidthKeyedLabel extends Label {

    private final WidthKeyedHeight pref = new WidthKeyedHeight();

    public WidthKeyedLabel() {
        setWrapText(true);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    @Override
    protected double computePrefHeight(double width) {
        return pref.at(width, super::computePrefHeight);
    }

    @Override
    public void requestLayout() {
        // Called from Label's own constructor, before the field is set.
        if (pref != null) {
            pref.forget();
        }
        super.requestLayout();
    }
}
