package duban.safety;

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
 * Where backups live and what they are called: {@code backups/duban-20261121-093000.db} beside the
 * database, with a suffix for the backup made before a migration and a counter when two are made
 * in the same second. Only files named so are ever listed or pruned.
 */
final class BackupNames {

    static final String FOLDER = "backups";
    static final String BEFORE_MIGRATION = "before-migration";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("duban-(\\d{8}-\\d{6})(-[a-z-]+)?(-\\d+)?\\.db");

    private BackupNames() {
    }

    static Path folderFor(Path database) {
        return database.toAbsolutePath().normalize().resolveSibling(FOLDER);
    }

    /** A name not yet taken in {@code folder} for a backup made at {@code at}. */
    static Path newFile(Path folder, LocalDateTime at, String suffix) {
        String base = "duban-" + STAMP.format(at) + (suffix == null ? "" : "-" + suffix);
        Path file = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(base + "-" + n + ".db");
        }
        return file;
    }

    /** When the backup named {@code file} was made, if the name is one of ours. */
    static Optional<LocalDateTime> takenAt(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(matcher.group(1), STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The backup files in {@code folder}, newest first (by the time in the name, then name). */
    static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isRegularFile).filter(f -> takenAt(f).isPresent()).forEach(files::add);
        }
        files.sort(Comparator.comparing((Path f) -> takenAt(f).orElseThrow())
                .thenComparing(f -> f.getFileName().toString()).reversed());
        return files;
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
}
