package duban.wallchart;

import duban.domain.Card;
import duban.domain.DeadlineState;
import duban.domain.Status;
import duban.i18n.Messages;
import duban.ui.print.LineBreaker;
import duban.ui.print.TextMeasure;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays the wall chart out on A3 landscape pages: the heading, the header figures and the date on
 * every page, the four columns side by side under their names and counts, each column's cards
 * from the top down. A card never breaks across pages: one that does not fit below the last goes
 * to the top of that column on the next page. Pure logic over a {@link TextMeasure}.
 */
public final class WallChartLayout {

    /** A3 landscape, in points. */
    public static final double PAGE_WIDTH = 1190.55;
    public static final double PAGE_HEIGHT = 841.89;
    static final double MARGIN = 12 * 72 / 25.4;
    static final double COLUMN_GAP = 10;
    static final double TITLE_SIZE = 18;
    static final double FIGURE_SIZE = 11;
    static final double COLUMN_TITLE_SIZE = 12;
    static final double CARD_TITLE_SIZE = 10.5;
    static final double CARD_TEXT_SIZE = 8.5;
    static final double CARD_PADDING = 6;
    static final double CARD_GAP = 6;
    static final double EDGE = 3;
    /** Above this many lines a title is cut with "…": a card always fits on a page. */
    static final int MAX_TITLE_LINES = 8;

    private final WallChart chart;
    private final TextMeasure measure;
    private final double columnWidth = (PAGE_WIDTH - 2 * MARGIN - 3 * COLUMN_GAP) / 4;
    private final double bodyTop;
    private final double bodyBottom = PAGE_HEIGHT - MARGIN;

    private WallChartLayout(WallChart chart, TextMeasure measure) {
        this.chart = chart;
        this.measure = measure;
        double headingHeight = measure.lineHeight(TITLE_SIZE) + measure.lineHeight(FIGURE_SIZE) + 8;
        this.bodyTop = MARGIN + headingHeight + measure.lineHeight(COLUMN_TITLE_SIZE) + 10;
    }

    /** The pages of {@code chart}, its texts measured with {@code measure}. */
    public static List<WallChartPage> layout(WallChart chart, TextMeasure measure) {
        return new WallChartLayout(chart, measure).pages();
    }

    /** A card's lines, measured: where each goes inside the card. */
    private record CardBlock(Card card, List<WallElement> relative, double height) {
    }

    private List<WallChartPage> pages() {
        Status[] statuses = Status.values();
        List<List<List<CardBlock>>> columns = new ArrayList<>();
        int pageCount = 1;
        for (Status status : statuses) {
            List<List<CardBlock>> columnPages = paginate(chart.cards(status));
            columns.add(columnPages);
            pageCount = Math.max(pageCount, columnPages.size());
        }
        List<WallChartPage> pages = new ArrayList<>();
        for (int number = 1; number <= pageCount; number++) {
            List<WallElement> elements = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            heading(elements, number, pageCount);
            for (int column = 0; column < statuses.length; column++) {
                double x = MARGIN + column * (columnWidth + COLUMN_GAP);
                List<List<CardBlock>> columnPages = columns.get(column);
                columnHeader(elements, statuses[column], x, number > 1 && number <= columnPages.size());
                if (number > columnPages.size()) {
                    continue;
                }
                List<CardBlock> cards = columnPages.get(number - 1);
                if (cards.isEmpty()) {
                    elements.add(text(Messages.get("wallchart.empty"), x + CARD_PADDING, bodyTop + 14, CARD_TEXT_SIZE,
                            false, "ink-muted"));
                }
                double y = bodyTop;
                for (CardBlock block : cards) {
                    place(block, x, y, elements);
                    ids.add(block.card().id());
                    y += block.height() + CARD_GAP;
                }
            }
            pages.add(new WallChartPage(number, PAGE_WIDTH, PAGE_HEIGHT, elements, ids));
        }
        return pages;
    }

