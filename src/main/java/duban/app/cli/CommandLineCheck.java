package duban.app.cli;

import duban.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The first look at the command line, before any command or the toolkit starts: every argument must
 * be an option of {@link CliOption#ALL} (with its value when it takes one), so that a mistyped option
 * or a value left out is one Chinese line on a terminal, never a window or a stack trace. What the
 * options mean together (an export's scope without {@code --export} …) is still each command's own
 * check.
 */
public final class CommandLineCheck {

    /** What the check found. */
    public sealed interface Outcome {
    }

    /** {@code --help} or {@code -h}: print {@link HelpText} and stop. */
    public record Help() implements Outcome {
    }

    /** A command line that cannot be understood: {@code line} says what is wrong and what to do. */
    public record Problem(String line) implements Outcome {
    }

    /**
     * Understood: {@code args} with {@code --name=value} written as {@code --name value} and blank
     * arguments left out, and whether it asks for a command rather than the board.
     */
    public record Understood(List<String> args, boolean command) implements Outcome {
    }

    private CommandLineCheck() {
    }

    /** Checks the raw arguments. */
    public static Outcome check(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            return new Help();
        }
        List<String> understood = new ArrayList<>();
        boolean command = false;
        String lastValue = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.isBlank()) {
                continue; // a shell's empty "$VARIABLE"; the options have always let it pass
            }
            if (!looksLikeOption(arg)) {
                // Right after a value, most likely the rest of a path the shell split at a space.
                return new Problem(lastValue != null ? Messages.get("cli.extraAfterValue", arg, lastValue)
                        : Messages.get("cli.extraArgument", arg));
            }
            lastValue = null;
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            Optional<CliOption> known = CliOption.named(name);
            if (known.isEmpty()) {
                return new Problem(unknown(name));
            }
            CliOption option = known.get();
            command |= option.command();
            if (!option.valued()) {
                if (equals >= 0) {
                    return new Problem(Messages.get("cli.noValueWanted", name));
                }
                understood.add(name);
                continue;
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else {
                boolean given = i + 1 < args.size() && !args.get(i + 1).isBlank() && !args.get(i + 1).startsWith("--");
                value = given ? args.get(++i) : "";
            }
            if (value.isBlank()) {
                return new Problem(Messages.get("cli.missingValue", name, option.valueNeeded(), option.valueExample()));
            }
            understood.add(name);
            understood.add(value);
            lastValue = value;
        }
        return new Understood(List.copyOf(understood), command);
    }

    /** An option's shape: a hyphen, or the dashes a Chinese input method or a word processor types. */
    private static boolean looksLikeOption(String arg) {
        return !arg.isEmpty() && "-—–－".indexOf(arg.charAt(0)) >= 0;
    }

    /** {@code 未知选项 --reprot，可用选项见 --help}, with the option meant when it is near enough. */
    static String unknown(String typed) {
        return closest(typed)
                .map(meant -> Messages.get("cli.unknownOptionMeant", typed, meant.name()))
                .orElse(Messages.get("cli.unknownOption", typed));
    }

    /**
     * The option {@code typed} most likely meant: the same name typed with other dashes, the start of
     * exactly one option, or one a letter or two off (two swapped count as one).
     */
    static Optional<CliOption> closest(String typed) {
        String word = typed.replaceFirst("^[-—–－]+", "").toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        Optional<CliOption> sameWord = CliOption.named((word.length() == 1 ? "-" : "--") + word);
        if (sameWord.isPresent() || word.length() < 3) {
            return sameWord; // a letter or two is too little to guess from
        }
        List<CliOption> starting = CliOption.ALL.stream().filter(option -> option.name().startsWith("--" + word)).toList();
        if (starting.size() == 1) {
            return Optional.of(starting.get(0));
        }
        int allowed = Math.max(1, Math.min(2, word.length() / 3));
        CliOption best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CliOption option : CliOption.ALL) {
            int distance = distance(word, option.name().replaceFirst("^-+", ""));
            if (distance < bestDistance) {
                best = option;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Edits from {@code a} to {@code b}: letters added, removed, changed, or two neighbours swapped. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
