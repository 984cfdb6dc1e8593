package duban.documents;

import duban.domain.Item;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** One item in the 生成督办通知单 list: what it says (title, 牵头单位, issued or not) and whether it is ticked. */
public final class NoticeRow {

    private final Item item;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen", true);

    NoticeRow(Item item) {
        this.item = item;
    }

    public Item item() {
        return item;
    }

    public String text() {
        return text.get();
    }

    void setText(String value) {
        text.set(value);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Ticked: a notice is drafted for it (all are, to begin with). */
    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean isChosen() {
        return chosen.get();
    }
}