    /** A column's cards in pages: a card that does not fit below the last one starts the next page. */
    private List<List<CardBlock>> paginate(List<Card> cards) {
        List<List<CardBlock>> pages = new ArrayList<>();
        List<CardBlock> page = new ArrayList<>();
        double y = bodyTop;
        for (Card card : cards) {
            CardBlock block = block(card);
            if (y + block.height() > bodyBottom && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                y = bodyTop;
            }
            page.add(block);
            y += block.height() + CARD_GAP;
        }
        pages.add(page);
        return pages;
    }

    private void heading(List<WallElement> elements, int number, int pageCount) {
        double baseline = MARGIN + measure.baseline(TITLE_SIZE);
        elements.add(text(chart.title(), MARGIN, baseline, TITLE_SIZE, true, "accent"));
        String date = Messages.get("wallchart.dateAndPage", chart.dateText(), number, pageCount);
        elements.add(text(date, PAGE_WIDTH - MARGIN - measure.width(date, FIGURE_SIZE), baseline, FIGURE_SIZE, false,
                "ink-muted"));
        double figures = MARGIN + measure.lineHeight(TITLE_SIZE) + measure.baseline(FIGURE_SIZE);
        double x = MARGIN;
        x = figure(elements, x, figures, Messages.get("header.completionRate"),
                chart.stats().completionRate().percentText(), "accent");
        x = figure(elements, x, figures, Messages.get("header.onTimeRate"), chart.stats().onTimeRate().percentText(),
                "accent");
        x = figure(elements, x, figures, Messages.get("header.overdue"), Integer.toString(chart.stats().overdue()),
                chart.stats().overdue() == 0 ? "ink-muted" : "overdue");
        figure(elements, x, figures, Messages.get("header.dueSoon"), Integer.toString(chart.stats().dueSoon()),
                chart.stats().dueSoon() == 0 ? "ink-muted" : "due-soon");
    }

    private double figure(List<WallElement> elements, double x, double baseline, String caption, String value,
                          String colour) {
        elements.add(text(caption, x, baseline, FIGURE_SIZE, false, "ink-muted"));
        double valueX = x + measure.width(caption, FIGURE_SIZE) + 4;
        elements.add(text(value, valueX, baseline, FIGURE_SIZE, true, colour));
        return valueX + measure.width(value, FIGURE_SIZE) + 3 * FIGURE_SIZE;
    }

    private void columnHeader(List<WallElement> elements, Status status, double x, boolean continued) {
        double top = bodyTop - measure.lineHeight(COLUMN_TITLE_SIZE) - 8;
        double height = measure.lineHeight(COLUMN_TITLE_SIZE) + 4;
        elements.add(new WallElement.Box(x, top, columnWidth, height, WallChartColours.named("column"),
                WallChartColours.named(edgeOf(status)), 0, 0));
        String name = status.label() + " " + chart.cards(status).size()
                + (continued ? Messages.get("wallchart.continued") : "");
        elements.add(text(name, x + CARD_PADDING, top + 2 + measure.baseline(COLUMN_TITLE_SIZE), COLUMN_TITLE_SIZE,
                true, "ink"));
    }

    private static String edgeOf(Status status) {
        return switch (status) {
            case ASSIGNED -> "normal";
            case IN_PROGRESS -> "in-progress";
            case AWAITING_FEEDBACK -> "due-soon";
            case CLOSED -> "closed";
        };
    }

