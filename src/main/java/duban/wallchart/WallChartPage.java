package duban.wallchart;

import java.util.List;

/**
 * One printed page of the wall chart: its size, what is drawn on it, and the ids of the cards on it
 * (each card whole on exactly one page).
 *
 * @param number 1 for the first page
 */
public record WallChartPage(int number, double width, double height, List<WallElement> elements, List<Long> cardIds) {

    public WallChartPage {
        elements = List.copyOf(elements);
        cardIds = List.copyOf(cardIds);
    }

    /** Every text on the page, in drawing order. */
    public List<String> texts() {
        return elements.stream().filter(WallElement.Text.class::isInstance)
                .map(element -> ((WallElement.Text) element).text()).toList();
    }
}
