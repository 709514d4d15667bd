package dev.restsh.shell.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.Console;
import dev.restsh.shell.inspect.BoundMethod;
import dev.restsh.shell.inspect.HeadersObject;
import dev.restsh.shell.inspect.Inspectable;
import dev.restsh.shell.inspect.PythonRepr;
import dev.restsh.shell.json.Json;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Prints the value of an inspection expression: JSON values as (pretty, coloured) JSON, Python-style names for
 * objects ({@code <Response [200]>}), attribute strings as they are.
 */
public final class ValueRenderer {
    private static final int BYTES_SHOWN = 2000;

    private final Console console;
    private final JsonTreePrinter json;

    public ValueRenderer(Console console) {
        this.console = console;
        this.json = new JsonTreePrinter(console.colour(), true);
    }

    /** Prints a value; JSON goes to the console's byte stream as it is formatted (a large value starts at once). */
    public void render(Object value) {
        PrintWriter out = console.out();
        JsonNode tree = asJson(value);
        if (tree == null) {
            // A string from the response (text, a header) may hold control characters: visible on a terminal.
            out.print(console.escapes() ? TerminalText.visible(format(value)) : format(value));
        } else {
            boolean flattened = json.show(tree, out, console.outStream());
            out.flush();
            if (flattened) {
                console.warn(JsonStreamFormatter.flattenedNotice("the value"));
            }
        }
        out.flush();
    }

    /** The printed form of a value, ending with a newline. */
    public String format(Object value) {
        JsonNode tree = asJson(value);
        if (tree != null) {
            return json.format(tree);
        }
        String text = inline(value);
        return text.endsWith("\n") ? text : text + "\n";
    }

    /** The value as a JSON tree when it is printed as JSON (a JSON value, headers, a dict), else null. */
    private static JsonNode asJson(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof HeadersObject headers) {
            return Json.mapper().valueToTree(headers.headers().asMap());
        }
        if (value instanceof Map<?, ?> map) {
            return Json.mapper().valueToTree(map);
        }
        return null;
    }

    /** One-line Python-like form, used for list elements too. */
    private String inline(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof BigInteger || value instanceof Double || value instanceof List) {
            return PythonRepr.of(value);
        }
        if (value instanceof Duration duration) {
            return Sizes.timedelta(duration);
        }
        if (value instanceof byte[] bytes) {
            return bytesLiteral(bytes);
        }
        if (value instanceof Inspectable inspectable) {
            return inspectable.repr();
        }
        if (value instanceof BoundMethod method) {
            return method.toString();
        }
        if (value instanceof JsonNode node) {
            return node.toString();
        }
        return String.valueOf(value);
    }

    /** Python's bytes literal, cut after a screenful: {@code b'{"results": ...}'}. */
    private static String bytesLiteral(byte[] bytes) {
        StringBuilder out = new StringBuilder("b'");
        int shown = Math.min(bytes.length, BYTES_SHOWN);
        for (int i = 0; i < shown; i++) {
            int b = bytes[i] & 0xff;
            switch (b) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (b >= 0x20 && b < 0x7f) {
                        out.append((char) b);
                    } else {
                        out.append(String.format("\\x%02x", b));
                    }
                }
            }
        }
        out.append('\'');
        if (bytes.length > shown) {
            out.append(" ... (").append(bytes.length).append(" bytes; save FILE writes them all)");
        }
        return out.toString();
    }
}
