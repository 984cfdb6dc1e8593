package duban.details;

import duban.ui.Children;
import duban.ui.WidthKeyedLabel;
import duban.ui.WidthKeyedVBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The node of one 办理记录 entry: time, who (操作人) and kind in bold, the summary, changed fields,
 * the reason. A line can {@link #show} another entry in place, so that choosing another card
 * re-uses the lines on screen: a node taken out of the scene and a new one put in have their
 * styles worked out afresh, which was about a third of what a drop cycle allocated when the panel
 * switched between two cards' histories. Hence no node id here either: a changed id restyles a node.
 */
final class HistoryEntryView extends WidthKeyedVBox {

    private final Label when = styled(new Label(), DetailsStyleClasses.HISTORY_TIME);
    private final Label operator = styled(new Label(), DetailsStyleClasses.HISTORY_OPERATOR);
    private final Label what = styled(new Label(), DetailsStyleClasses.HISTORY_KIND);
    private final HBox head = new HBox();
    private final Label summary = wrapping(DetailsStyleClasses.HISTORY_SUMMARY);
    /** One label per changed field; as many of them as the entry has changed fields are in the line. */
    private final List<Label> changes = new ArrayList<>();
    private final Label note = wrapping(DetailsStyleClasses.HISTORY_NOTE);
    private HistoryEntry entry;

    HistoryEntryView(HistoryEntry entry) {
        getStyleClass().add(DetailsStyleClasses.HISTORY_ENTRY);
        head.getStyleClass().add(DetailsStyleClasses.HISTORY_HEAD);
        getChildren().addAll(head, summary);
        show(entry);
    }

    /** The entry this line shows. */
    HistoryEntry entry() {
        return entry;
    }

    /**
     * Shows {@code shown} in this line, changing only what differs: texts are set, and a label is
     * added or removed only where the entries differ in having an operator, a reason or how many
     * fields changed.
     */
    void show(HistoryEntry shown) {
        if (entry != null) {
            pseudoClassStateChanged(kindOf(entry), false);
        }
        entry = shown;
        pseudoClassStateChanged(kindOf(shown), true);
        when.setText(shown.when());
        what.setText(shown.what());
        operator.setText(shown.operator());
        Children.replace(head.getChildren(),
                shown.hasOperator() ? List.of(when, operator, what) : List.of(when, what));
        summary.setText(shown.summary());

        List<String> lines = shown.changeLines();
        while (changes.size() < lines.size()) {
            changes.add(wrapping(DetailsStyleClasses.HISTORY_CHANGE));
        }
        List<Node> wanted = new ArrayList<>(2 + lines.size() + 1);
        wanted.add(head);
        wanted.add(summary);
        for (int i = 0; i < lines.size(); i++) {
            Label change = changes.get(i);
            change.setText(lines.get(i));
            wanted.add(change);
        }
        note.setText(shown.noteLine());
        if (shown.hasNote()) {
            wanted.add(note);
        }
        Children.replace(getChildren(), wanted);
    }

    private static PseudoClass kindOf(HistoryEntry entry) {
        return PseudoClass.getPseudoClass(entry.kind().name().toLowerCase(Locale.ROOT));
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Label wrapping(String styleClass) {
        Label label = styled(new WidthKeyedLabel(), styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
