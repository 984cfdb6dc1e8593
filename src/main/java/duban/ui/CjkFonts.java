package duban.ui;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * Makes Chinese render. JavaFX on Linux falls back only to TrueType CJK fonts, so an OpenType/CFF
 * font such as Noto Sans CJK shows boxes unless it is named: pick an installed CJK family at
 * start-up and set it on every scene's root.
 */
public final class CjkFonts {

    /** In order of preference: the usual UI fonts of Windows, macOS and Linux desktops. */
    static final List<String> PREFERRED = List.of(
            "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB",
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "SimHei",
            "SimSun", "AR PL UMing CN", "AR PL UKai CN");

    private static volatile Optional<String> chosen;

    private CjkFonts() {
    }

    /** The first preferred family among the installed ones. */
    static Optional<String> pick(Collection<String> installed) {
        return PREFERRED.stream().filter(installed::contains).findFirst();
    }

    /** The CJK family of this machine, looked up once. */
    public static Optional<String> family() {
        Optional<String> family = chosen;
        if (family == null) {
            family = pick(Font.getFamilies());
            chosen = family;
        }
        return family;
    }

    /** Sets the CJK family on {@code root}, keeping any inline style it already has. */
    public static void apply(Parent root) {
        family().ifPresent(name -> root.setStyle(
                "-fx-font-family: \"" + name + "\";" + (root.getStyle() == null ? "" : root.getStyle())));
    }
}
