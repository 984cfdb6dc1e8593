package duban.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON of an event's {@code changes} column ({@link ItemEvent#changes()}): an object whose
 * values are strings, numbers, booleans, {@code null}, or arrays of those (an edit's {@code [old, new]}
 * pairs, a create's list of assisting units). The store writes it; the history panel and the state
 * replay read it here, so that no feature needs a JSON library for it.
 */
public final class EventChanges {

    private final String text;
    private int at;

    private EventChanges(String text) {
        this.text = text;
    }

    /**
     * The object in {@code json}, its keys in the order written; an empty map for {@code null} or
     * blank text. Arrays are lists, integers {@link Long} (or {@link BigInteger} beyond it), other
     * numbers {@link Double}.
     *
     * @throws IllegalArgumentException when the text is not one well-formed JSON object
     */
    public static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        EventChanges reader = new EventChanges(json);
        reader.skipSpace();
        if (reader.peek() != '{') {
            throw reader.malformed("an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) reader.value();
        reader.skipSpace();
        if (reader.at != json.length()) {
            throw reader.malformed("the end of the text");
        }
        return object;
    }

    private Object value() {
        skipSpace();
        char c = peek();
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || c >= '0' && c <= '9') {
                    return number();
                }
                throw malformed("a value");
        }
    }

    private Map<String, Object> object() {
        at++; // '{'
        Map<String, Object> object = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            at++;
            return object;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw malformed("a key");
            }
            String key = string();
            skipSpace();
            expect(':');
            object.put(key, value());
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect('}');
                return object;
            }
        }
    }

    private List<Object> array() {
        at++; // '['
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            at++;
            return Collections.unmodifiableList(list);
        }
        while (true) {
            list.add(value());
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect(']');
                return Collections.unmodifiableList(list);
            }
        }
    }

    private String string() {
        at++; // opening quote
        StringBuilder out = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw malformed("a closing quote");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw malformed("an escaped control character");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw malformed("an escape");
            }
            char escape = text.charAt(at++);
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(hexChar());
                default -> throw malformed("a known escape");
            }
        }
    }

    /** The four hex digits of a unicode escape: one UTF-16 unit (a surrogate pair is two escapes, joined as read). */
    private char hexChar() {
        if (at + 4 > text.length()) {
            throw malformed("four hex digits");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at++), 16);
            if (digit < 0) {
                throw malformed("four hex digits");
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    private Object number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        int integerStart = at;
        digits();
        if (at == integerStart || text.charAt(integerStart) == '0' && at - integerStart > 1) {
            throw malformed("a number");
        }
        boolean whole = true;
        if (at < text.length() && text.charAt(at) == '.') {
            whole = false;
            at++;
            requireDigits();
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            whole = false;
            at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            requireDigits();
        }
        String literal = text.substring(start, at);
        if (!whole) {
            return Double.valueOf(literal);
        }
        BigInteger value = new BigInteger(literal);
        return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
    }

    private void requireDigits() {
        int start = at;
        digits();
        if (at == start) {
            throw malformed("a digit");
        }
    }

    private void digits() {
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw malformed(word);
        }
        at += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw malformed("'" + c + "'");
        }
        at++;
    }

    /** The next character, or {@code 0} at the end (which no rule accepts). */
    private char peek() {
        return at < text.length() ? text.charAt(at) : 0;
    }

    private void skipSpace() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t'
                || text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
    }

    private IllegalArgumentException malformed(String wanted) {
        return new IllegalArgumentException("changes JSON: expected " + wanted + " at offset " + at);
    }
}
