package duban.domain.bulletin;

import duban.domain.EventChanges;
import duban.domain.EventKind;
import duban.domain.Extension;
import duban.domain.Item;
import duban.domain.ItemActivity;
import duban.domain.ItemEvent;
import duban.domain.Status;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One item as it stands now together with what its history says about its past: the moves, returns,
 * withdrawals and restorations, the reports and reminders, and the extensions, each placed on the day
 * it was recorded. {@link #at(LocalDate)} gives the item as the board showed it at the end of a day.
 *
 * <p>Only what the figures judge is replayed: the column, the closing date, the withdrawal, the
 * deadlines in force and the activity counts. The item's register fields (title, source, units,
 * 交办日期, original deadline) are taken as they are now: an EDIT corrects the register, and a
 * 通报 drafted today names units and dates as the register now has them. So are its links (事项分解):
 * a parent split into sub-items stays a container on every past day, as its sub-items count then
 * from their own 交办日期.
 */
public final class ItemTimeline {

    private final Item current;
    private final List<Step> steps;
    private final List<Recorded> extensions;
    private final LocalDate lastRecorded;

    /** What one event did to the replayed fields, on the day it was recorded. */
    private record Step(LocalDate day, EventKind kind, Status fromStatus, Status toStatus, boolean setsClosedOn,
                        LocalDate closedOn) {
    }

    /** An extension and the day it was recorded on the board. */
    private record Recorded(LocalDate day, Extension extension) {
    }

    private ItemTimeline(Item current, List<Step> steps, List<Recorded> extensions) {
        this.current = current;
        this.steps = steps;
        this.extensions = extensions;
        LocalDate last = LocalDate.MIN;
        for (Step step : steps) {
            last = step.day().isAfter(last) ? step.day() : last;
        }
        for (Recorded recorded : extensions) {
            last = recorded.day().isAfter(last) ? recorded.day() : last;
        }
        this.lastRecorded = last;
    }

    /**
     * The timeline of {@code current} from its {@code events} (oldest first, any kinds) and its
     * {@code extensions} (oldest first); timestamps are placed on days in {@code zone}.
     */
    public static ItemTimeline of(Item current, List<ItemEvent> events, List<Extension> extensions, ZoneId zone) {
        Objects.requireNonNull(current, "current");
        List<Step> steps = new ArrayList<>(events.size());
        for (ItemEvent event : events) {
            LocalDate day = event.at().atZoneSameInstant(zone).toLocalDate();
            boolean setsClosedOn = false;
            LocalDate closedOn = null;
            if ((event.kind() == EventKind.MOVE || event.kind() == EventKind.RETURN) && event.changes() != null
                    && event.changes().contains("closedOn")) {
                Object change = changes(event.changes()).get("closedOn");
                if (change != null) {
                    setsClosedOn = true;
                    closedOn = newDate(change);
                }
            }
            steps.add(new Step(day, event.kind(), event.fromStatus(), event.toStatus(), setsClosedOn, closedOn));
        }
        List<Recorded> recorded = extensions.stream()
                .sorted(Comparator.comparingLong(Extension::id))
                .map(extension -> new Recorded(extension.createdAt() == null ? extension.approvedOn()
                        : extension.createdAt().atZoneSameInstant(zone).toLocalDate(), extension))
                .toList();
        return new ItemTimeline(current, List.copyOf(steps), recorded);
    }

    /** The item as it stands now. */
    public Item current() {
        return current;
    }

    /**
     * The item as the board showed it at the end of {@code day}: its column and closing date after
     * the moves recorded by then, withdrawn or not, working to the extensions recorded by then and
     * assessed by them. An item registered later (its 交办日期 earlier than its entry) keeps the
     * state its CREATE recorded; an item whose history records nothing after {@code day} is
     * returned as it stands now.
     */
    public Item at(LocalDate day) {
        if (!lastRecorded.isAfter(day) || steps.isEmpty()) {
            return current;
        }
        Status status = null;
        LocalDate closedOn = null;
        boolean withdrawn = false;
        int reports = 0;
        int reminders = 0;
        for (Step step : steps) {
            boolean creation = step.kind() == EventKind.CREATE && status == null;
            if (step.day().isAfter(day) && !creation) {
                if (status == null) {
                    // A history without its CREATE (an older file): the first later event says where it stood.
                    status = step.fromStatus() != null ? step.fromStatus() : current.status();
                    closedOn = status.isClosed() ? closedOnBefore(step) : null;
                }
                break;
            }
            switch (step.kind()) {
                case CREATE -> {
                    status = step.toStatus() != null ? step.toStatus() : Status.ASSIGNED;
                    closedOn = null;
                    withdrawn = false;
                }
                case MOVE, RETURN -> {
                    status = step.toStatus();
                    if (step.setsClosedOn()) {
                        closedOn = step.closedOn();
                    }
                    if (!status.isClosed()) {
                        closedOn = null;
                    } else if (closedOn == null) {
                        closedOn = step.day();
                    }
                }
                case WITHDRAW -> withdrawn = true;
                case RESTORE -> {
                    withdrawn = false;
                    if (step.toStatus() != null) {
                        status = step.toStatus();
                    }
                }
                case REPORT -> reports++;
                case REMIND -> reminders++;
                default -> {
                    // EDIT, EXTEND, NOTICE: the register, the extension rows and the papers say the rest
                }
            }
        }
        if (status == null) {
            status = current.status();
            closedOn = current.closedOn();
        }
        List<Extension> inForce = new ArrayList<>();
        for (Recorded recorded : extensions) {
            if (!recorded.day().isAfter(day) && !recorded.extension().approvedOn().isAfter(day)) {
                inForce.add(recorded.extension());
            }
        }
        LocalDate working = inForce.isEmpty() ? null : inForce.get(inForce.size() - 1).newDeadline();
        LocalDate assessed = Extension.assessedDeadline(current.deadline(), inForce);
        ItemActivity activity = new ItemActivity(reports, null, reminders, null, inForce.size());
        return new Item(current.id(), current.title(), current.details(), status, current.position(),
                current.source(), current.category(), current.leadUnit(), current.assistUnits(), current.owner(),
                current.leader(), current.assignedOn(), current.deadline(), closedOn,
                status.isClosed() ? current.closingNote() : null, withdrawn,
                withdrawn ? current.withdrawnReason() : null, current.createdAt(), current.updatedAt(),
                current.version(), working, assessed.equals(current.deadline()) ? null : assessed,
                current.returnCount(), activity).withLinks(current.links());
    }

    /** The closing date an item closed before {@code step} had: what the step's change replaced. */
    private LocalDate closedOnBefore(Step step) {
        return current.status().isClosed() && current.closedOn() != null ? current.closedOn() : step.day();
    }

    private static Map<String, Object> changes(String json) {
        try {
            return EventChanges.parse(json);
        } catch (IllegalArgumentException e) {
            return Map.of(); // not written by the application: the move's column still counts
        }
    }

    /** The new value of a change written as {@code [old, new]} (or as the value alone). */
    private static LocalDate newDate(Object change) {
        Object value = change instanceof List<?> pair && pair.size() == 2 ? pair.get(1) : change;
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
