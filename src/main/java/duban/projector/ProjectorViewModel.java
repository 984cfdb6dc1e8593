package duban.projector;

import duban.ui.Ticker;

import duban.ui.TaskRunner;
import duban.domain.BoardStats;
import duban.domain.Category;
import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Status;
import duban.i18n.Messages;
import duban.domain.UnitFigures;
import duban.domain.UnitRow;
import duban.domain.UnitScope;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Pages: every column shows as many cards as fit ({@link #setCapacity}); the columns turn
 * together, so a page is one slice of every column, and a column with fewer cards shows that its
 * cards were on earlier pages. In 按单位 mode every lead unit, in ranking order, has its own page(s).
 * When the items change the page keeps its place (the same unit and slice, else the nearest).
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

    private final ChangeListener<List<Item>> itemsChanged = (observable, old, now) -> refresh();
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timeFormat;

    private int capacity = 5;
    private List<PageKey> pageKeys = List.of();
    private int pageIndex;
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
        this.items = Objects.requireNonNull(items, "items");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.dateFormat = DateTimeFormatter.ofPattern(Messages.get("projector.dateFormat"), Messages.LOCALE);
        this.timeFormat = DateTimeFormatter.ofPattern("HH:mm", Messages.LOCALE);
        lastMeeting.set(LocalDate.now(clock).minusDays(DEFAULT_MEETING_DAYS_AGO));
        mode.addListener((observable, old, now) -> {
            pageIndex = 0;
            pageKeys = List.of();
            refresh();
            restartPageTurns();
        });
        updateClock();
        refresh();
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
        tasks.run(() -> new StoredSettings(settings.get(ProjectorSettings.LAST_MEETING_KEY),
                        settings.get(ProjectorSettings.PAGE_SECONDS_KEY), settings.get(ProjectorSettings.THEME_KEY)),
                this::applySettings,
                failure -> System.getLogger(ProjectorViewModel.class.getName())
                        .log(System.Logger.Level.WARNING, "reading the projector settings failed", failure));
    }

    private record StoredSettings(Optional<String> lastMeeting, Optional<String> pageSeconds,
                                  Optional<String> theme) {
    }

    private void applySettings(StoredSettings stored) {
        stored.lastMeeting().ifPresent(text -> {
            try {
                lastMeeting.set(LocalDate.parse(text.trim()));
            } catch (DateTimeParseException e) {
                // A hand-edited value that is not a date: keep the default rather than fail the meeting.
            }
        });
        stored.pageSeconds().ifPresent(text -> {
            try {
                pageSeconds.set(clampSeconds(Integer.parseInt(text.trim())));
            } catch (NumberFormatException e) {
                // as above: keep the default
            }
        });
        stored.theme().ifPresent(text -> {
            for (ProjectorTheme candidate : ProjectorTheme.values()) {
                if (candidate.name().equalsIgnoreCase(text.trim())) {
                    theme.set(candidate);
                }
            }
        });
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
        int fitted = Math.max(1, cards);
        if (fitted != capacity) {
            capacity = fitted;
            refresh();
        }
    }

    public int capacity() {
        return capacity;
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
        pageIndex = 0;
        refresh();
        restartPageTurns();
    }

    private void turn(int by) {
        int count = Math.max(1, pageKeys.size());
        pageIndex = Math.floorMod(pageIndex + by, count);
        refresh();
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

    // ---- the pages -----------------------------------------------------------------------------

    /** One page: whose items (a unit, or all in scope) and which slice of the columns. */
    private record PageKey(int scope, Long unitId, int slice) {
    }

    /** The items one page or run of pages draws from, with the header's title. */
    private record Scope(Long unitId, String title, List<Item> items, BoardStats stats) {
    }

    private List<Scope> scopes(List<Item> all) {
        BoardStats whole = BoardStats.of(all, deadlines);
        return switch (mode.get()) {
            case ALL -> List.of(new Scope(null, Messages.get("projector.title.all", whole.total()), all, whole));
            case FOCUS -> {
                List<Item> focus = all.stream().filter(this::needsAttention).toList();
                yield List.of(new Scope(null, Messages.get("projector.title.focus", focus.size()), focus, whole));
            }
            case BY_UNIT -> {
                List<UnitRow> rows = UnitFigures.of(all, deadlines, UnitScope.ALL).rows();
                if (rows.isEmpty()) {
                    yield List.of(new Scope(null, Messages.get("projector.title.noUnits"), List.of(), whole));
                }
                List<Scope> units = new ArrayList<>(rows.size());
                for (UnitRow row : rows) {
                    List<Item> ofUnit = all.stream().filter(item -> item.leadUnit().id() == row.unit().id()).toList();
                    units.add(new Scope(row.unit().id(), Messages.get("projector.title.unit", row.unit().name(),
                            row.rank(), rows.size()), ofUnit, BoardStats.of(ofUnit, deadlines)));
                }
                yield units;
            }
        };
    }

    /** 重点 mode: overdue, due soon, or 重点督办. */
    private boolean needsAttention(Item item) {
        DeadlineState state = deadlines.stateOf(item);
        return state == DeadlineState.OVERDUE || state == DeadlineState.DUE_SOON || item.category() == Category.KEY;
    }

    private int slicesOf(List<Item> scoped) {
        int slices = 1;
        for (Status status : Status.values()) {
            long count = scoped.stream().filter(item -> item.status() == status).count();
            slices = Math.max(slices, (int) ((count + capacity - 1) / capacity));
        }
        return slices;
    }

    /** Recomputes the pages and the shown page, keeping the place. */
    private void refresh() {
        List<Item> source = items.getValue() == null ? List.of() : items.getValue();
        List<Item> all = source.stream().filter(item -> !item.withdrawn()).toList();
        List<Scope> scopes = scopes(all);
        List<PageKey> keys = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            int slices = slicesOf(scopes.get(i).items());
            for (int slice = 0; slice < slices; slice++) {
                keys.add(new PageKey(i, scopes.get(i).unitId(), slice));
            }
        }
        pageIndex = keepPlace(keys);
        pageKeys = List.copyOf(keys);
        PageKey key = pageKeys.get(pageIndex);
        Scope scope = scopes.get(key.scope());

        SinceLastMeeting since = new SinceLastMeeting(lastMeeting.get(), deadlines);
        List<ProjectorColumn> columns = new ArrayList<>();
        for (Status status : Status.values()) {
            List<Item> inColumn = scope.items().stream().filter(item -> item.status() == status)
                    .sorted(orderIn(status)).toList();
            int from = Math.min(inColumn.size(), key.slice() * capacity);
            int to = Math.min(inColumn.size(), from + capacity);
            List<ProjectorCard> cards = inColumn.subList(from, to).stream().map(item -> card(item, since)).toList();
            int slices = Math.max(1, (inColumn.size() + capacity - 1) / capacity);
            columns.add(new ProjectorColumn(status, cards, inColumn.size(), key.slice(), slices));
        }
        List<Item> summarized = scope.unitId() == null ? all : scope.items();
        SinceLastMeeting.Summary counts = since.summarize(summarized);
        String summary = Messages.get("projector.summary", counts.created(), counts.closed(), counts.newlyOverdue());
        ProjectorPage next = new ProjectorPage(mode.get(), scope.title(), scope.stats(), columns, pageIndex + 1,
                pageKeys.size(), summary);
        // An unchanged page is not set again: nothing is redrawn, nothing flickers.
        if (!next.equals(page.get())) {
            page.set(next);
        }
        updateFooter();
    }

    /** The index of the page that shows what the current one showed, as nearly as the new pages allow. */
    private int keepPlace(List<PageKey> keys) {
        if (pageKeys.isEmpty() || pageIndex >= pageKeys.size()) {
            return Math.max(0, Math.min(pageIndex, keys.size() - 1));
        }
        PageKey current = pageKeys.get(pageIndex);
        if (current.unitId() != null) {
            int sameUnit = -1;
            for (int i = 0; i < keys.size(); i++) {
                if (Objects.equals(keys.get(i).unitId(), current.unitId())) {
                    if (keys.get(i).slice() == current.slice()) {
                        return i;
                    }
                    sameUnit = sameUnit < 0 || keys.get(i).slice() < current.slice() ? i : sameUnit;
                }
            }
            if (sameUnit >= 0) {
                return sameUnit;
            }
        }
        return Math.max(0, Math.min(pageIndex, keys.size() - 1));
    }

    /** Open columns: the most pressing deadline first; 办结销号: the latest closed first. */
    private static Comparator<Item> orderIn(Status status) {
        Comparator<Item> byPosition = Comparator.comparingDouble(Item::position).thenComparingLong(Item::id);
        if (status.isClosed()) {
            return Comparator.comparing((Item item) -> item.closedOn() == null ? LocalDate.MIN : item.closedOn())
                    .reversed().thenComparing(byPosition);
        }
        return Comparator.comparing(Item::currentDeadline).thenComparing(byPosition);
    }

    private ProjectorCard card(Item item, SinceLastMeeting since) {
        DeadlineState state = deadlines.stateOf(item);
        long daysLeft = deadlines.daysLeft(item);
        String stateText = switch (state) {
            case OVERDUE -> Messages.get("projector.state.overdue", -daysLeft);
            case DUE_SOON -> daysLeft == 0 ? Messages.get("projector.state.dueToday")
                    : Messages.get("projector.state.dueSoon", daysLeft);
            case NORMAL -> Messages.get("projector.state.normal", daysLeft);
            case CLOSED_ON_TIME -> Messages.get("projector.state.closedOnTime");
            case CLOSED_LATE -> Messages.get("projector.state.closedLate", Deadlines.daysLate(item));
        };
        return new ProjectorCard(item.id(), item.title(), item.leadUnit().name(), state, stateText,
                item.category() == Category.KEY, since.markersOf(item));
    }

    private void updateFooter() {
        ProjectorPage shown = page.get();
        if (shown == null) {
            return;
        }
        String turning = playing.get() ? Messages.get("projector.footer.turning", pageSeconds.get())
                : Messages.get("projector.footer.paused");
        footerText.set(Messages.get("projector.footer.page", shown.pageNumber(), shown.pageCount()) + "  ·  "
                + turning + "  ·  " + shown.mode().label() + "  ·  "
                + Messages.get("projector.footer.lastMeeting", lastMeeting.get().getMonthValue(),
                lastMeeting.get().getDayOfMonth()));
    }

    // ---- properties ------------------------------------------------------------------------------

    public ObjectProperty<ProjectorMode> modeProperty() {
        return mode;
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
