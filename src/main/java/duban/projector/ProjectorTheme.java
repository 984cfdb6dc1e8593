package duban.projector;

/** The projector's two looks: dark text on light (bright rooms) and light text on dark (dim rooms). */
public enum ProjectorTheme {
    LIGHT(ProjectorStyles.LIGHT),
    DARK(ProjectorStyles.DARK);

    private final String styleClass;

    ProjectorTheme(String styleClass) {
        this.styleClass = styleClass;
    }

    /** The style class on the view's root that selects the theme's colours in projector.css. */
    public String styleClass() {
        return styleClass;
    }

    public ProjectorTheme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
