package duban.projector;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.i18n.Messages;
import duban.ui.TaskRunner;
import duban.ui.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The state of the projector view for the weekly meeting: which mode, which page, the figures and
 * cards of that page, the since-last-meeting markers, the clock. Read-only over the board's items:
 * it never writes an item, only its own settings.
 *
 * <p>What goes on which page is the {@link ProjectorPager}'s; this class holds the properties the
 * view binds, turns the pages on the ticker, ticks the clock and keeps the settings.
 */
public final class ProjectorViewModel {

    public static final int DEFAULT_PAGE_SECONDS = 20;
    static final int MIN_PAGE_SECONDS = 5;
    static final int MAX_PAGE_SECONDS = 600;
    /** The last meeting, when none was recorded: a week ago. */
    static final int DEFAULT_MEETING_DAYS_AGO = 7;
    private static final Duration CLOCK_TICK = Duration.ofSeconds(1);

    private final ObservableValue<? extends List<Item>> items;
    private final Clock clock;
    private final ProjectorSettings settings;
    private final TaskRunner tasks;
    private final Ticker ticker;
    private Deadlines deadlines;

    private final ObjectProperty<ProjectorMode> mode = new SimpleObjectProperty<>(this, "mode", ProjectorMode.ALL);
    private final ReadOnlyObjectWrapper<ProjectorTheme> theme =
            new ReadOnlyObjectWrapper<>(this, "theme", ProjectorTheme.LIGHT);
    private final ReadOnlyObjectWrapper<LocalDate> lastMeeting = new ReadOnlyObjectWrapper<>(this, "lastMeeting");
    private final ReadOnlyIntegerWrapper pageSeconds = new ReadOnlyIntegerWrapper(this, "pageSeconds",
            DEFAULT_PAGE_SECONDS);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", true);
    private final ReadOnlyObjectWrapper<ProjectorPage> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final ReadOnlyStringWrapper dateText = new ReadOnlyStringWrapper(this, "dateText", "");
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper(this, "timeText", "");
    private final ReadOnlyStringWrapper footerText = new ReadOnlyStringWrapper(this, "footerText", "");
    private final ReadOnlyStringWrapper offlineText = new ReadOnlyStringWrapper(this, "offlineText");
    /** When the items shown last changed: the time the 离线 mark gives. */
    private LocalDateTime lastUpdate;

    private final ChangeListener<List<Item>> itemsChanged = (observable, old, now) -> {
        refresh();
        reloadFigures();
    };
    /** The page after the column pages (办结率 trend and ranking), or {@code null} without a port. */
    private final ProjectorFiguresPage figuresPage;
    private final ReadOnlyBooleanWrapper figuresShown = new ReadOnlyBooleanWrapper(this, "figuresShown");
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timeFormat;

    private final ProjectorPager pager = new ProjectorPager();
    private LocalDate shownDay;
    private boolean running;
    private Ticker.Cancellable pageTurns;
    private Ticker.Cancellable clockTicks;

    /**
     * @param items     the board's items, e.g. {@code BoardViewModel.itemsProperty()}; followed live
     * @param deadlines judges 逾期 and 临期 (the office's due-soon rule)
     * @param clock     today and the time in the header
     * @param settings  where the last meeting date, page time and theme are kept (called through {@code tasks})
     * @param ticker    turns the pages and moves the clock; {@link Ticker#fx()} in the application
     */
    public ProjectorViewModel(ObservableValue<? extends List<Item>> items, Deadlines deadlines, Clock clock,
                              ProjectorSettings settings, TaskRunner tasks, Ticker ticker) {
        this(items, deadlines, clock, settings, tasks, ticker, null);
    }

    /**
     * A projector with a figures page after its column pages (key 4), read through {@code figures};
     * the other parameters as above.
     */
    public ProjectorViewModel(ObservableValue<? extends List<Item>> items, Deadlines deadlines, Clock clock,
                              ProjectorSettings settings, TaskRunner tasks, Ticker ticker,
                              ProjectorFiguresPort figures) {
        this.items = Objects.requireNonNull(items, "items");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.figuresPage = figures == null ? null : new ProjectorFiguresPage(figures, tasks, clock);
        this.dateFormat = DateTimeFormatter.ofPattern(Messages.get("projector.dateFormat"), Messages.LOCALE);
        this.timeFormat = DateTimeFormatter.ofPattern("HH:mm", Messages.LOCALE);
        lastMeeting.set(LocalDate.now(clock).minusDays(DEFAULT_MEETING_DAYS_AGO));
        mode.addListener((observable, old, now) -> {
            pager.startOver();
            refresh();
            restartPageTurns();
        });
        lastUpdate = LocalDateTime.now(clock);
        // Followed whether the projector shows or not: it may open while the server is away.
        items.addListener((observable, old, now) -> lastUpdate = LocalDateTime.now(clock));
        updateClock();
        refresh();
    }

