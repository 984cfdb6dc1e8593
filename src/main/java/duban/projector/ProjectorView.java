package duban.projector;

import duban.domain.BoardStats;
import duban.domain.Rate;
import duban.domain.Status;
import duban.i18n.Messages;
import duban.ui.StyleClasses;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The projector's board: a big header with the figures, the date and the time; the four columns
 * of large cards, paginated; a footer with the page, the mode and the keys. Everything scales with
 * the view's size (16 px type at 1920 × 1080, never below {@link #MIN_FONT_PX}). Read-only: there
 * is no drag, no edit, no context menu; the keys only turn pages and switch modes.
 */
public final class ProjectorView extends BorderPane {

    /** The type size at 1920 × 1080; card titles are 1.75 times it (28 px). */
    static final double BASE_FONT_PX = 16;
    /** No text is smaller than this, however small the screen. */
    static final double MIN_FONT_PX = 13;
    /** A card's fixed height in ems, so that the cards per page follow from the column's height. */
    static final double CARD_EMS = 9.4;
    private static final double GAP_EMS = 0.5;

    private final ProjectorViewModel viewModel;
    private final Label title = new Label();
    private final Label date = new Label();
    private final Label time = new Label();
    private final Label summary = new Label();
    private final Label footer = new Label();
    private final Label keys = new Label(Messages.get("projector.keys"));
    private final Figure completion = new Figure("figure-main", Messages.get("header.completionRate"));
    private final Figure onTime = new Figure("figure-on-time", Messages.get("header.onTimeRate"));
    private final Figure overdue = new Figure("figure-overdue", Messages.get("header.overdue"));
    private final Figure dueSoon = new Figure("figure-due-soon", Messages.get("header.dueSoon"));
    private final Map<Status, Figure> counts = new EnumMap<>(Status.class);
    private final Map<Status, ColumnNodes> columns = new EnumMap<>(Status.class);
    private final Map<Long, ProjectorCardView> cardViews = new HashMap<>();
    private double fontPx = BASE_FONT_PX;
    /** At least {@link #CARD_EMS}; taller when the column has room left over, so that no band stays empty. */
    private double cardHeight = CARD_EMS * BASE_FONT_PX;

    public ProjectorView(ProjectorViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("projector");
        createView();
        initListeners();
    }

    private void createView() {
        title.getStyleClass().add("projector-title");
        title.setId("projector-title");
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        time.getStyleClass().add("projector-time");
        time.setId("projector-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        date.getStyleClass().add("projector-date");
        date.setId("projector-date");
        date.setMinWidth(Region.USE_PREF_SIZE);
        VBox when = new VBox(time, date);
        when.getStyleClass().add("projector-when");
        when.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(title, when);
        titleRow.getStyleClass().add("projector-title-row");

        HBox figures = new HBox();
        figures.getStyleClass().add("projector-figures");
        figures.getChildren().addAll(completion, onTime, overdue, dueSoon);
        Region divider = new Region();
        divider.getStyleClass().add("projector-divider");
        figures.getChildren().add(divider);
        for (Status status : Status.values()) {
            Figure figure = new Figure("figure-count", status.label());
            figure.setId("projector-count-" + status.name());
            counts.put(status, figure);
            figures.getChildren().add(figure);
        }
        completion.setId("projector-completion");
        onTime.setId("projector-on-time");
        overdue.setId("projector-overdue");
        dueSoon.setId("projector-due-soon");

        summary.getStyleClass().add("projector-summary");
        summary.setId("projector-summary");
        summary.setMinWidth(0);
        VBox header = new VBox(titleRow, figures, summary);
        header.getStyleClass().add("projector-header");
        setTop(header);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("projector-columns");
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        grid.getRowConstraints().add(row);
        int index = 0;
        for (Status status : Status.values()) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(25);
            constraints.setFillWidth(true);
            grid.getColumnConstraints().add(constraints);
            ColumnNodes column = new ColumnNodes(status);
            columns.put(status, column);
            grid.add(column.box, index++, 0);
        }
        grid.setMinHeight(0);
        setCenter(grid);

        footer.getStyleClass().add("projector-footer-text");
        footer.setId("projector-footer");
        footer.setMinWidth(0);
        keys.getStyleClass().add("projector-keys");
        keys.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(keys, Priority.SOMETIMES);
        footer.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(footer, spacer, keys);
        bottom.getStyleClass().add("projector-footer");
        setBottom(bottom);
    }

