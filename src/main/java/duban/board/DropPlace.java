package duban.board;

import duban.domain.Card;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a moved card lands and where it left, by its neighbours' ids ({@code null}: the
 * column's edge). Neighbours, not positions, because the store computes the position from them
 * in the same transaction as the move, and an undo puts the card back between the same two.
 */
record DropPlace(Long previousId, Long nextId, Long fromPreviousId, Long fromNextId) {

    /**
     * The place of a card dropped in front of the card shown at {@code insertionIndex} of the
     * target column (its size: at the bottom; the index counts the moving card, as a drop
     * indicator does), or empty when it was dropped where it was.
     *
     * @param shownTarget  the target column as shown (the filter applied)
     * @param sourceColumn every card of the column the card leaves
     * @param sameColumn   whether the card stays in its column
     */
    static Optional<DropPlace> of(List<Card> shownTarget, List<Card> sourceColumn, long itemId,
                                  boolean sameColumn, int insertionIndex) {
        List<Card> target = new ArrayList<>(shownTarget);
        int current = BoardColumns.indexOf(target, itemId);
        int index = Math.max(0, Math.min(insertionIndex, target.size()));
        if (current >= 0) {
            target.remove(current);
            if (index > current) {
                index--;
            }
        }
        if (sameColumn && index == current) {
            return Optional.empty();
        }
        Long previousId = index > 0 ? target.get(index - 1).id() : null;
        Long nextId = index < target.size() ? target.get(index).id() : null;
        int sourceIndex = BoardColumns.indexOf(sourceColumn, itemId);
        Long fromPreviousId = sourceIndex > 0 ? sourceColumn.get(sourceIndex - 1).id() : null;
        Long fromNextId = sourceIndex + 1 < sourceColumn.size() ? sourceColumn.get(sourceIndex + 1).id() : null;
        return Optional.of(new DropPlace(previousId, nextId, fromPreviousId, fromNextId));
    }
}