    /**
     * The shared database cannot be reached: the projector keeps showing the last data, marked
     * 离线 with the time of its last update, until {@link #showOnline()}.
     */
    public void showOffline() {
        offlineText.set(Messages.get("live.projectorOffline", timeFormat.format(lastUpdate)));
    }

    /** The shared database answers again: the mark goes (the board reads everything again). */
    public void showOnline() {
        offlineText.set(null);
    }

    /** The header's 离线 mark with the time of the last update, or {@code null} while connected. */
    public ReadOnlyStringProperty offlineTextProperty() {
        return offlineText.getReadOnlyProperty();
    }

    /** Starts following the items, turning pages and ticking the clock; reads the settings. Call when shown. */
    public void start() {
        if (running) {
            return;
        }
        running = true;
        items.addListener(itemsChanged);
        loadSettings();
        refresh();
        reloadFigures();
        restartPageTurns();
        clockTicks = ticker.every(CLOCK_TICK, this::updateClock);
    }

    /** Stops everything {@link #start()} started (the page is kept for the next time). Call when hidden. */
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        items.removeListener(itemsChanged);
        cancel(pageTurns);
        cancel(clockTicks);
        pageTurns = null;
        clockTicks = null;
    }

    private static void cancel(Ticker.Cancellable cancellable) {
        if (cancellable != null) {
            cancellable.cancel();
        }
    }

    private void loadSettings() {
        tasks.run(() -> StoredProjectorSettings.readFrom(settings), this::applySettings,
                failure -> System.getLogger(ProjectorViewModel.class.getName())
                        .log(System.Logger.Level.WARNING, "reading the projector settings failed", failure));
    }

    private void applySettings(StoredProjectorSettings stored) {
        stored.lastMeeting().ifPresent(lastMeeting::set);
        stored.pageSeconds().ifPresent(seconds -> pageSeconds.set(clampSeconds(seconds)));
        stored.theme().ifPresent(theme::set);
        refresh();
        restartPageTurns();
    }

    private void save(String key, String value) {
        tasks.run(() -> {
            settings.put(key, value);
            return null;
        }, done -> { }, failure -> System.getLogger(ProjectorViewModel.class.getName())
                .log(System.Logger.Level.WARNING, "saving " + key + " failed", failure));
    }

    // ---- what the view and the keys call --------------------------------------------------

    /** How many cards fit in a column on one page, as the view measured it. */
    public void setCapacity(int cards) {
        if (pager.setCapacity(cards)) {
            refresh();
        }
    }

    public int capacity() {
        return pager.capacity();
    }

    /** The rule for 逾期 and 临期 changed (the office's settings). */
    public void setDeadlines(Deadlines newDeadlines) {
        deadlines = Objects.requireNonNull(newDeadlines, "newDeadlines");
        refresh();
    }

    /** The next page (after the last, the first again); the automatic turn waits a full interval again. */
    public void nextPage() {
        turn(1);
        restartPageTurns();
    }

    /** The previous page (before the first, the last). */
    public void previousPage() {
        turn(-1);
        restartPageTurns();
    }

    /** The first page. */
    public void firstPage() {
        pager.firstPage();
        refresh();
        restartPageTurns();
    }

    /**
     * Turns {@code by} pages; with a figures page, it comes after the last column page and before
     * the first.
     */
    private void turn(int by) {
        ProjectorPage shown = page.get();
        if (figuresShown.get()) {
            figuresShown.set(false);
            pager.firstPage();
            if (by < 0) {
                pager.turn(-1);
            }
        } else if (figuresPage != null && shown != null
                && (by > 0 ? shown.pageNumber() == shown.pageCount() : shown.pageNumber() == 1)) {
            showFigures();
            return;
        } else {
            pager.turn(by);
        }
        refresh();
    }

    /** Shows the figures page (key 4), read afresh; without a figures port nothing happens. */
    public void showFigures() {
        if (figuresPage == null) {
            return;
        }
        figuresShown.set(true);
        figuresPage.load();
        updateFooter();
    }

    /** Shows the column pages in {@code newMode} (keys 1, 2 and 3), leaving the figures page. */
    public void showColumns(ProjectorMode newMode) {
        boolean wasFigures = figuresShown.get();
        figuresShown.set(false);
        if (mode.get() != newMode) {
            mode.set(newMode);
        } else if (wasFigures) {
            refresh();
            restartPageTurns();
        }
    }

    private void reloadFigures() {
        if (figuresShown.get() && running) {
            figuresPage.load();
        }
    }

    /** Pauses or resumes the automatic page turns. */
    public void togglePlaying() {
        playing.set(!playing.get());
        restartPageTurns();
        updateFooter();
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
        save(ProjectorSettings.THEME_KEY, theme.get().name());
    }

    /** Sets the last meeting's date, the basis of the markers and the summary line, and keeps it. */
    public void setLastMeeting(LocalDate date) {
        Objects.requireNonNull(date, "date");
        lastMeeting.set(date);
        refresh();
        save(ProjectorSettings.LAST_MEETING_KEY, date.toString());
    }

    /** Moves the last meeting's date by {@code days} (the [ and ] keys). */
    public void shiftLastMeeting(int days) {
        setLastMeeting(lastMeeting.get().plusDays(days));
    }

    /** Sets the seconds before a page turns by itself (5 to 600) and keeps them. */
    public void setPageSeconds(int seconds) {
        pageSeconds.set(clampSeconds(seconds));
        restartPageTurns();
        updateFooter();
        save(ProjectorSettings.PAGE_SECONDS_KEY, Integer.toString(pageSeconds.get()));
    }

    private static int clampSeconds(int seconds) {
        return Math.max(MIN_PAGE_SECONDS, Math.min(MAX_PAGE_SECONDS, seconds));
    }

    private void restartPageTurns() {
        cancel(pageTurns);
        pageTurns = null;
        if (running && playing.get()) {
            pageTurns = ticker.every(Duration.ofSeconds(pageSeconds.get()), () -> turn(1));
        }
    }

    private void updateClock() {
        LocalDateTime now = LocalDateTime.now(clock);
        dateText.set(dateFormat.format(now));
        timeText.set(timeFormat.format(now));
        // At midnight what is 逾期 changes: judge the items again.
        if (shownDay != null && !shownDay.equals(now.toLocalDate())) {
            shownDay = now.toLocalDate();
            refresh();
        }
        shownDay = now.toLocalDate();
    }

    /** Lays out the pages again and shows the current one, keeping the place. */
    private void refresh() {
        List<Item> source = items.getValue() == null ? List.of() : items.getValue();
        ProjectorPage next = pager.layOut(mode.get(), source, deadlines, lastMeeting.get());
        // An unchanged page is not set again: nothing is redrawn, nothing flickers.
        if (!next.equals(page.get())) {
            page.set(next);
        }
        updateFooter();
    }

    private void updateFooter() {
        ProjectorPage shown = page.get();
        if (shown == null) {
            return;
        }
        String where = figuresShown.get() ? Messages.get("projector.footer.figures")
                : Messages.get("projector.footer.page", shown.pageNumber(), shown.pageCount());
        String turning = playing.get() ? Messages.get("projector.footer.turning", pageSeconds.get())
                : Messages.get("projector.footer.paused");
        footerText.set(where + "  ·  "
                + turning + "  ·  " + shown.mode().label() + "  ·  "
                + Messages.get("projector.footer.lastMeeting", lastMeeting.get().getMonthValue(),
                lastMeeting.get().getDayOfMonth()));
    }

    // ---- properties ------------------------------------------------------------------------------

    public ObjectProperty<ProjectorMode> modeProperty() {
        return mode;
    }

    /** Whether the figures page is shown instead of the columns. */
    public ReadOnlyBooleanProperty figuresShownProperty() {
        return figuresShown.getReadOnlyProperty();
    }

    /** The figures page, or {@code null} when this projector has none. */
    public ProjectorFiguresPage figuresPage() {
        return figuresPage;
    }

    public ReadOnlyObjectProperty<ProjectorTheme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> lastMeetingProperty() {
        return lastMeeting.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageSecondsProperty() {
        return pageSeconds.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** The page shown now: replaced as a whole when anything on it changes. */
    public ReadOnlyObjectProperty<ProjectorPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ProjectorPage page() {
        return page.get();
    }

    public ReadOnlyStringProperty dateTextProperty() {
        return dateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeTextProperty() {
        return timeText.getReadOnlyProperty();
    }

    /** Page n of m, the page timer, the mode and the last meeting's date. */
    public ReadOnlyStringProperty footerTextProperty() {
        return footerText.getReadOnlyProperty();
    }
}