    private void initListeners() {
        getStyleClass().add(viewModel.themeProperty().get().styleClass());
        viewModel.themeProperty().addListener((observable, old, theme) -> {
            getStyleClass().remove(old.styleClass());
            getStyleClass().add(theme.styleClass());
        });
        date.textProperty().bind(viewModel.dateTextProperty());
        time.textProperty().bind(viewModel.timeTextProperty());
        footer.textProperty().bind(viewModel.footerTextProperty());
        viewModel.pageProperty().addListener((observable, old, page) -> show(page));
        widthProperty().addListener((observable, old, width) -> rescale());
        heightProperty().addListener((observable, old, height) -> rescale());
        columns.get(Status.ASSIGNED).body.heightProperty().addListener((observable, old, height) -> measureCapacity());
        rescale();
        show(viewModel.page());
    }

    /** The type size for the view's size: proportional to a 1920 × 1080 screen, never below the minimum. */
    static double fontSizeFor(double width, double height) {
        if (width <= 0 || height <= 0) {
            return BASE_FONT_PX;
        }
        return Math.max(MIN_FONT_PX, BASE_FONT_PX * Math.min(width / 1920, height / 1080));
    }

    private void rescale() {
        double px = fontSizeFor(getWidth(), getHeight());
        if (px == fontPx && getStyle() != null && !getStyle().isEmpty()) {
            return;
        }
        fontPx = px;
        setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", px));
        for (ColumnNodes column : columns.values()) {
            column.body.setSpacing(GAP_EMS * px);
            column.body.setPadding(new Insets(GAP_EMS * px));
        }
        cardViews.values().forEach(this::sizeCard);
        measureCapacity();
    }

    private void sizeCard(ProjectorCardView card) {
        double height = cardHeight;
        card.setMinHeight(height);
        card.setPrefHeight(height);
        card.setMaxHeight(height);
    }

    /** How many cards fit in a column's body now. */
    private void measureCapacity() {
        double height = columns.get(Status.ASSIGNED).body.getHeight();
        if (height <= 0) {
            return;
        }
        double gap = GAP_EMS * fontPx;
        double card = CARD_EMS * fontPx;
        int fits = Math.max(1, (int) Math.floor((height - 2 * gap + gap) / (card + gap)));
        double stretched = Math.max(card, Math.floor((height - 2 * gap - (fits - 1) * gap) / fits));
        if (stretched != cardHeight) {
            cardHeight = stretched;
            cardViews.values().forEach(this::sizeCard);
        }
        viewModel.setCapacity(fits);
    }

