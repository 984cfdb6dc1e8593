package duban.app;

import duban.board.BoardViewModel;
import duban.domain.feedback.FeedbackForm;
import duban.domain.feedback.FeedbackPreview;
import duban.domain.feedback.FeedbackResult;
import duban.domain.feedback.ReturnedForm;
import duban.i18n.Messages;
import duban.ledger.feedback.FeedbackActions;
import duban.ledger.feedback.FeedbackPort;
import duban.ledger.view.LedgerViewModel;
import duban.store.FeedbackStore;
import duban.ui.TaskRunner;
import java.util.List;
import java.util.Optional;

/** Wires the 反馈表 round trip: FeedbackStore adapted to the ledger's port, and the ledger window's two actions. */
public final class FeedbackPorts {

    private FeedbackPorts() {
    }

    /** The store behind the feedback actions. */
    public static FeedbackPort of(FeedbackStore store) {
        return new FeedbackPort() {
            @Override
            public List<FeedbackForm> forms() {
                return store.forms();
            }

            @Override
            public FeedbackPreview preview(ReturnedForm form) {
                return store.preview(form);
            }

            @Override
            public FeedbackResult importRows(FeedbackPreview preview) {
                return store.importRows(preview);
            }
        };
    }

    /**
     * 导出反馈表… and 导入反馈表… of the ledger window: outcomes on the ledger's status line and the
     * board's message bar, an import refused on a read-only open, the board and ledger read again after one.
     */
    static FeedbackActions actions(FeedbackStore store, TaskRunner tasks, BoardViewModel board, LedgerViewModel ledger) {
        return new FeedbackActions(of(store), tasks, ledger.job(), ledger::showMessage,
                () -> board.isReadOnly()
                        ? Optional.of(Messages.get("readOnly.refused", board.readOnlyReasonProperty().get()))
                        : Optional.empty(),
                result -> {
                    board.reload();
                    ledger.reload();
                    board.showMessage(result.describe());
                });
    }
}
