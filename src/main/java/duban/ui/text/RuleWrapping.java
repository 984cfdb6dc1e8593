package duban.ui.text;

import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Shows text in a wrapping {@link Text} or {@link Labeled} broken by {@link LineBreakRule} rather
 * than by the toolkit (which splits 2027-/04-13 and 县生态环境/局): the lines are worked out for
 * the node's width and font and joined by newlines, again whenever the width or the font
 * changes. The node keeps wrapping itself, so nothing is ever cut off.
 */
public final class RuleWrapping {

    /** Measured and toolkit widths may differ by rounding: break a little short of the edge. */
    private static final double SLACK = 1;

    private final DoubleSupplier width;
    private final Supplier<Font> font;
    private final Consumer<String> show;
    private LineBreakRule rule = LineBreakRule.STANDARD;
    private String content = "";
    private boolean renderPending;

    private RuleWrapping(DoubleSupplier width, Supplier<Font> font, Consumer<String> show, Observable... changes) {
        this.width = width;
        this.font = font;
        this.show = show;
        for (Observable change : changes) {
            change.addListener(observable -> renderAfterLayout());
        }
    }

    /**
     * A new width or font arrives while the parent lays the node out: new text set then asks for a
     * layout that this pass does not do, and the node kept the height of its old lines (blank
     * lines on cards after the text size changed). Broken again right after the pass, once.
     */
    private void renderAfterLayout() {
        if (!renderPending) {
            renderPending = true;
            javafx.application.Platform.runLater(() -> {
                renderPending = false;
                render();
            });
        }
    }

    /** For a {@link Text}: breaks at its wrapping width. */
    public static RuleWrapping of(Text text) {
        return new RuleWrapping(text::getWrappingWidth, text::getFont, shown -> {
            if (!shown.equals(text.getText())) {
                text.setText(shown);
            }
        }, text.wrappingWidthProperty(), text.fontProperty());
    }

    /**
     * For a wrapping {@link Labeled} that fills the width it is given (its maximum width is
     * lifted, so that broken lines never make it narrower and break again).
     */
    public static RuleWrapping of(Labeled labeled) {
        labeled.setMaxWidth(Double.MAX_VALUE);
        return new RuleWrapping(
                () -> labeled.getWidth() - labeled.snappedLeftInset() - labeled.snappedRightInset(),
                labeled::getFont, shown -> {
                    if (!shown.equals(labeled.getText())) {
                        labeled.setText(shown);
                        // A screen reader reads the words, not the lines they were broken into.
                        labeled.setAccessibleText(shown.replace("\n", ""));
                    }
                }, labeled.widthProperty(), labeled.fontProperty());
    }

    /** Shows {@code text}, broken by the rule at the node's current width. */
    public void show(String text) {
        content = text == null ? "" : text;
        render();
    }

    /**
     * Shows {@code text} broken by {@code newRule} from now on, in one breaking (a cell that shows
     * another row with another rule does not break the old text by the new rule first).
     */
    public void show(LineBreakRule newRule, String text) {
        rule = Objects.requireNonNull(newRule, "newRule");
        show(text);
    }

    /** The text as given, before it was broken into lines. */
    public String content() {
        return content;
    }

    private void render() {
        double available = width.getAsDouble() - SLACK;
        Font current = font.get();
        if (available <= 0 || current == null) {
            // Not laid out yet: the node wraps by itself until it knows its width.
            show.accept(content);
            return;
        }
        show.accept(rule.wrap(content, available, FontWidths.of(current)));
    }
}
