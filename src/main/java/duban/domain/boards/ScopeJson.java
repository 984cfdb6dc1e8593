package duban.domain.boards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON a {@link BoardScope} is stored as: one object whose values are strings, whole
 * numbers, {@code true}/{@code false}/{@code null} and arrays of those. Enough for the scope, no
 * library needed in the domain.
 */
final class ScopeJson {

    private final String text;
    private int at;

    private ScopeJson(String text) {
        this.text = text;
    }

    /** {@code value} as a JSON string literal. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The fields of the one object {@code text} holds, by name. */
    static Map<String, Object> parseObject(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no scope");
        }
        ScopeJson reader = new ScopeJson(text);
        Object value = reader.value();
        reader.skipBlanks();
        if (!(value instanceof Map<?, ?>) || reader.at != text.length()) {
            throw new IllegalArgumentException("not a JSON object: " + text);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) value;
        return fields;
    }

    private Object value() {
        skipBlanks();
        if (at >= text.length()) {
            throw fail();
        }
        char c = text.charAt(at);
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            return array();
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        for (Map.Entry<String, Object> word : Map.<String, Object>of("true", true, "false", false).entrySet()) {
            if (text.startsWith(word.getKey(), at)) {
                at += word.getKey().length();
                return word.getValue();
            }
        }
        if (text.startsWith("null", at)) {
            at += 4;
            return null;
        }
        throw fail();
    }

    private Map<String, Object> object() {
        Map<String, Object> fields = new LinkedHashMap<>();
        at++;
        skipBlanks();
        if (peek() == '}') {
            at++;
            return fields;
        }
        while (true) {
            skipBlanks();
            String key = string();
            skipBlanks();
            expect(':');
            fields.put(key, value());
            skipBlanks();
            if (peek() == ',') {
                at++;
            } else {
                expect('}');
                return fields;
            }
        }
    }

    private List<Object> array() {
        List<Object> values = new ArrayList<>();
        at++;
        skipBlanks();
        if (peek() == ']') {
            at++;
            return values;
        }
        while (true) {
            values.add(value());
            skipBlanks();
            if (peek() == ',') {
                at++;
            } else {
                expect(']');
                return values;
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw fail();
                    }
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(escaped);
            }
        }
        throw fail();
    }

    private Long number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        try {
            return Long.parseLong(text.substring(start, at));
        } catch (NumberFormatException notWhole) {
            throw fail();
        }
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw fail();
        }
        at++;
    }

    private void skipBlanks() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException fail() {
        return new IllegalArgumentException("unreadable scope at " + at + ": " + text);
    }
}
