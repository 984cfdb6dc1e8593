package duban.app;

import duban.i18n.Messages;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line: {@code --db PATH} (or {@code --db=PATH}) opens another database file,
 * {@code --demo} fills an empty database with sample items.
 *
 * @param database the file to open
 * @param demo     whether to seed sample data into an empty database
 */
public record AppOptions(Path database, boolean demo) {

    /** A command line that cannot be understood; the message is in Chinese. */
    public static final class BadArgumentsException extends Exception {
        public BadArgumentsException(String message) {
            super(message);
        }
    }

    /** Parses the raw arguments, resolving the default database from this machine's environment. */
    public static AppOptions parse(List<String> args) throws BadArgumentsException {
        return parse(args, AppPaths.defaultDatabase(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home")));
    }

    static AppOptions parse(List<String> args, Path defaultDatabase) throws BadArgumentsException {
        Path database = defaultDatabase;
        boolean demo = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals("--db")) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank() || args.get(i + 1).startsWith("--")) {
                    throw new BadArgumentsException(Messages.get("open.missingValue", "--db"));
                }
                database = Path.of(args.get(++i));
            } else if (arg.startsWith("--db=")) {
                String value = arg.substring("--db=".length());
                if (value.isBlank()) {
                    throw new BadArgumentsException(Messages.get("open.missingValue", "--db"));
                }
                database = Path.of(value);
            } else if (!arg.isBlank()) {
                throw new BadArgumentsException(Messages.get("open.unknownOption", arg));
            }
        }
        return new AppOptions(database, demo);
    }
}
