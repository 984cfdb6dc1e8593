package duban.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.ConcurrentChangeException;
import duban.domain.Item;
import duban.domain.Status;
import duban.testing.TestItems;
import org.junit.jupiter.api.Test;

/** The undo history on its own: stacks, descriptions and the versions this window wrote; no toolkit, no store. */
class UndoHistoryTest {

    private final UndoHistory history = new UndoHistory();

    static Item item(long id, String title, int version) {
        return TestItems.item(id, title).status(Status.IN_PROGRESS).version(version).build();
    }

    @Test
    void anEmptyHistoryHasNothingToUndoOrRedo() {
        assertThat(history.nextUndo()).isEmpty();
        assertThat(history.nextRedo()).isEmpty();
        assertThat(history.undoDescription()).isNull();
        assertThat(history.redoDescription()).isNull();
    }

    @Test
    void undoTakesTheLatestChangeFirstAndRedoMakesItAgain() {
        BoardChange first = new BoardChange.Withdraw(item(1, "河道清淤", 1), "重复登记");
        BoardChange second = new BoardChange.Withdraw(item(2, "路灯维修", 1), "重复登记");
        history.remember(first);
        history.remember(second);

        assertThat(history.nextUndo()).contains(second);
        assertThat(history.undoDescription()).isEqualTo(second.description()).contains("路灯维修");
        history.undone();
        assertThat(history.nextUndo()).contains(first);
        assertThat(history.nextRedo()).contains(second);
        assertThat(history.redoDescription()).isEqualTo(second.description());

        history.redone();
        assertThat(history.nextUndo()).contains(second);
        assertThat(history.nextRedo()).isEmpty();
    }

    @Test
    void aNewChangeForgetsWhatCouldBeRedone() {
        BoardChange undone = new BoardChange.Withdraw(item(1, "河道清淤", 1), "重复登记");
        history.remember(undone);
        history.undone();
        assertThat(history.nextRedo()).contains(undone);

        history.remember(new BoardChange.Withdraw(item(2, "路灯维修", 1), "重复登记"));
        assertThat(history.nextRedo()).isEmpty();
        assertThat(history.redoDescription()).isNull();
    }

    @Test
    void aGestureExpectsTheLaterOfWhatItSawAndWhatThisWindowWrote() throws Exception {
        assertThat(history.expectedVersion(7, 3)).isEqualTo(3);
        history.remembering(() -> item(7, "河道清淤", 5)).call();
        assertThat(history.expectedVersion(7, 3)).isEqualTo(5);
        assertThat(history.expectedVersion(7, 9)).isEqualTo(9);
        assertThat(history.expectedVersion(8, 2)).isEqualTo(2);
    }

    @Test
    void undoExpectsTheVersionThisWindowLastWroteAndRefusesAnItemItNeverWrote() {
        BoardChange change = new BoardChange.Withdraw(item(4, "河道清淤", 2), "重复登记");
        assertThatThrownBy(() -> history.ownVersion(change)).isInstanceOf(ConcurrentChangeException.class);

        history.noteOwnVersion(item(4, "河道清淤", 6));
        assertThat(history.ownVersion(change)).isEqualTo(6);
    }
}
