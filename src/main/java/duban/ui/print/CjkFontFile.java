package duban.ui.print;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A Chinese TrueType font on this machine that a PDF can embed and the preview can load: the
 * file and, in a collection (.ttc), the face's PostScript name. Fonts with CFF outlines (the
 * OpenType Noto Sans CJK / Source Han Sans) are skipped: PDFBox cannot embed them as a subset.
 *
 * @param faceName the PostScript name of the face used (also for a single-font file)
 */
public record CjkFontFile(Path file, String faceName) {

    /** System property naming a font file to use instead of searching ({@code -Dduban.pdf.font=/path/font.ttf}). */
    public static final String FONT_PROPERTY = "duban.pdf.font";

    /** Characters every usable font must draw: the ledger's own words and digits. */
    private static final String REQUIRED = "督办事项台账第页共0123456789";

    /** File names in order of preference, lower case: the usual Chinese fonts of Windows, macOS and Linux. */
    static final List<String> PREFERRED_NAMES = List.of(
            "msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf", "simkai.ttf", "simfang.ttf",
            "pingfang.ttc", "stheiti medium.ttc", "stheiti light.ttc", "hiragino sans gb.ttc", "songti.ttc",
            "arial unicode.ttf",
            "wqy-microhei.ttc", "wqy-zenhei.ttc",
            "notosanscjk-regular.ttc", "notosanscjksc-regular.otf", "notoserifcjk-regular.ttc",
            "sourcehansans-regular.ttc", "sourcehanssanssc-regular.otf",
            "droidsansfallbackfull.ttf", "droidsansfallback.ttf", "uming.ttc", "ukai.ttc");

    private static volatile Optional<CjkFontFile> searched;

