package dev.restsh.shell.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.restsh.shell.Console;
import dev.restsh.shell.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Expression values as JSON go through the body's formatter, to the console's byte stream when it has one. */
class ValueRendererTest {
    private final StringWriter text = new StringWriter();
    private final Console console =
            new Console(new PrintWriter(text), new PrintWriter(new StringWriter()), false, false);

    @Test
    void aJsonValueIsWrittenAsBytesToTheConsolesStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        console.redirect(new PrintWriter(text), bytes);
        new ValueRenderer(console).render(Json.parse("{\"city\": \"東京\", \"n\": [1]}"));
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("{\n    \"city\": \"東京\",\n    \"n\": [\n        1\n    ]\n}\n");
        assertThat(text.toString()).isEmpty();
    }

    /** {@code print _.json() | head -1}: the reader left, the rest is dropped without an error. */
    @Test
    void outputNobodyReadsIsDroppedQuietly() {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        console.redirect(new PrintWriter(text), closed);
        assertThatCode(() -> new ValueRenderer(console).render(Json.parse("[\"" + "x".repeat(1 << 17) + "\"]")))
                .doesNotThrowAnyException();
    }
}
