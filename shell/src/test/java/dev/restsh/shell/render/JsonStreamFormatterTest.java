package dev.restsh.shell.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.Golden;
import dev.restsh.shell.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonStreamFormatterTest {
    private static final String SAMPLE = "{\"s\":\"caf\u00e9 \\\"q\\\" \\u00e9\\n\\t東京 🚀\",\"n\":[0,-1.5e+3,2E-2,10],"
            + "\"empty\":{},\"none\":[],\"t\":true,\"f\":false,\"z\":null,\"deep\":[[{\"a\":[{}]}]]}";

    static String format(String json, boolean colour, boolean indent) throws IOException {
        StringWriter text = new StringWriter();
        ByteSink sink = new ByteSink(new PrintWriter(text), null);
        new JsonStreamFormatter(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sink, colour, indent)
                .format();
        return text.toString();
    }

    @Test
    void plainOutputMatchesTheGoldenFile() throws IOException {
        Golden.assertMatches("json/sample-plain.txt", format(SAMPLE, false, true));
    }

    @Test
    void colourOutputMatchesTheGoldenFile() throws IOException {
        Golden.assertMatches("json/sample-colour.txt", format(SAMPLE, true, true));
    }

    @Test
    void compactOutputIsTheDocumentWithoutSpaces() throws IOException {
        String spaced = "{ \"a\" : [ 1 , 2 ] ,\n \"b\" : { } }";
        assertThat(format(spaced, false, false)).isEqualTo("{\"a\":[1,2],\"b\":{}}\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"results\":[{\"ip\":\"1.2.3.4\",\"n\":1,\"ok\":true},{\"ip\":\"9.2.3.4\",\"tags\":[],\"o\":{}}]}",
                "[1,[2,[3,[4]]],{\"a\":{\"b\":{\"c\":null}}}]",
                "\"just a string\"",
                "42"
            })
    void aTreeIsPrintedAsTheSameDocumentSentAsABody(String json) {
        JsonNode tree = Json.parse(json);
        for (boolean colour : new boolean[] {true, false}) {
            for (boolean indent : new boolean[] {true, false}) {
                assertThat(new JsonTreePrinter(colour, indent).format(tree))
                        .isEqualTo(uncheckedFormat(json, colour, indent));
            }
        }
    }

    /** A tree's strings are escaped one way: short escapes, lower-case hex for other controls and DEL, the rest as is. */
    @Test
    void aTreesStringsAreEscapedOneWay() {
        JsonNode tree = Json.parse("[\"q\\\" b\\\\ s/ \\u00e9\\u6771 \\n\\t\\r\\b\\f \\u001B\\u0000\\u007f 🚀\"]");
        assertThat(new JsonTreePrinter(false, false).format(tree))
                .isEqualTo("[\"q\\\" b\\\\ s/ é東 \\n\\t\\r\\b\\f \\u001b\\u0000\\u007f 🚀\"]\n");
    }

    private static String uncheckedFormat(String json, boolean colour, boolean indent) {
        try {
            return format(json, colour, indent);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void severalTopLevelValuesAreFormattedInTurn() throws IOException {
        assertThat(format("{\"a\":1}\n{\"a\":2}\n", false, false)).isEqualTo("{\"a\":1}\n{\"a\":2}\n");
    }

    @Test
    void deepNestingNeedsNoRecursion() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(format(deep, false, false)).hasSize(200_001);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"a\": [1, 2,, 3]}      | unexpected ',' at line 1, column 13",
                "{\"a\" 1}                | expected ':' after a name, found '1' at line 1, column 6",
                "{a: 1}                   | expected a name in quotes, found 'a' at line 1, column 2",
                "[1, 2                    | unexpected end of the body at line 1, column 5",
                "[01]                     | unexpected '1' in a number at line 1, column 3",
                "[tru]                    | expected 'true' at line 1, column 5",
                "`[\"a\\x\"]`             | bad escape \\x at line 1, column 5",
                "`{\"a\":\n  [1}`         | expected ',' or ']', found '}' at line 2, column 5",
            })
    void errorsNameTheLineAndColumn(String json, String message) {
        assertThatThrownBy(() -> format(json, false, true))
                .isInstanceOf(JsonInput.SyntaxError.class)
                .hasMessage(message);
    }

    @Test
    void multiByteCharactersSurviveChunkBoundaries() throws IOException {
        String text = "\"" + "é".repeat(70_000) + "\"";
        assertThat(format(text, false, true)).isEqualTo(text + "\n");
    }
}
