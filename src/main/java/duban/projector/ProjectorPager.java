package duban.projector;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Status;
import duban.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which cards are on which page of the projector, and which page is shown. Every column shows
 * {@link #capacity()} cards; the columns turn together, so a page is one slice of every column, and
 * a column with fewer cards shows that its cards were on earlier pages. In 按单位 mode every lead
 * unit, in ranking order, has its own page(s). When the items change the page keeps its place (the
 * same unit and slice, else the nearest). Plain Java: no JavaFX, no timers.
 */
public final class ProjectorPager {

    /** One page: whose items (a unit, or all in scope) and which slice of the columns. */
    private record PageKey(int scope, Long unitId, int slice) {
    }

    private int capacity = 5;
    private List<PageKey> pageKeys = List.of();
    private int pageIndex;

    /** Sets how many cards fit in a column on one page (at least 1); returns whether that changed. */
    public boolean setCapacity(int cards) {
        int fitted = Math.max(1, cards);
        if (fitted == capacity) {
            return false;
        }
        capacity = fitted;
        return true;
    }

    public int capacity() {
        return capacity;
    }

    /** How many pages the last {@link #layOut} made (at least 1 once laid out). */
    public int pageCount() {
        return pageKeys.size();
    }

    /** Moves {@code by} pages on, round the ends; takes effect at the next {@link #layOut}. */
    public void turn(int by) {
        int count = Math.max(1, pageKeys.size());
        pageIndex = Math.floorMod(pageIndex + by, count);
    }

    /** Back to the first page. */
    public void firstPage() {
        pageIndex = 0;
    }

    /** Back to the first page and forgets what it showed (another mode has other pages). */
    public void startOver() {
        pageIndex = 0;
        pageKeys = List.of();
    }

    /**
     * Recomputes the pages over {@code items} and returns the shown one, keeping its place.
     *
     * @param items       the board's items; withdrawn ones are left out
     * @param lastMeeting the basis of the markers and of the summary line
     */
    public ProjectorPage layOut(ProjectorMode mode, List<Item> items, Deadlines deadlines, LocalDate lastMeeting) {
        List<Item> all = items.stream().filter(item -> !item.withdrawn()).toList();
        List<ProjectorScopes.Scope> scopes = ProjectorScopes.of(mode, all, deadlines);
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
        ProjectorScopes.Scope scope = scopes.get(key.scope());

        SinceLastMeeting since = new SinceLastMeeting(lastMeeting, deadlines);
        List<ProjectorColumn> columns = new ArrayList<>();
        for (Status status : Status.values()) {
            List<Item> inColumn = scope.items().stream().filter(item -> item.status() == status)
                    .sorted(ProjectorCards.orderIn(status)).toList();
            int from = Math.min(inColumn.size(), key.slice() * capacity);
            int to = Math.min(inColumn.size(), from + capacity);
            List<ProjectorCard> cards = inColumn.subList(from, to).stream()
                    .map(item -> ProjectorCards.of(item, deadlines, since)).toList();
            columns.add(new ProjectorColumn(status, cards, inColumn.size(), key.slice(), slices(inColumn.size())));
        }
        List<Item> summarized = scope.unitId() == null ? all : scope.items();
        SinceLastMeeting.Summary counts = since.summarize(summarized);
        String summary = Messages.get("projector.summary", counts.created(), counts.closed(), counts.newlyOverdue());
        return new ProjectorPage(mode, scope.title(), scope.stats(), columns, pageIndex + 1, pageKeys.size(),
                summary);
    }

    /** How many pages {@code cards} cards take in one column (at least 1). */
    private int slices(long cards) {
        return Math.max(1, (int) ((cards + capacity - 1) / capacity));
    }

    private int slicesOf(List<Item> scoped) {
        int slices = 1;
        for (Status status : Status.values()) {
            slices = Math.max(slices, slices(scoped.stream().filter(item -> item.status() == status).count()));
        }
        return slices;
    }

    /** The index of the page that shows what the current one showed, as nearly as the new pages allow. */
    private int keepPlace(List<PageKey> keys) {
        int nearest = Math.max(0, Math.min(pageIndex, keys.size() - 1));
        if (pageKeys.isEmpty() || pageIndex >= pageKeys.size()) {
            return nearest;
        }
        PageKey current = pageKeys.get(pageIndex);
        if (current.unitId() == null) {
            return nearest;
        }
        int sameUnit = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (Objects.equals(keys.get(i).unitId(), current.unitId())) {
                if (keys.get(i).slice() == current.slice()) {
                    return i;
                }
                sameUnit = sameUnit < 0 || keys.get(i).slice() < current.slice() ? i : sameUnit;
            }
        }
        return sameUnit >= 0 ? sameUnit : nearest;
    }
}
