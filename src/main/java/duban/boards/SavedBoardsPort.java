package duban.boards;

import duban.domain.boards.BoardScope;
import duban.domain.boards.SavedBoard;
import java.util.List;

/**
 * What the board tabs need from the store: the office's saved boards and their changes. Called on
 * the store thread; a refusal (a name taken, a board deleted elsewhere) is an
 * {@link IllegalArgumentException} with the reason in Chinese.
 */
public interface SavedBoardsPort {

    /** Every saved board, in tab order. */
    List<SavedBoard> list();

    SavedBoard create(String name, BoardScope scope);

    /** Creates the boards whose names are free, all or none; returns those made. */
    List<SavedBoard> createAll(List<SavedBoard> boards);

    SavedBoard rename(long id, String newName);

    SavedBoard updateScope(long id, BoardScope scope);

    void delete(long id);

    /** Puts the boards in this order; returns them all, in their new order. */
    List<SavedBoard> reorder(List<Long> idsInOrder);
}
