package duban.app.cli;

import duban.i18n.Messages;
import java.util.List;
import java.util.Optional;

/**
 * One option of the command line, of any command: its name, whether it takes a value, the group
 * {@code --help} lists it under and its Chinese words. {@link #ALL} is the one list every option is
 * in; {@link CommandLineCheck} refuses anything else before the toolkit starts.
 *
 * @param name    as typed, {@code --db}
 * @param valued  whether a value follows ({@code --db PATH} or {@code --db=PATH})
 * @param command whether it runs a command without a window ({@code --export} …) instead of the board
 * @param group   where {@code --help} lists it
 * @param key     the message key's last part: {@code cli.help.KEY} says what it does, and for a valued
 *                option {@code cli.value.KEY} is "the value in a word|what it needs|an example"
 */
public record CliOption(String name, boolean valued, boolean command, Group group, String key) {

    /** The groups of {@code --help}, in its order. */
    public enum Group {
        OPEN, COMMAND, EXPORT, IMPORT, DOCUMENTS, HELP;

        /** The group's heading in {@code --help}. */
        public String heading() {
            String key = "cli.group." + name().toLowerCase(java.util.Locale.ROOT);
            return Messages.get(key);
        }
    }

    /** Every option the program understands, in {@code --help}'s order. */
    public static final List<CliOption> ALL = List.of(
            withValue("--db", Group.OPEN, "db"),
            flag("--demo", Group.OPEN, "demo"),
            flag("--read-only", Group.OPEN, "readOnly"),
            flag("--projector", Group.OPEN, "projector"),

            command("--export", true, "export"),
            command("--import", true, "import"),
            command("--verify", false, "verify"),
            command("--copy-to", true, "copyTo"),
            command("--demo-file", true, "demoFile"),
            command("--feedback-forms", true, "feedbackForms"),
            command("--import-feedback", true, "importFeedback"),
            command("--report", true, "report"),
            command("--notices", true, "notices"),

            withValue("--status", Group.EXPORT, "status"),
            flag("--overdue", Group.EXPORT, "overdue"),
            withValue("--unit", Group.EXPORT, "unit"),
            withValue("--source", Group.EXPORT, "source"),
            withValue("--from", Group.EXPORT, "from"),
            withValue("--to", Group.EXPORT, "to"),
            flag("--with-withdrawn", Group.EXPORT, "withWithdrawn"),

            flag("--skip-invalid", Group.IMPORT, "skipInvalid"),
            flag("--create-units", Group.IMPORT, "createUnits"),

            withValue("--out", Group.DOCUMENTS, "out"),
            flag("--pdf", Group.DOCUMENTS, "pdf"),

            flag("--help", Group.HELP, "help"),
            flag("-h", Group.HELP, "help"));

    private static CliOption flag(String name, Group group, String key) {
        return new CliOption(name, false, false, group, key);
    }

    /** An option that is not a command and takes a value. */
    private static CliOption withValue(String name, Group group, String key) {
        return new CliOption(name, true, false, group, key);
    }

    private static CliOption command(String name, boolean valued, String key) {
        return new CliOption(name, valued, true, Group.COMMAND, key);
    }

    /** The option named {@code name} exactly, if there is one. */
    public static Optional<CliOption> named(String name) {
        return ALL.stream().filter(option -> option.name().equals(name)).findFirst();
    }

    /** What it does, in Chinese. */
    public String description() {
        String descriptionKey = "cli.help." + key;
        return Messages.get(descriptionKey);
    }

    /** The value in a word, for {@code --help} ({@code 文件}); empty for a flag. */
    public String valueWord() {
        return valued ? valuePart(0) : "";
    }

    /** What the value must be, in a phrase ({@code 导出文件的路径}). */
    public String valueNeeded() {
        return valuePart(1);
    }

    /** An example of the value ({@code 台账.xlsx}). */
    public String valueExample() {
        return valuePart(2);
    }

    private String valuePart(int index) {
        String valueKey = "cli.value." + key;
        String[] parts = Messages.get(valueKey).split("\\|", -1);
        return index < parts.length ? parts[index] : "";
    }
}
