package duban.units;

/** The style-class names the 单位统计 controller sets on columns and totals cells (units.css draws them). */
final class UnitStyles {

    /** Followed by a figure column's id, e.g. {@code units-overdue}; the column's totals cell has it too. */
    static final String PREFIX = "units-";
    static final String OVERDUE = PREFIX + "overdue";
    static final String RANK = "units-rank";
    static final String UNIT = "units-unit";
    static final String NUMBER = "units-number";
    static final String TOTAL_CELL = "units-total-cell";

    private UnitStyles() {
    }
}
