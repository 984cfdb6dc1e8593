package duban.ui.print;

import java.io.IOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Text widths from a real font file: the advance of every character of the Basic Multilingual
 * Plane read once into a table, so that laying out 10,000 rows measures by array lookups.
 * Immutable and safe to share between threads.
 */
public final class FontMeasure implements TextMeasure {

    private static final int PLANE = 0x10000;
    /** What a character without a glyph becomes: the full-width question mark, else '?'. */
    private static final int[] REPLACEMENTS = {0xFF1F, '?'};

    private final CjkFontFile font;
    /** Advance per code point in em; NaN where the font has no glyph. */
    private final float[] advances;
    private final double ascent;
    private final double descent;
    private final int replacement;

    private FontMeasure(CjkFontFile font, float[] advances, double ascent, double descent) {
        this.font = font;
        this.advances = advances;
        this.ascent = ascent;
        this.descent = descent;
        int chosen = ' ';
        for (int candidate : REPLACEMENTS) {
            if (!Float.isNaN(advances[candidate])) {
                chosen = candidate;
                break;
            }
        }
        this.replacement = chosen;
    }

    /** Reads the widths of {@code font}. */
    public static FontMeasure of(CjkFontFile font) throws IOException {
        return font.withFont(ttf -> {
            float unitsPerEm = ttf.getUnitsPerEm();
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            float[] advances = new float[PLANE];
            Arrays.fill(advances, Float.NaN);
            for (int codePoint = 0; codePoint < PLANE; codePoint++) {
                if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                    continue;
                }
                int glyph = cmap.getGlyphId(codePoint);
                if (glyph != 0) {
                    advances[codePoint] = ttf.getAdvanceWidth(glyph) / unitsPerEm;
                }
            }
            HorizontalHeaderTable header = ttf.getHorizontalHeader();
            double ascent = header.getAscender() / (double) unitsPerEm;
            double descent = -header.getDescender() / (double) unitsPerEm;
            return new FontMeasure(font, advances, ascent, Math.max(0, descent));
        });
    }

    /** The font file the widths come from: the PDF embeds it and the preview loads it. */
    public CjkFontFile font() {
        return font;
    }

    /** Whether the font draws {@code codePoint}. */
    public boolean canDisplay(int codePoint) {
        return codePoint < PLANE && !Float.isNaN(advances[codePoint]);
    }

    @Override
    public double charWidth(int codePoint, double fontSize) {
        if (codePoint >= PLANE || Float.isNaN(advances[codePoint])) {
            return advances[replacement] * fontSize;
        }
        return advances[codePoint] * fontSize;
    }

    /** 1.3 em, or the font's own ascent and descent when taller: the usual single spacing of Chinese tables. */
    @Override
    public double lineHeight(double fontSize) {
        return Math.max(1.3, ascent + descent) * fontSize;
    }

    /** The glyphs' ascent and descent centred in the line. */
    @Override
    public double baseline(double fontSize) {
        return (lineHeight(fontSize) - (ascent + descent) * fontSize) / 2 + ascent * fontSize;
    }

    @Override
    public String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            boolean drawable = canDisplay(codePoint) && !Character.isISOControl(codePoint) || codePoint == '\n';
            if (!drawable && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (drawable) {
                    out.appendCodePoint(codePoint);
                } else if (codePoint == '\t') {
                    out.append(' ');
                } else if (!Character.isISOControl(codePoint)) {
                    out.appendCodePoint(replacement);
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }
}
