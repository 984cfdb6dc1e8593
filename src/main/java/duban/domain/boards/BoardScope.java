package duban.domain.boards;

/**
 * Which items a saved board shows, stored as text in {@code saved_board.scope}.
 * BASE STUB: the saved-boards part fills this in.
 */
public record BoardScope(String text) {
}
