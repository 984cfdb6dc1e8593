package duban.ledger.feedback;

import duban.domain.feedback.FeedbackForm;
import duban.domain.feedback.FeedbackPreview;
import duban.domain.feedback.FeedbackResult;
import duban.domain.feedback.ReturnedForm;
import java.util.List;

/** What the 反馈表 actions need from the store (FeedbackStore, adapted by the composition root); called on the store thread. */
public interface FeedbackPort {

    /** One form for every unit that leads at least one open item. */
    List<FeedbackForm> forms();

    /** What importing {@code form} would do, row by row. */
    FeedbackPreview preview(ReturnedForm form);

    /** Imports the preview's importable rows in one transaction, all or nothing. */
    FeedbackResult importRows(FeedbackPreview preview);
}