    private void show(ProjectorPage page) {
        if (page == null) {
            return;
        }
        title.setText(page.title());
        summary.setText(page.summary());
        BoardStats stats = page.stats();
        completion.show(stats.completionRate().percentText(), rateDetail(stats.completionRate()));
        onTime.show(stats.onTimeRate().percentText(), rateDetail(stats.onTimeRate()));
        overdue.show(Messages.get("projector.items", stats.overdue()), "");
        dueSoon.show(Messages.get("projector.items", stats.dueSoon()), "");
        overdue.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("alert"), stats.overdue() > 0);
        counts.forEach((status, figure) -> figure.show(Messages.get("projector.items", stats.count(status)), ""));
        for (ProjectorColumn column : page.columns()) {
            columns.get(column.status()).show(column);
        }
        // Cards no longer on the page are forgotten, so the cache never outgrows a page or two.
        java.util.Set<Long> shownIds = new java.util.HashSet<>();
        page.columns().forEach(column -> column.cards().forEach(card -> shownIds.add(card.id())));
        cardViews.keySet().retainAll(shownIds);
    }

    private static String rateDetail(Rate rate) {
        return Messages.get("header.rateDetail", rate.numerator(), rate.denominator());
    }

    /** The keys of a presenter remote and the keyboard; returns whether the key meant something. */
    public boolean handleKey(KeyEvent event) {
        switch (event.getCode()) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE, ENTER -> viewModel.nextPage();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> viewModel.previousPage();
            case HOME -> viewModel.firstPage();
            case DIGIT1, NUMPAD1 -> viewModel.modeProperty().set(ProjectorMode.ALL);
            case DIGIT2, NUMPAD2 -> viewModel.modeProperty().set(ProjectorMode.BY_UNIT);
            case DIGIT3, NUMPAD3 -> viewModel.modeProperty().set(ProjectorMode.FOCUS);
            case T -> viewModel.toggleTheme();
            case P -> viewModel.togglePlaying();
            case OPEN_BRACKET -> viewModel.shiftLastMeeting(-1);
            case CLOSE_BRACKET -> viewModel.shiftLastMeeting(1);
            default -> {
                return false;
            }
        }
        event.consume();
        return true;
    }

    /** One figure of the header: caption above, big value, detail below. */
    private static final class Figure extends VBox {
        private final Label value = new Label();
        private final Label detail = new Label();

        Figure(String styleClass, String caption) {
            getStyleClass().addAll("projector-figure", styleClass);
            Label captionLabel = new Label(caption);
            captionLabel.getStyleClass().add("projector-figure-caption");
            value.getStyleClass().add("projector-figure-value");
            detail.getStyleClass().add("projector-figure-detail");
            detail.managedProperty().bind(detail.visibleProperty());
            for (Label label : List.of(captionLabel, value, detail)) {
                label.setMinWidth(Region.USE_PREF_SIZE);
            }
            HBox line = new HBox(value, detail);
            line.getStyleClass().add("projector-figure-line");
            setMinWidth(Region.USE_PREF_SIZE);
            setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(this, Priority.ALWAYS);
            getChildren().setAll(captionLabel, line);
        }

        void show(String valueText, String detailText) {
            value.setText(valueText);
            detail.setText(detailText);
            detail.setVisible(!detailText.isEmpty());
        }
    }

    /** The nodes of one column: its header and the body holding this page's cards. */
    private final class ColumnNodes {
        final VBox box;
        final VBox body = new VBox();
        final Label name = new Label();
        final Label count = new Label();
        final Label slice = new Label();
        final Label placeholder = new Label();
        ProjectorColumn shown;

        ColumnNodes(Status status) {
            name.setText(status.label());
            name.getStyleClass().add("projector-column-title");
            name.setMinWidth(Region.USE_PREF_SIZE);
            count.getStyleClass().add("projector-column-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            slice.getStyleClass().add("projector-column-slice");
            slice.setMinWidth(0);
            slice.managedProperty().bind(slice.visibleProperty());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox head = new HBox(name, count, spacer, slice);
            head.getStyleClass().add("projector-column-header");
            placeholder.getStyleClass().add("projector-placeholder");
            placeholder.setWrapText(true);
            body.setId(StyleClasses.columnId(status));
            body.getStyleClass().add("projector-column-body");
            body.setMinHeight(0);
            body.setPrefHeight(0);
            VBox.setVgrow(body, Priority.ALWAYS);
            box = new VBox(head, body);
            box.getStyleClass().addAll("projector-column", "projector-column-" + status.name().toLowerCase());
            box.setMinHeight(0);
            box.setMinWidth(0);
        }

        void show(ProjectorColumn column) {
            count.setText(Messages.get("projector.items", column.total()));
            slice.setText(Messages.get("projector.slice", Math.min(column.slice(), column.slices() - 1) + 1,
                    column.slices()));
            slice.setVisible(column.slices() > 1);
            if (column.equals(shown)) {
                return;
            }
            shown = column;
            List<Node> nodes = new java.util.ArrayList<>();
            for (ProjectorCard card : column.cards()) {
                ProjectorCardView view = cardViews.computeIfAbsent(card.id(), id -> {
                    ProjectorCardView created = new ProjectorCardView();
                    sizeCard(created);
                    return created;
                });
                nodes.add(view.show(card));
            }
            if (column.cards().isEmpty()) {
                placeholder.setText(column.total() == 0 ? Messages.get("projector.empty")
                        : Messages.get("projector.exhausted", column.total()));
                nodes.add(placeholder);
            }
            if (!body.getChildren().equals(nodes)) {
                body.getChildren().setAll(nodes);
            }
        }
    }
}
