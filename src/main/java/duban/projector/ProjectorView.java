package duban.projector;

import duban.domain.BoardStats;
import duban.domain.Rate;
import duban.domain.Status;
import duban.i18n.Messages;
import duban.ui.Fxml;
import duban.ui.StyleClasses;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;

/**
 * The controller of {@code projector.fxml}: binds the header and the footer to the
 * {@link ProjectorViewModel}, draws each page's cards into the columns, and scales everything with
 * the view's size (16 px type at 1920 × 1080, never below {@link #MIN_FONT_PX}). Read-only: there
 * is no drag, no edit, no context menu; the keys only turn pages and switch modes.
 */
public final class ProjectorView {

    /** The type size at 1920 × 1080; card titles are 1.75 times it (28 px). */
    static final double BASE_FONT_PX = 16;
    /** No text is smaller than this, however small the screen. */
    static final double MIN_FONT_PX = 13;
    /** A card's fixed height in ems, so that the cards per page follow from the column's height. */
    static final double CARD_EMS = 9.4;
    private static final double GAP_EMS = 0.5;

    private final ProjectorViewModel viewModel;
    @FXML private BorderPane view;
    @FXML private Label title;
    @FXML private Label date;
    @FXML private Label time;
    @FXML private Label offline;
    @FXML private Label summary;
    @FXML private Label footer;
    @FXML private ProjectorFigure completion;
    @FXML private ProjectorFigure onTime;
    @FXML private ProjectorFigure overdue;
    @FXML private ProjectorFigure dueSoon;
    @FXML private ProjectorFigure countAssigned;
    @FXML private ProjectorFigure countInProgress;
    @FXML private ProjectorFigure countAwaitingFeedback;
    @FXML private ProjectorFigure countClosed;
    @FXML private ProjectorColumnView assigned;
    @FXML private ProjectorColumnView inProgress;
    @FXML private ProjectorColumnView awaitingFeedback;
    @FXML private ProjectorColumnView closed;
    @FXML private GridPane columnsGrid;
    /** The figures page (key 4), or {@code null} when the projector has none. */
    private Parent figuresPage;
    private final Map<Status, ProjectorFigure> counts = new EnumMap<>(Status.class);
    private final Map<Status, ProjectorColumnView> columns = new EnumMap<>(Status.class);
    private final Map<Long, ProjectorCardView> cardViews = new HashMap<>();
    private double fontPx = BASE_FONT_PX;
    /** At least {@link #CARD_EMS}; taller when the column has room left over, so that no band stays empty. */
    private double cardHeight = CARD_EMS * BASE_FONT_PX;

    /** The controller for {@code viewModel}; the FXML loader's controller factory calls it. */
    public ProjectorView(ProjectorViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        counts.put(Status.ASSIGNED, countAssigned);
        counts.put(Status.IN_PROGRESS, countInProgress);
        counts.put(Status.AWAITING_FEEDBACK, countAwaitingFeedback);
        counts.put(Status.CLOSED, countClosed);
        columns.put(Status.ASSIGNED, assigned);
        columns.put(Status.IN_PROGRESS, inProgress);
        columns.put(Status.AWAITING_FEEDBACK, awaitingFeedback);
        columns.put(Status.CLOSED, closed);

        view.getStyleClass().add(viewModel.themeProperty().get().styleClass());
        viewModel.themeProperty().addListener((observable, old, theme) -> {
            view.getStyleClass().remove(old.styleClass());
            view.getStyleClass().add(theme.styleClass());
        });
        date.textProperty().bind(viewModel.dateTextProperty());
        time.textProperty().bind(viewModel.timeTextProperty());
        footer.textProperty().bind(viewModel.footerTextProperty());
        offline.textProperty().bind(viewModel.offlineTextProperty());
        offline.visibleProperty().bind(viewModel.offlineTextProperty().isNotNull());
        offline.managedProperty().bind(offline.visibleProperty());
        viewModel.pageProperty().addListener((observable, old, page) -> show(page));
        view.widthProperty().addListener((observable, old, width) -> rescale());
        view.heightProperty().addListener((observable, old, height) -> rescale());
        assigned.body().heightProperty().addListener((observable, old, height) -> measureCapacity());
        rescale();
        show(viewModel.page());
        placeFiguresPage();
    }

    /** Loads the figures page, if the projector has one, and shows it in place of the columns when asked. */
    private void placeFiguresPage() {
        ProjectorFiguresPage figures = viewModel.figuresPage();
        if (figures == null) {
            return;
        }
        figuresPage = Fxml.root("projector-figures.fxml", type -> new ProjectorFiguresView(figures));
        viewModel.figuresShownProperty().addListener((observable, old, shown) -> showFiguresPage(shown));
        showFiguresPage(viewModel.figuresShownProperty().get());
    }

    /**
     * The header keeps its title and figures (the board's) on the figures page too; the quarter the
     * page covers is named on the page itself, so no figure above it claims to be the quarter's.
     */
    private void showFiguresPage(boolean shown) {
        view.setCenter(shown ? figuresPage : columnsGrid);
    }

    /** The type size for the view's size: proportional to a 1920 × 1080 screen, never below the minimum. */
    static double fontSizeFor(double width, double height) {
        if (width <= 0 || height <= 0) {
            return BASE_FONT_PX;
        }
        return Math.max(MIN_FONT_PX, BASE_FONT_PX * Math.min(width / 1920, height / 1080));
    }

    private void rescale() {
        double px = fontSizeFor(view.getWidth(), view.getHeight());
        if (px == fontPx && view.getStyle() != null && !view.getStyle().isEmpty()) {
            return;
        }
        fontPx = px;
        view.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", px));
        for (ProjectorColumnView column : columns.values()) {
            column.body().setSpacing(GAP_EMS * px);
            column.body().setPadding(new Insets(GAP_EMS * px));
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
        double height = assigned.body().getHeight();
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
        overdue.pseudoClassStateChanged(StyleClasses.ALERT, stats.overdue() > 0);
        counts.forEach((status, figure) -> figure.show(Messages.get("projector.items", stats.count(status)), ""));
        for (ProjectorColumn column : page.columns()) {
            columns.get(column.status()).show(column, card -> cardView(card.id()).show(card));
        }
        // Cards no longer on the page are forgotten, so the cache never outgrows a page or two.
        Set<Long> shownIds = new HashSet<>();
        page.columns().forEach(column -> column.cards().forEach(card -> shownIds.add(card.id())));
        cardViews.keySet().retainAll(shownIds);
    }

    private ProjectorCardView cardView(long itemId) {
        return cardViews.computeIfAbsent(itemId, id -> {
            ProjectorCardView created = new ProjectorCardView();
            sizeCard(created);
            return created;
        });
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
            case DIGIT1, NUMPAD1 -> viewModel.showColumns(ProjectorMode.ALL);
            case DIGIT2, NUMPAD2 -> viewModel.showColumns(ProjectorMode.BY_UNIT);
            case DIGIT3, NUMPAD3 -> viewModel.showColumns(ProjectorMode.FOCUS);
            case DIGIT4, NUMPAD4 -> viewModel.showFigures();
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
}
