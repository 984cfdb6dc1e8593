package duban.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a psql script over JDBC as {@code psql -v name=value -f script} would, for the scripts the
 * project ships to offices (db/postgresql/setup.sql): the embedded test server has no psql binary.
 * It understands the part of psql those scripts use and refuses anything else, so a script that
 * grows beyond it fails its test instead of being half run:
 * statements ended by {@code ;} (quotes, comments and dollar-quoted bodies respected);
 * variables {@code :name}, {@code :'name'}, {@code :"name"} and {@code :{?name}} outside quoted text;
 * {@code \set}, {@code \if}/{@code \elif}/{@code \else}/{@code \endif}, {@code \connect} ({@code \c}),
 * {@code \gexec}, {@code \gset} and {@code \echo}; {@code \password} is refused (it needs a terminal).
 * Every statement runs with auto-commit, as in psql, and the first error stops the script
 * (ON_ERROR_STOP).
 */
public final class PsqlScript {

    /** Opens a connection to the named database as the user the script runs as. */
    @FunctionalInterface
    public interface Connector {
        Connection connect(String database) throws SQLException;
    }

    private final Map<String, String> variables;
    private final Connector connector;
    /** One entry per open \if: whether its current branch runs, and whether an earlier one did. */
    private final Deque<boolean[]> conditions = new ArrayDeque<>();
    private final StringBuilder query = new StringBuilder();
    private Connection connection;

    private PsqlScript(Map<String, String> variables, Connector connector) {
        this.variables = new HashMap<>(variables);
        this.connector = connector;
    }

    /**
     * Runs {@code script}, starting on {@code database}, with the given {@code -v} variables.
     *
     * @throws IllegalStateException naming the statement or command that failed
     */
    public static void run(Path script, Map<String, String> variables, Connector connector, String database)
            throws IOException, SQLException {
        PsqlScript run = new PsqlScript(variables, connector);
        run.connection = connector.connect(database);
        try {
            run.execute(Files.readString(script));
        } finally {
            run.connection.close();
        }
    }

    private boolean active() {
        return conditions.stream().allMatch(condition -> condition[0]);
    }

