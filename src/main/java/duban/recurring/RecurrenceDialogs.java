package duban.recurring;

import duban.domain.Item;
import duban.domain.calendar.HolidayCalendar;
import duban.domain.recurrence.RecurrenceRule;
import duban.ui.Buttons;
import duban.ui.forms.FormDialog;
import javafx.stage.Window;

/** The two 定期督办 dialogs; each writes nothing itself, it gives what the officer chose. */
final class RecurrenceDialogs {

    private RecurrenceDialogs() {
    }

    /** 设为定期督办…: the rule, with the next three deadlines previewed. */
    static final class MakeRecurring extends FormDialog<RecurrenceRule> {
        MakeRecurring(Window owner, Item item, HolidayCalendar calendar) {
            super(owner, "recurring", Buttons.SAVE, "/recurrence-dialog.fxml",
                    new RecurrenceView(new RecurrenceViewModel(item, calendar)), "/recurring.css");
        }
    }

    /** 结束定期督办…: the reason. */
    static final class EndSeries extends FormDialog<String> {
        EndSeries(Window owner, Item item) {
            super(owner, "end-series", FormDialog.CONFIRM, "/end-series-dialog.fxml",
                    new EndSeriesView(new EndSeriesViewModel(item)), "/recurring.css");
        }
    }
}
