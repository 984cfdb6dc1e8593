package duban.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import duban.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the README says about the command line and the keys is what the program does: every option it
 * names is one {@link CommandLineCheck} knows and the other way round, and its key table is the F1
 * window's. Also the guesses behind 您是否想输入.
 */
class CommandLineDocsTest {

    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*[a-z]");

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    /** The README's "Running and testing" section (to the next "## " heading), where the options are. */
    private static String runningSection() throws IOException {
        String readme = readme();
        int start = readme.indexOf("## Running and testing");
        int end = readme.indexOf("\n## ", start);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    @Test
    void everyOptionTheReadmeNamesIsKnownAndEveryKnownOptionIsInTheReadme() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher matcher = OPTION.matcher(runningSection());
        while (matcher.find()) {
            documented.add(matcher.group());
        }
        documented.remove("--reprot"); // the README's example of a mistyped option
        Set<String> known = new TreeSet<>();
        CliOption.ALL.forEach(option -> known.add(option.name()));

        assertThat(documented).as("options the README names that the program refuses").isSubsetOf(known);
        assertThat(known.stream().filter(name -> name.startsWith("--")))
                .as("options the program knows that README's Running and testing does not name")
                .allMatch(documented::contains);
    }

    @Test
    void theReadmesKeyTableIsTheF1Window() throws IOException {
        String readme = readme();
        String table = readme.substring(readme.indexOf("| key | action |"));
        table = table.substring(0, table.indexOf("\n\n"));
        Set<String> readmeKeys = new TreeSet<>();
        for (String row : table.lines().skip(2).toList()) {
            readmeKeys.add(row.split("\\|")[1].replaceAll("\\s+", ""));
        }
        Set<String> f1Keys = new TreeSet<>();
        for (String key : Collections.list(Messages.bundle().getKeys())) {
            String text = Messages.get(key);
            if (key.startsWith("shortcuts.") && text.contains("|")) {
                f1Keys.add(text.substring(0, text.indexOf('|')).replaceAll("\\s+", ""));
            }
        }

        assertThat(readmeKeys).as("README's key table against the F1 window's (shortcuts.* in messages.properties)")
                .isEqualTo(f1Keys);
    }

    @Test
    void theOptionMeantIsGuessedFromSwapsSlipsDashesAndBeginnings() {
        assertThat(CommandLineCheck.closest("--reprot")).map(CliOption::name).hasValue("--report");
        assertThat(CommandLineCheck.closest("--dmeo")).map(CliOption::name).hasValue("--demo");
        assertThat(CommandLineCheck.closest("-db")).map(CliOption::name).hasValue("--db");
        assertThat(CommandLineCheck.closest("——export")).map(CliOption::name).hasValue("--export");
        assertThat(CommandLineCheck.closest("--with")).map(CliOption::name).hasValue("--with-withdrawn");
        assertThat(CommandLineCheck.closest("--Verify")).map(CliOption::name).hasValue("--verify");
        assertThat(CommandLineCheck.closest("--x")).isEmpty();
        assertThat(CommandLineCheck.closest("--frobnicate")).isEmpty();
        assertThat(CommandLineCheck.closest("--import-f")).map(CliOption::name).hasValue("--import-feedback");
    }

    @Test
    void aCommandLineOfKnownOptionsIsUnderstoodWithEqualsSignsSpelledOut() {
        CommandLineCheck.Outcome outcome = CommandLineCheck.check(List.of("--db=/data/督查 数据/x.db", "", "--export",
                "台账.xlsx", "--status=办理中，待反馈", "--overdue"));

        assertThat(outcome).isEqualTo(new CommandLineCheck.Understood(List.of("--db", "/data/督查 数据/x.db", "--export",
                "台账.xlsx", "--status", "办理中，待反馈", "--overdue"), true));
        assertThat(CommandLineCheck.check(List.of("--demo", "--projector")))
                .isEqualTo(new CommandLineCheck.Understood(List.of("--demo", "--projector"), false));
    }

    @Test
    void helpAlignsItsDescriptionsWhateverTheWidthOfTheChineseWords() {
        List<String> rows = HelpText.lines().stream().filter(line -> line.startsWith("  --")).toList();

        assertThat(rows).hasSizeGreaterThan(20);
        int column = HelpText.displayWidth(rows.get(0).substring(0, rows.get(0).indexOf(CliOption.ALL.get(0).description())));
        for (String row : rows) {
            CliOption option = CliOption.ALL.stream().filter(candidate -> row.contains(candidate.description()))
                    .findFirst().orElseThrow();
            assertThat(HelpText.displayWidth(row.substring(0, row.indexOf(option.description())))).as(row)
                    .isEqualTo(column);
        }
    }
}
