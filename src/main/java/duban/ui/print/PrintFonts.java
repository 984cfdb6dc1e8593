package duban.ui.print;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;

/**
 * The JavaFX face of a {@link CjkFontFile}, loaded once: printed pages drawn as nodes (the preview,
 * {@code PrinterJob.printPage}) use the very font their layout measured, so they break lines as the
 * PDF does. Shared by the ledger's pages and the board's wall chart.
 */
public final class PrintFonts {

    /** The face loaded from each font file, by file and face name. */
    private static final Map<CjkFontFile, String> LOADED = new ConcurrentHashMap<>();

    private PrintFonts() {
    }

    /** Loads the file's faces into JavaFX once and returns the full name of the face the layout used. */
    public static String fontName(CjkFontFile font) {
        return LOADED.computeIfAbsent(font, PrintFonts::load);
    }

    private static String load(CjkFontFile font) {
        Font[] faces = Font.loadFonts(font.file().toUri().toString(), 10);
        if (faces == null || faces.length == 0) {
            Font single = Font.loadFont(font.file().toUri().toString(), 10);
            faces = single == null ? new Font[0] : new Font[] {single};
        }
        String wanted = normalized(font.faceName());
        for (Font face : faces) {
            if (normalized(face.getName()).equals(wanted)) {
                return face.getName();
            }
        }
        // The face's full name differs from its PostScript name: take the first face of the file.
        return faces.length > 0 ? faces[0].getName() : Font.getDefault().getName();
    }

    private static String normalized(String name) {
        return name.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
    }
}
