package duban.store;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where backups live and what they are called: {@code backups/<name>-20261121-093000.db} beside
 * the database, {@code <name>} being the database file's name without {@code .db} (so
 * {@code duban.db} has {@code duban-20261121-093000.db}, {@code 2025年.db} has
 * {@code 2025年-20261121-093000.db}), with a suffix for the backup made before a migration and a
 * counter when two are made in the same second. Only files named so after the database are ever
 * listed or pruned for it: the name is matched exactly, so {@code duban-2025.db}'s backups are
 * never taken for {@code duban.db}'s.
 */
public final class BackupNames {

    static final String FOLDER = "backups";
    static final String BEFORE_MIGRATION = "before-migration";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String DATABASE_EXTENSION = ".db";

    private BackupNames() {
    }

    static Path folderFor(Path database) {
        return database.toAbsolutePath().normalize().resolveSibling(FOLDER);
    }

    /** The database file's name without {@code .db}: the start of each of its backups' names. */
    static String stemOf(Path database) {
        String name = database.toAbsolutePath().normalize().getFileName().toString();
        return name.endsWith(DATABASE_EXTENSION) && name.length() > DATABASE_EXTENSION.length()
                ? name.substring(0, name.length() - DATABASE_EXTENSION.length()) : name;
    }

    /** A name not yet taken in the backups folder of {@code database} for a backup made at {@code at}. */
    static Path newFile(Path database, LocalDateTime at, String suffix) {
        Path folder = folderFor(database);
        String base = stemOf(database) + "-" + STAMP.format(at) + (suffix == null ? "" : "-" + suffix);
        Path file = folder.resolve(base + DATABASE_EXTENSION);
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(base + "-" + n + DATABASE_EXTENSION);
        }
        return file;
    }

    /** When the backup named {@code file} was made, if the name is that of a backup of {@code database}. */
    static Optional<LocalDateTime> takenAt(Path database, Path file) {
        Matcher matcher = namePattern(database).matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(matcher.group(1), STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The files in the backups folder named as backups of {@code database}, newest first (by the
     * time in the name, then the counter). Whose they are by identity is {@link BackupService}'s question.
     */
    public static List<Path> namedFor(Path database) throws IOException {
        Path folder = folderFor(database);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern pattern = namePattern(database);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isRegularFile).filter(f -> pattern.matcher(f.getFileName().toString()).matches())
                    .forEach(files::add);
        }
        // By the time in the name, then the counter of those made in the same second (-2 after none).
        files.sort(Comparator.comparing((Path f) -> takenAt(database, f).orElseThrow())
                .thenComparingInt(f -> counter(pattern, f)).thenComparing(f -> f.getFileName().toString()).reversed());
        return files;
    }

    /** The {@code -n} of a second backup made in the same second; 1 for the first. */
    private static int counter(Pattern pattern, Path file) {
        Matcher matcher = pattern.matcher(file.getFileName().toString());
        if (!matcher.matches() || matcher.group(3) == null) {
            return 1;
        }
        try {
            return Integer.parseInt(matcher.group(3).substring(1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The name the current file gets when a restore sets it aside: {@code duban.db.before-restore-<stamp>}. */
    static Path setAsideFile(Path database, LocalDateTime at) {
        Path base = database.resolveSibling(database.getFileName() + ".before-restore-" + STAMP.format(at));
        Path file = base;
        for (int n = 2; Files.exists(file); n++) {
            file = Path.of(base + "-" + n);
        }
        return file;
    }

    /** {@code <stem>-<stamp>[-before-migration][-n].db}, the stem quoted: any character in it is literal. */
    private static Pattern namePattern(Path database) {
        return Pattern.compile(Pattern.quote(stemOf(database)) + "-(\\d{8}-\\d{6})(-" + BEFORE_MIGRATION
                + ")?(-\\d+)?" + Pattern.quote(DATABASE_EXTENSION));
    }
}