    private CardBlock block(Card card) {
        double inner = columnWidth - 2 * CARD_PADDING - EDGE;
        double x = EDGE + CARD_PADDING;
        List<WallElement> lines = new ArrayList<>();
        double y = CARD_PADDING;
        String meta = card.item().source().label() + " · " + card.item().category().label();
        y = lines(lines, List.of(meta), x, y, CARD_TEXT_SIZE, false, "ink-muted");
        List<String> title = LineBreaker.lines(measure.printable(card.title()), inner, CARD_TITLE_SIZE, measure);
        if (title.size() > MAX_TITLE_LINES) {
            title = new ArrayList<>(title.subList(0, MAX_TITLE_LINES));
            title.set(MAX_TITLE_LINES - 1, title.get(MAX_TITLE_LINES - 1) + "…");
        }
        y = lines(lines, title, x, y, CARD_TITLE_SIZE, true, card.deadlineState().isClosed() ? "ink-muted" : "ink");
        y = lines(lines, LineBreaker.lines(measure.printable(card.ownerLine()), inner, CARD_TEXT_SIZE, measure), x, y,
                CARD_TEXT_SIZE, false, "ink-muted");
        List<String> markers = card.markers().stream().map(Card.Marker::text).toList();
        if (!markers.isEmpty()) {
            y = lines(lines, LineBreaker.lines(measure.printable(String.join(" · ", markers)), inner, CARD_TEXT_SIZE,
                    measure), x, y, CARD_TEXT_SIZE, false, "ink-muted");
        }
        String deadline = card.deadlineText();
        double baseline = y + measure.baseline(CARD_TEXT_SIZE);
        lines.add(text(deadline, x, baseline, CARD_TEXT_SIZE, false, "ink-muted"));
        double dueX = x + measure.width(deadline, CARD_TEXT_SIZE) + CARD_TEXT_SIZE;
        String due = card.dueText();
        if (dueX + measure.width(due, CARD_TEXT_SIZE) > x + inner) {
            y += measure.lineHeight(CARD_TEXT_SIZE);
            dueX = x;
        }
        lines.add(text(due, dueX, y + measure.baseline(CARD_TEXT_SIZE), CARD_TEXT_SIZE, true,
                dueColour(card.deadlineState())));
        y += measure.lineHeight(CARD_TEXT_SIZE);
        return new CardBlock(card, lines, y + CARD_PADDING);
    }

    private double lines(List<WallElement> out, List<String> lines, double x, double y, double size, boolean bold,
                         String colour) {
        for (String line : lines) {
            out.add(text(line, x, y + measure.baseline(size), size, bold, colour));
            y += measure.lineHeight(size);
        }
        return y;
    }

    private void place(CardBlock block, double x, double y, List<WallElement> elements) {
        DeadlineState state = block.card().deadlineState();
        elements.add(new WallElement.Box(x, y, columnWidth, block.height(), WallChartColours.named(fillOf(state)),
                WallChartColours.named("line"), EDGE, WallChartColours.named(edgeColour(state))));
        for (WallElement element : block.relative()) {
            WallElement.Text text = (WallElement.Text) element;
            elements.add(new WallElement.Text(text.text(), x + text.x(), y + text.baseline(), text.fontSize(),
                    text.bold(), text.colour()));
        }
    }

    private static String fillOf(DeadlineState state) {
        return switch (state) {
            case NORMAL -> "paper";
            case DUE_SOON -> "due-soon-soft";
            case OVERDUE -> "overdue-soft";
            case CLOSED_ON_TIME, CLOSED_LATE -> "closed-soft";
        };
    }

    private static String edgeColour(DeadlineState state) {
        return switch (state) {
            case NORMAL -> "normal";
            case DUE_SOON -> "due-soon";
            case OVERDUE -> "overdue";
            case CLOSED_ON_TIME, CLOSED_LATE -> "closed";
        };
    }

    private static String dueColour(DeadlineState state) {
        return switch (state) {
            case NORMAL -> "normal";
            case DUE_SOON -> "due-soon";
            case OVERDUE, CLOSED_LATE -> "overdue";
            case CLOSED_ON_TIME -> "closed";
        };
    }

    private static WallElement.Text text(String text, double x, double baseline, double size, boolean bold,
                                         String colour) {
        return new WallElement.Text(text, x, baseline, size, bold, WallChartColours.named(colour));
    }
}
