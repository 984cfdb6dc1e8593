package duban.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Chinese sentences use full-width punctuation (，：；（）) everywhere the user reads them: the
 * message bundle as the application decodes it, the FXML's own words, and any Chinese literal in
 * the Java sources. The rule is {@link HalfWidthMarks}'; a failure names file, key and text.
 */
class FullWidthPunctuationTest {

    private static final Pattern FXML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern FXML_ATTRIBUTE = Pattern.compile("=\"([^\"]*)\"");
    private static final Pattern FXML_TEXT = Pattern.compile(">([^<]+)<");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /**
     * Java literals that read what users typed rather than speak to them: a task list's header
     * may say 督办事项(必填) with half-width parentheses, and the import must recognise it.
     */
    private static final Set<String> LITERALS_THAT_MATCH_INPUT = Set.of("(必填)");
    /** A regular expression's parts: a character class, an escape such as \\s, an anchor. */
    private static final Pattern REGEX_SYNTAX = Pattern.compile("\\[[^\\]]*\\]|\\\\\\\\[sdwu]|^\\^");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");

    @Test
    void theRuleFindsHalfWidthMarksInChineseAndOnlyThere() {
        assertThat(HalfWidthMarks.offsets("已添加示例数据: 16 个单位, {1} 项")).containsExactly(7, 15);
        assertThat(HalfWidthMarks.offsets("协办: {0}")).containsExactly(2);
        assertThat(HalfWidthMarks.offsets("表格文件 (*.xlsx, *.xls)")).containsExactly(5, 19);
        assertThat(HalfWidthMarks.offsets("（原 {0})")).containsExactly(6);
        assertThat(HalfWidthMarks.offsets("定于 10:30 召开")).isEmpty();
        assertThat(HalfWidthMarks.offsets("{0}: {1}")).isEmpty();
        assertThat(HalfWidthMarks.offsets("可用：--status, --overdue")).isEmpty();
        assertThat(HalfWidthMarks.offsets("mvn javafx:run -Dapp.args=\"--demo\"")).isEmpty();
        assertThat(HalfWidthMarks.offsets("已添加示例数据：16 个单位，{1} 项（共 {2} 项）")).isEmpty();
    }

    @Test
    void theMessageBundleUsesFullWidthPunctuationInChinese() {
        List<String> hits = new ArrayList<>();
        List<String> keys = Collections.list(Messages.bundle().getKeys());
        Collections.sort(keys);
        for (String key : keys) {
            String text = Messages.bundle().getString(key);
            if (!HalfWidthMarks.offsets(text).isEmpty()) {
                hits.add("messages.properties " + key + "=" + HalfWidthMarks.marked(text));
            }
        }
        assertThat(keys).hasSizeGreaterThan(500);
        assertThat(hits).as("half-width marks [,] in Chinese text; use ，：；（）").isEmpty();
    }

    @Test
    void theFxmlFilesUseFullWidthPunctuationInChinese() throws IOException {
        List<String> hits = new ArrayList<>();
        List<Path> files = files(Path.of("fxml"), ".fxml");
        for (Path file : files) {
            String source = FXML_COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
            for (Pattern pattern : List.of(FXML_ATTRIBUTE, FXML_TEXT)) {
                Matcher matcher = pattern.matcher(source);
                while (matcher.find()) {
                    String text = matcher.group(1);
                    if (!text.startsWith("%") && !HalfWidthMarks.offsets(text).isEmpty()) {
                        hits.add(file.getFileName() + ": " + HalfWidthMarks.marked(text));
                    }
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(30);
        assertThat(hits).as("half-width marks [,] in Chinese text; use ，：；（）").isEmpty();
    }

    @Test
    void chineseLiteralsInTheJavaSourcesUseFullWidthPunctuation() throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n).strip();
                if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                    continue;
                }
                Matcher matcher = JAVA_LITERAL.matcher(line);
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    if (speaksChinese(literal) && !HalfWidthMarks.offsets(literal).isEmpty()) {
                        hits.add(file + ":" + (n + 1) + ": \"" + HalfWidthMarks.marked(literal) + "\"");
                    }
                }
            }
        }
        assertThat(hits).as("half-width marks [,] in Chinese literals; use ，：；（）").isEmpty();
    }

    /**
     * Whether a Java literal is Chinese text for a reader: it has ideographs, is not a regular
     * expression (which matches what users typed, half-width marks included), is not a developer's
     * English message that names a Chinese term, and does not match input.
     */
    private static boolean speaksChinese(String literal) {
        long han = HAN.matcher(literal).results().count();
        long latin = LATIN_LETTER.matcher(literal).results().count();
        return han > 0 && latin <= han && !REGEX_SYNTAX.matcher(literal).find()
                && !LITERALS_THAT_MATCH_INPUT.contains(literal);
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
