package duban.ui;

import duban.domain.Labeled;

/**
 * The text sizes an officer can choose in 设置: the whole UI scaled from the theme's 10.5 pt, for
 * eyes that need larger type. Sizes in the stylesheets are in em, so paddings and widths follow.
 */
public enum TextSize implements Labeled {
    PERCENT_100(100),
    PERCENT_125(125),
    PERCENT_150(150);

    /** The theme's root font size at 100 %, in points (theme.css). */
    static final double BASE_POINTS = 10.5;

    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** The root font size at this text size, in points. */
    public double rootPoints() {
        return BASE_POINTS * percent / 100;
    }

    /** The stylesheet that sets the root font size, or {@code null} at 100 % (theme.css alone). */
    String stylesheet() {
        return this == PERCENT_100 ? null : "/text-size-" + percent + ".css";
    }

    /** The size stored as {@code text} (its name or its percent), or 100 % for anything else. */
    public static TextSize parse(String text) {
        if (text != null) {
            String trimmed = text.replace("%", "").trim();
            for (TextSize size : values()) {
                if (size.name().equalsIgnoreCase(trimmed) || String.valueOf(size.percent).equals(trimmed)) {
                    return size;
                }
            }
        }
        return PERCENT_100;
    }

    @Override
    public String labelPrefix() {
        return "readable.textSize";
    }
}
