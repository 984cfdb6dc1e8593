package duban.board;

import duban.domain.Status;

/**
 * What a card's context menu, the keyboard and the toolbar can do to a card: one set of actions,
 * whichever gesture asks for them.
 */
interface CardActions {

    void edit(Card card);

    void moveTo(Card card, Status to);

    void withdraw(Card card);
}