    public CjkFontFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(faceName, "faceName");
    }

    /** Something done with the opened face; the font is closed afterwards. */
    @FunctionalInterface
    public interface FontUse<T> {
        T apply(TrueTypeFont font) throws IOException;
    }

    /**
     * The font of this machine: the file named by {@value #FONT_PROPERTY} when it is usable, else the
     * first usable one of the usual places (searched once).
     */
    public static Optional<CjkFontFile> find() {
        String forced = System.getProperty(FONT_PROPERTY);
        if (forced != null && !forced.isBlank()) {
            Optional<CjkFontFile> chosen = usable(Path.of(forced.strip()));
            if (chosen.isPresent()) {
                return chosen;
            }
        }
        Optional<CjkFontFile> result = searched;
        if (result == null) {
            result = firstUsable(candidates());
            searched = result;
        }
        return result;
    }

    /** The font of this machine, or the exception whose message tells the user what to install. */
    public static CjkFontFile require() throws NoCjkFontException {
        return find().orElseThrow(NoCjkFontException::new);
    }

    /** The first of {@code files} that is a usable font, trying them in order. */
    public static Optional<CjkFontFile> firstUsable(List<Path> files) {
        for (Path file : files) {
            Optional<CjkFontFile> font = usable(file);
            if (font.isPresent()) {
                return font;
            }
        }
        return Optional.empty();
    }

    /** Opens the face, applies {@code use} while it is open, and closes it. */
    public <T> T withFont(FontUse<T> use) throws IOException {
        if (isCollection(file)) {
            try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                TrueTypeFont font = collection.getFontByName(faceName);
                if (font == null) {
                    throw new IOException("no face " + faceName + " in " + file);
                }
                return use.apply(font);
            }
        }
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            return use.apply(font);
        }
    }

    /** {@code file} as a usable font (its best face for a collection), or empty. */
    static Optional<CjkFontFile> usable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Optional.empty();
        }
        try {
            String signature = signature(file);
            if (signature.equals("OTTO")) {
                return Optional.empty();   // CFF outlines: not embeddable as a TrueType subset
            }
            List<String> faces = new ArrayList<>();
            if (signature.equals("ttcf")) {
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    collection.processAllFonts(font -> {
                        if (isEmbeddableCjk(font)) {
                            faces.add(font.getName());
                        }
                    });
                }
            } else {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    if (isEmbeddableCjk(font)) {
                        faces.add(font.getName());
                    }
                }
            }
            return faces.stream().filter(Objects::nonNull).min(Comparator.comparingInt(CjkFontFile::facePenalty))
                    .map(face -> new CjkFontFile(file, face));
        } catch (IOException | RuntimeException unreadable) {
            // A damaged or unsupported font file is simply not a candidate.
            return Optional.empty();
        }
    }

    /** TrueType outlines, Chinese glyphs, and a licence that allows embedding. */
    private static boolean isEmbeddableCjk(TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont openType && openType.isPostScript()) {
            return false;
        }
        if (font.getGlyph() == null || font.getHorizontalMetrics() == null) {
            return false;
        }
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        if (os2 != null) {
            int fsType = os2.getFsType();
            if ((fsType & 0x000F) == OS2WindowsMetricsTable.FSTYPE_RESTRICTED
                    || (fsType & OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY) != 0) {
                return false;
            }
        }
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return false;
        }
        return REQUIRED.codePoints().allMatch(codePoint -> cmap.getGlyphId(codePoint) != 0);
    }

    /** Lower is better: the plain Simplified Chinese face of a collection, not its Mono, UI or light cousins. */
    static int facePenalty(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int penalty = 0;
        if (lower.contains("mono")) {
            penalty += 10;
        }
        if (lower.endsWith("ui") || lower.contains("ui-") || lower.startsWith("nsimsun")) {
            penalty += 5;
        }
        if (lower.contains("light") || lower.contains("thin") || lower.contains("bold") || lower.contains("medium")
                || lower.contains("semibold") || lower.contains("ultralight")) {
            penalty += 3;
        }
        if (lower.contains("tc") && !lower.contains("sc") || lower.contains("hk") || lower.contains("jp")
                || lower.contains("kr")) {
            penalty += 2;
        }
        return penalty;
    }

    /** Where this machine keeps fonts, the preferred files first. */
    static List<Path> candidates() {
        Set<Path> files = new LinkedHashSet<>();
        String home = System.getProperty("user.home", "");
        String windows = Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows");
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of(windows, "Fonts"));
        Optional.ofNullable(System.getenv("LOCALAPPDATA"))
                .ifPresent(local -> folders.add(Path.of(local, "Microsoft", "Windows", "Fonts")));
        folders.add(Path.of("/System/Library/Fonts"));
        folders.add(Path.of("/System/Library/Fonts/Supplemental"));
        folders.add(Path.of("/Library/Fonts"));
        folders.add(Path.of(home, "Library", "Fonts"));
        folders.add(Path.of("/usr/share/fonts"));
        folders.add(Path.of("/usr/local/share/fonts"));
        folders.add(Path.of(home, ".fonts"));
        folders.add(Path.of(home, ".local", "share", "fonts"));

        List<Path> found = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder, 6, FileVisitOption.FOLLOW_LINKS)) {
                walk.filter(Files::isRegularFile).filter(CjkFontFile::looksLikeFont).forEach(found::add);
            } catch (IOException | RuntimeException unreadable) {
                // An unreadable folder holds no candidates.
            }
        }
        found.sort(Comparator.comparingInt(CjkFontFile::rank));
        for (Path file : found) {
            if (rank(file) < PREFERRED_NAMES.size()) {
                files.add(file);
            }
        }
        // Any other font whose name suggests Chinese, after the well-known ones.
        for (Path file : found) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.contains("cjk") || name.contains("han") || name.contains("hei") || name.contains("song")
                    || name.contains("kai") || name.contains("ming") || name.contains("wqy") || name.contains("fallback")) {
                files.add(file);
            }
        }
        return List.copyOf(files);
    }

    private static boolean looksLikeFont(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf");
    }

    private static int rank(Path file) {
        int index = PREFERRED_NAMES.indexOf(file.getFileName().toString().toLowerCase(Locale.ROOT));
        return index < 0 ? PREFERRED_NAMES.size() : index;
    }

    private static boolean isCollection(Path file) throws IOException {
        return signature(file).equals("ttcf");
    }

    private static String signature(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
