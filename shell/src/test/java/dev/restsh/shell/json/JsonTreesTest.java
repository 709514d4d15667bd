package dev.restsh.shell.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restsh.shell.RestshException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTreesTest {
    @Test
    void readsTheSameTreesAsTheMapper() {
        String text = "{\"a\": [1, 9999999999, 123456789012345678901234567890, 2.5, -0.0, true, false, null],"
                + " \"b\": {\"c\": \"\\u00e9\\n\"}, \"a2\": {}}";
        assertThat(JsonTrees.read(text)).isEqualTo(Json.parse(text));
    }

    @Test
    void writesCompactJsonThatReadsBackEqual() {
        String text =
                "{\"ip\": \"10.0.0.1\", \"tags\": [\"a\", 1, 2.5, {\"x\": null}], \"big\": 123456789012345678901}";
        byte[] written = JsonTrees.bytes(JsonTrees.read(text));
        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo("{\"ip\":\"10.0.0.1\",\"tags\":[\"a\",1,2.5,{\"x\":null}],\"big\":123456789012345678901}");
        assertThat(Json.parse(written)).isEqualTo(Json.parse(text));
    }

    @Test
    void theLastOfTwoEqualKeysWinsAndNothingIsNoValue() {
        assertThat(JsonTrees.read("{\"a\": 1, \"a\": 2}")).isEqualTo(Json.parse("{\"a\": 2}"));
        assertThat(JsonTrees.read("  ")).isNull();
    }

    /** Jackson's default reads at most 20 million characters in one string; restsh reads what memory allows. */
    @Test
    void aStringLongerThanJacksonsDefaultLimitIsRead() {
        String value = "a".repeat(21_000_000);
        byte[] body = ("{\"data\": \"" + value + "\", \"n\": 1}").getBytes(StandardCharsets.US_ASCII);

        assertThat(Json.parse(body).path("data").asText()).hasSize(value.length());
        assertThat(JsonTrees.read(new String(body, StandardCharsets.US_ASCII))
                        .path("n")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void invalidJsonIsAUsageError() {
        assertThatThrownBy(() -> JsonTrees.read("{\"a\": }"))
                .isInstanceOf(RestshException.class)
                .hasMessageStartingWith("not valid JSON: ");
        assertThatThrownBy(() -> JsonTrees.read("[1, 2"))
                .isInstanceOf(RestshException.class)
                .hasMessageStartingWith("not valid JSON: ");
    }
}