    private void execute(String script) throws SQLException {
        int i = 0;
        int depth = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            char next = i + 1 < script.length() ? script.charAt(i + 1) : '\0';
            if (c == '-' && next == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
            } else if (c == '/' && next == '*') {
                int end = script.indexOf("*/", i + 2);
                query.append(script, i, end + 2);
                i = end + 2;
            } else if (c == '\'' || c == '"') {
                int end = closingQuote(script, i, c);
                query.append(script, i, end + 1);
                i = end + 1;
            } else if (c == '$' && dollarTag(script, i) != null) {
                String tag = dollarTag(script, i);
                int end = script.indexOf(tag, i + tag.length()) + tag.length();
                query.append(script, i, end);
                i = end;
            } else if (c == ':' && next == ':') {
                query.append("::");
                i += 2;
            } else if (c == ':') {
                i = interpolate(script, i, query);
            } else if (c == '\\') {
                int end = script.indexOf('\n', i);
                end = end < 0 ? script.length() : end;
                metaCommand(script.substring(i + 1, end).strip());
                i = end;
            } else {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ';' && depth == 0) {
                    send(Ending.STATEMENT);
                    i++;
                    continue;
                }
                if (query.length() > 0 || !Character.isWhitespace(c)) {
                    query.append(c);
                }
                i++;
            }
        }
        if (!query.toString().isBlank() || !conditions.isEmpty()) {
            throw new IllegalStateException("the script ends inside a statement or an \\if: " + query);
        }
    }

    private static int closingQuote(String text, int start, char quote) {
        int i = start + 1;
        while (true) {
            int end = text.indexOf(quote, i);
            if (end < 0) {
                throw new IllegalStateException("unclosed " + quote + " at " + start);
            }
            if (end + 1 < text.length() && text.charAt(end + 1) == quote) {
                i = end + 2; // a doubled quote stands for itself
            } else {
                return end;
            }
        }
    }

    /** The tag ({@code $$} or {@code $body$}) starting at {@code start}, or null. */
    private static String dollarTag(String text, int start) {
        int i = start + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '$' && (i == start + 1 || !Character.isDigit(text.charAt(start + 1)))) {
            return text.substring(start, i + 1);
        }
        return null;
    }

    /** Appends the value of the variable reference at {@code start} (or the text as it is, if none). */
    private int interpolate(String text, int start, StringBuilder into) {
        char form = start + 1 < text.length() ? text.charAt(start + 1) : '\0';
        if (form == '{' && text.startsWith("{?", start + 1)) {
            int end = text.indexOf('}', start);
            into.append(variables.containsKey(text.substring(start + 3, end)) ? "TRUE" : "FALSE");
            return end + 1;
        }
        if (form == '\'' || form == '"') {
            int end = text.indexOf(form, start + 2);
            String name = end < 0 ? null : text.substring(start + 2, end);
            if (name != null && variables.containsKey(name)) {
                into.append(form == '\'' ? literal(variables.get(name)) : identifier(variables.get(name)));
                return end + 1;
            }
        }
        int end = start + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        String name = text.substring(start + 1, end);
        if (!name.isEmpty() && variables.containsKey(name)) {
            into.append(variables.get(name));
            return end;
        }
        into.append(':'); // psql leaves an unknown variable as written
        return start + 1;
    }

    private static String literal(String value) {
        String quoted = "'" + value.replace("'", "''") + "'";
        return value.contains("\\") ? "E" + quoted.replace("\\", "\\\\") : quoted;
    }

    private static String identifier(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private enum Ending { STATEMENT, GEXEC, GSET }

    private void metaCommand(String line) throws SQLException {
        List<String> words = arguments(line);
        String command = words.get(0);
        List<String> args = words.subList(1, words.size());
        switch (command) {
            case "if" -> conditions.push(new boolean[] {active() && bool(args), active() && bool(args)});
            case "elif" -> {
                boolean[] condition = conditions.peek();
                condition[0] = !condition[1] && parentActive() && bool(args);
                condition[1] |= condition[0];
            }
            case "else" -> {
                boolean[] condition = conditions.peek();
                condition[0] = !condition[1] && parentActive();
                condition[1] = true;
            }
            case "endif" -> conditions.pop();
            default -> {
                if (!active()) {
                    query.setLength(0);
                    return;
                }
                switch (command) {
                    case "set" -> variables.put(args.get(0), String.join("", args.subList(1, args.size())));
                    case "echo" -> { } // psql prints it for the person running the script
                    case "connect", "c" -> {
                        connection.close();
                        connection = connector.connect(args.get(0));
                    }
                    case "gexec" -> send(Ending.GEXEC);
                    case "gset" -> send(Ending.GSET);
                    default -> throw new IllegalStateException("\\" + command + " is not understood here: " + line);
                }
            }
        }
    }

    private boolean parentActive() {
        boolean[] innermost = conditions.pop();
        boolean parent = active();
        conditions.push(innermost);
        return parent;
    }

    /**
     * A meta-command's words, variables interpolated and quotes removed, as psql reads them. Also in
     * a branch that does not run: an {@code \elif} there may still be the one that does.
     */
    private List<String> arguments(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i <= line.length()) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                i++;
            } else if (c == ':') {
                StringBuilder value = new StringBuilder();
                i = interpolate(line, i, value);
                String text = value.toString();
                word.append(text.startsWith("\"") || text.startsWith("'") ? unquote(text) : text);
            } else if (c == '\'' || c == '"') {
                int end = closingQuote(line, i, c);
                word.append(unquote(line.substring(i, end + 1)));
                i = end + 1;
            } else {
                word.append(c);
                i++;
            }
        }
        return words;
    }

    private static String unquote(String quoted) {
        char quote = quoted.charAt(0);
        return quoted.substring(1, quoted.length() - 1).replace("" + quote + quote, "" + quote);
    }

    /** psql's reading of a boolean: a prefix of true/false/yes/no, on/off (two letters at least), 1/0. */
    private static boolean bool(List<String> args) {
        String value = String.join("", args).toLowerCase(Locale.ROOT);
        boolean onOrOff = value.length() >= 2 && ("on".startsWith(value) || "off".startsWith(value));
        if (!value.isEmpty() && ("true".startsWith(value) || "yes".startsWith(value) || value.equals("1")
                || onOrOff && "on".startsWith(value))) {
            return true;
        }
        if (!value.isEmpty() && ("false".startsWith(value) || "no".startsWith(value) || value.equals("0") || onOrOff)) {
            return false;
        }
        throw new IllegalStateException("not a boolean for \\if: " + value);
    }

    private void send(Ending ending) throws SQLException {
        String sql = query.toString().strip();
        query.setLength(0);
        if (!active() || sql.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            switch (ending) {
                case STATEMENT -> statement.execute(sql);
                case GEXEC -> {
                    List<String> generated = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery(sql)) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int column = 1; column <= columns; column++) {
                                if (rows.getString(column) != null) {
                                    generated.add(rows.getString(column));
                                }
                            }
                        }
                    }
                    for (String each : generated) {
                        statement.execute(each);
                    }
                }
                case GSET -> {
                    try (ResultSet rows = statement.executeQuery(sql)) {
                        if (!rows.next()) {
                            throw new IllegalStateException("no rows returned for \\gset: " + sql);
                        }
                        ResultSetMetaData meta = rows.getMetaData();
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            variables.put(meta.getColumnLabel(column), rows.getString(column));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
