package dev.restsh.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Fuzzing the byte-level printers with arbitrary bytes: nothing but a syntax error, and nothing raw left over. */
class TerminalBytesFuzzTest {
    private static byte[] escaped(byte[] input, int split) throws IOException {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        ByteSink sink = new ByteSink(new PrintWriter(Writer.nullWriter()), shown);
        TerminalBytes safe = new TerminalBytes(sink);
        int cut = Math.min(split, input.length);
        safe.write(input, 0, cut);
        safe.write(input, cut, input.length - cut);
        safe.finish();
        sink.flush();
        return shown.toByteArray();
    }

    @Property(tries = 2000)
    void noControlByteOrInvalidUtf8SurvivesAndWhereTheInputIsCutDoesNotMatter(
            @ForAll @Size(max = 200) byte[] input, @ForAll @IntRange(max = 200) int split) throws IOException {
        byte[] shown = escaped(input, split);
        assertThat(shown).isEqualTo(escaped(input, input.length));
        String text = new String(shown, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(text))
                .isTrue();
        assertThat(text.replace("\r\n", "\n")
                        .chars()
                        .filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f))
                .isEmpty();
    }

    @Property(tries = 2000)
    void theJsonFormatterOnlyEverFailsWithASyntaxError(@ForAll @Size(max = 200) byte[] input) throws IOException {
        for (boolean forTerminal : new boolean[] {false, true}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                new JsonStreamFormatter(
                                new ByteArrayInputStream(input),
                                new ByteSink(new PrintWriter(Writer.nullWriter()), out),
                                true,
                                true,
                                forTerminal)
                        .format();
            } catch (JsonInput.SyntaxError expected) {
                // invalid JSON is reported, never anything else
            }
        }
    }

    @Property(tries = 500)
    void validJsonFormatsToTheSameDocument(@ForAll("json") String json) throws IOException {
        String formatted = JsonStreamFormatterTest.format(json, false, false).strip();
        assertThat(dev.restsh.shell.json.Json.parse(formatted)).isEqualTo(dev.restsh.shell.json.Json.parse(json));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> json() {
        net.jqwik.api.Arbitrary<String> leaf = net.jqwik.api.Arbitraries.oneOf(
                net.jqwik.api.Arbitraries.integers().map(String::valueOf),
                net.jqwik.api.Arbitraries.strings()
                        .ofMaxLength(8)
                        .map(s -> com.fasterxml.jackson.databind.node.TextNode.valueOf(s)
                                .toString()),
                net.jqwik.api.Arbitraries.of("true", "false", "null", "-1.5e+3"));
        return net.jqwik.api.Arbitraries.recursive(
                () -> leaf,
                inner -> net.jqwik.api.Arbitraries.oneOf(
                        inner.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]"),
                        inner.list().ofMaxSize(4).map(items -> {
                            StringBuilder object = new StringBuilder("{");
                            for (int i = 0; i < items.size(); i++) {
                                object.append(i == 0 ? "" : ",")
                                        .append("\"k")
                                        .append(i)
                                        .append("\":")
                                        .append(items.get(i));
                            }
                            return object.append('}').toString();
                        })),
                4);
    }
}
