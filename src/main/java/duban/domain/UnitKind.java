package duban.domain;

/** What kind of body a unit is. */
public enum UnitKind implements Labeled {
    /** 县直部门 */
    COUNTY_DEPARTMENT,
    /** 乡镇 */
    TOWNSHIP,
    /** 其他 */
    OTHER;

    @Override
    public String labelPrefix() {
        return "unitKind";
    }
}
