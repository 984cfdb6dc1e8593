package duban.domain;


/**
 * The figures of one row of the 单位统计 table (or of its totals row).
 *
 * @param total        交办总数: items in scope
 * @param closed       办结: items in 办结销号
 * @param closedOnTime closed on or before the deadline they are assessed against
 * @param overdue      逾期: open and past the deadline they work to
 * @param dueSoon      临期: open and due within the threshold
 * @param extensions   延期次数: approved extensions of these items
 * @param reminders    催办次数: reminders recorded on these items
 */
public record Tally(int total, int closed, int closedOnTime, int overdue, int dueSoon, int extensions, int reminders) {

    /** Nothing counted. */
    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0);

    public Tally {
        if (total < 0 || closed < 0 || closedOnTime < 0 || overdue < 0 || dueSoon < 0 || extensions < 0
                || reminders < 0 || closed > total || closedOnTime > closed || overdue + dueSoon > total - closed) {
            throw new IllegalArgumentException("inconsistent figures: " + total + ", " + closed + ", "
                    + closedOnTime + ", " + overdue + ", " + dueSoon);
        }
    }

    /** 办理中 in the sense of the figures: not yet closed, whichever open column the card is in. */
    public int open() {
        return total - closed;
    }

    /** 办结率: closed over all items in scope. */
    public Rate completionRate() {
        return new Rate(closed, total);
    }

    /** 按时办结率: closed on time over closed. */
    public Rate onTimeRate() {
        return new Rate(closedOnTime, closed);
    }
}
