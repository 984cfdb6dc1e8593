package duban.details;

import duban.ui.WidthKeyedVBox;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The node of one 办理记录 entry: time, who (操作人) and kind in bold, the summary, changed fields, the reason. */
final class HistoryEntryView extends WidthKeyedVBox {

    HistoryEntryView(HistoryEntry entry) {
        setId("history-entry-" + entry.eventId());
        getStyleClass().add(DetailsStyleClasses.HISTORY_ENTRY);
        pseudoClassStateChanged(PseudoClass.getPseudoClass(entry.kind().name().toLowerCase(Locale.ROOT)), true);

        Label when = new Label(entry.when());
        when.getStyleClass().add(DetailsStyleClasses.HISTORY_TIME);
        Label what = new Label(entry.what());
        what.getStyleClass().add(DetailsStyleClasses.HISTORY_KIND);
        HBox head = new HBox(when);
        if (entry.hasOperator()) {
            Label operator = new Label(entry.operator());
            operator.setId("history-operator-" + entry.eventId());
            operator.getStyleClass().add(DetailsStyleClasses.HISTORY_OPERATOR);
            head.getChildren().add(operator);
        }
        head.getChildren().add(what);
        head.getStyleClass().add(DetailsStyleClasses.HISTORY_HEAD);
        getChildren().add(head);

        getChildren().add(wrapping(entry.summary(), DetailsStyleClasses.HISTORY_SUMMARY));
        for (String line : entry.changeLines()) {
            getChildren().add(wrapping(line, DetailsStyleClasses.HISTORY_CHANGE));
        }
        if (entry.hasNote()) {
            getChildren().add(wrapping(entry.noteLine(), DetailsStyleClasses.HISTORY_NOTE));
        }
    }

    private static Label wrapping(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
