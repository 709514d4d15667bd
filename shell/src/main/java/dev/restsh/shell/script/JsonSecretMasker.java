package dev.restsh.shell.script;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.session.Secrets;
import java.io.IOException;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Masks the values of secret fields in a JSON text typed on a line ({@code send {"password":"x"}}, {@code
 * creds:='{"token":"t"}'}, curl's {@code -d '{…}'}): each scalar value of a field named like a secret becomes the
 * JSON string {@code "{{NAME}}"}, so the line stays valid JSON and replays with the variable filled in. Everything
 * else is kept character for character, spacing included.
 */
final class JsonSecretMasker {
    private static final Pattern QUOTED_PLACEHOLDER = Pattern.compile("\"\\{\\{[^}]+}}\"");

    private JsonSecretMasker() {}

    /** True when the text is one JSON object or array. */
    static boolean isJson(String text) {
        String json = text.strip();
        if (!json.startsWith("{") && !json.startsWith("[")) {
            return false;
        }
        try (JsonParser parser = Json.factory().createParser(json)) {
            parser.nextToken();
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException notJson) {
            return false;
        }
    }

    /**
     * The text with its secret values replaced by {@code "{{NAME}}"} ({@code placeholder} gives {@code {{NAME}}}
     * for a field's name); the text itself when it is not one JSON object or array, or has no secret.
     */
    static String mask(String text, UnaryOperator<String> placeholder) {
        String json = text.strip();
        if (!json.startsWith("{") && !json.startsWith("[")) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        try (JsonParser parser = Json.factory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME && Secrets.isSecret(parser.currentName())) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value != null && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                        int start = (int) parser.currentTokenLocation().getCharOffset();
                        parser.getText(); // reads the whole token, so the location below is its end
                        int end = (int) parser.currentLocation().getCharOffset();
                        if (!QUOTED_PLACEHOLDER
                                .matcher(text.substring(start, end))
                                .matches()) {
                            out.append(text, copied, start)
                                    .append('"')
                                    .append(placeholder.apply(name))
                                    .append('"');
                            copied = end;
                        }
                    }
                }
            }
        } catch (IOException notJson) {
            return text;
        }
        return copied == 0 ? text : out.append(text.substring(copied)).toString();
    }
}
