package duban.app.cli;

import duban.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --help}: every option of {@link CliOption#ALL} in Chinese, by group, with a few examples. */
public final class HelpText {

    private HelpText() {
    }

    /** The lines {@code --help} prints. */
    public static List<String> lines() {
        Map<CliOption.Group, List<String[]>> groups = new LinkedHashMap<>();
        for (CliOption option : CliOption.ALL) {
            if (option.name().equals("-h")) {
                continue; // shown with --help
            }
            String name = option.name().equals("--help") ? "--help, -h" : option.name();
            String shown = option.valued() ? name + " " + option.valueWord() : name;
            groups.computeIfAbsent(option.group(), group -> new ArrayList<>())
                    .add(new String[] {shown, option.description()});
        }
        int width = groups.values().stream().flatMap(List::stream).mapToInt(row -> displayWidth(row[0])).max()
                .orElse(0) + 2;
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("cli.help.usage"));
        for (Map.Entry<CliOption.Group, List<String[]>> group : groups.entrySet()) {
            lines.add("");
            lines.add(group.getKey().heading());
            for (String[] row : group.getValue()) {
                lines.add("  " + row[0] + " ".repeat(width - displayWidth(row[0])) + row[1]);
            }
        }
        lines.add("");
        lines.addAll(List.of(Messages.get("cli.help.footer").split("\n")));
        return lines;
    }

    /** Columns a terminal gives {@code text}: a Chinese character takes two. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> c >= 0x1100 && Character.isIdeographic(c) || c >= 0xFF00 && c <= 0xFF60
                || c >= 0x3000 && c <= 0x303F ? 2 : 1).sum();
    }
}
