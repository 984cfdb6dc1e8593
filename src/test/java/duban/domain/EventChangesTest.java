package duban.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jooq.tools.json.JSONValue;
import org.junit.jupiter.api.Test;

/**
 * Reading an event's changes: what the store writes (through jOOQ's {@code JSONValue}, as
 * {@code ItemStore.json} does) reads back as written, keys in order; malformed text is refused.
 */
class EventChangesTest {

    @Test
    void anEditsPairsReadBackInTheOrderWritten() {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("title", Arrays.asList("旧标题", "新标题"));
        written.put("leader", Arrays.asList("李明副县长", null));
        written.put("assistUnits", Arrays.asList(List.of("县财政局"), List.of()));
        written.put("returnCount", Arrays.asList(0, 1));
        written.put("approver", "王县长");

        Map<String, Object> read = EventChanges.parse(JSONValue.toJSONString(written));

        assertThat(read.keySet()).containsExactly("title", "leader", "assistUnits", "returnCount", "approver");
        assertThat(read.get("title")).isEqualTo(List.of("旧标题", "新标题"));
        assertThat(read.get("leader")).isEqualTo(Arrays.asList("李明副县长", null));
        assertThat(read.get("assistUnits")).isEqualTo(List.of(List.of("县财政局"), List.of()));
        assertThat(read.get("returnCount")).isEqualTo(List.of(0L, 1L));
        assertThat(read.get("approver")).isEqualTo("王县长");
    }

    @Test
    void escapesNumbersAndLiteralsAreReadAsJsonDefinesThem() {
        Map<String, Object> read = EventChanges.parse(
                " {\"a\\\"b\" : [\"tab\\tline\\nquote\\\"slash\\/back\\\\\", \"\\u00e9\\u2028\\ud83d\\ude00\"],"
                        + " \"n\": [-12, 3.5, 1e3, 123456789012345678901234], \"t\": [true, false, null]} ");

        assertThat(read.get("a\"b")).isEqualTo(List.of("tab\tline\nquote\"slash/back\\", "é\u2028😀"));
        assertThat(read.get("n")).isEqualTo(List.of(-12L, 3.5, 1000.0, new BigInteger("123456789012345678901234")));
        assertThat(read.get("t")).isEqualTo(Arrays.asList(true, false, null));
    }

    @Test
    void absentOrBlankChangesAreAnEmptyObject() {
        assertThat(EventChanges.parse(null)).isEmpty();
        assertThat(EventChanges.parse("  ")).isEmpty();
        assertThat(EventChanges.parse("{}")).isEmpty();
    }

    @Test
    void malformedTextOrAnythingButAnObjectIsRefused() {
        for (String bad : List.of("{\"deadline\":[\"2026-11-30\",", "[\"a\",\"b\"]", "\"text\"", "{\"a\":1} x",
                "{\"a\":01}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{a:1}",
                "{\"a\":[1,]}", "{\"a\":1,}", "{\"a\":tru}", "{\"a\":\"line\nbreak\"}", "{\"a\" 1}")) {
            assertThatThrownBy(() -> EventChanges.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** Whatever strings the store writes, including control characters and the escapes jOOQ uses for them. */
    @Property(tries = 300)
    void everyStringMapTheStoreWritesReadsBackUnchanged(@ForAll("changes") Map<String, List<String>> written) {
        assertThat(EventChanges.parse(JSONValue.toJSONString(written))).containsExactlyEntriesOf(written);
    }

    @Provide
    Arbitrary<Map<String, List<String>>> changes() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(12);
        Arbitrary<List<String>> pair = text.injectNull(0.2).list().ofSize(2);
        return Arbitraries.maps(text, pair).ofMaxSize(6).map(LinkedHashMap::new);
    }
}
