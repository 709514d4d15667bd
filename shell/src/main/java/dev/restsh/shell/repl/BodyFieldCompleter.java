package dev.restsh.shell.repl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.openapi.Operation;
import dev.restsh.shell.openapi.SchemaShape;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;

/**
 * Completes JSON body items from the operation's request schema: field names with the item syntax their type
 * needs ({@code label=} for strings, {@code count:=} for numbers, booleans and arrays, {@code source[} for
 * objects, whose fields are then offered as {@code source[name]=}, to any depth), required fields first, each
 * with its type as the description; then a field's enum values after {@code =} ({@code true}/{@code false}
 * after {@code :=} for a boolean).
 */
final class BodyFieldCompleter {
    /** Sort keys: JLine lists lower first, so required fields come before the others. */
    private static final int REQUIRED_FIRST = 0;

    private static final int OPTIONAL_AFTER = 1;

    private BodyFieldCompleter() {}

    /** Field names at the nesting level the word is at ({@code source[} → the fields of source). */
    static void names(Operation operation, String word, List<Candidate> candidates) {
        JsonNode schema = operation.detail().bodySchema();
        if (schema == null || !jsonBody(operation)) {
            return;
        }
        int open = word.lastIndexOf('[');
        String prefix = open < 0 ? "" : word.substring(0, open + 1);
        JsonNode level = open < 0 ? schema : SchemaShape.property(schema, path(word.substring(0, open)));
        if (level == null) {
            return;
        }
        for (SchemaShape.Field field : SchemaShape.fields(level)) {
            String name = open < 0 ? field.name() : field.name() + "]";
            String value = prefix + name + syntax(field.schema());
            candidates.add(new Candidate(
                    value,
                    value,
                    "body",
                    describe(field),
                    null,
                    null,
                    false,
                    field.required() ? REQUIRED_FIRST : OPTIONAL_AFTER));
        }
    }

    /** A field's allowed values after {@code field=} or {@code field:=}; nothing when any value goes. */
    static void values(Operation operation, String word, List<Candidate> candidates) {
        JsonNode schema = operation.detail().bodySchema();
        int equals = word.indexOf('=');
        if (schema == null || equals <= 0 || !jsonBody(operation)) {
            return;
        }
        boolean raw = word.charAt(equals - 1) == ':';
        String key = word.substring(0, raw ? equals - 1 : equals);
        JsonNode field = SchemaShape.property(schema, path(key));
        List<String> values = SchemaShape.enumValues(field);
        if (values.isEmpty() && raw && "boolean".equals(SchemaShape.type(field))) {
            values = List.of("true", "false");
        }
        String head = word.substring(0, equals + 1);
        for (String value : values) {
            candidates.add(new Candidate(head + value, value, "values", null, null, null, true));
        }
    }

    /** The names in {@code a[b][0][c]}: a, b, c (array positions are stepped through, not named). */
    static List<String> path(String key) {
        List<String> names = new ArrayList<>();
        for (String part : key.split("[\\[\\]]+")) {
            if (!part.isEmpty() && !part.chars().allMatch(Character::isDigit)) {
                names.add(part);
            }
        }
        return names;
    }

    private static boolean jsonBody(Operation operation) {
        String type = operation.detail().bodyMediaType();
        return type != null && (type.contains("json") || type.equals("*/*"));
    }

    /** {@code =} sends a string; {@code :=} raw JSON; {@code [} opens an object's fields. */
    private static String syntax(JsonNode schema) {
        String type = SchemaShape.type(schema);
        if (type == null && !SchemaShape.alternatives(schema).isEmpty()) {
            type = "object";
        }
        if (type == null || type.equals("string")) {
            return "=";
        }
        return type.equals("object") ? "[" : ":=";
    }

    private static String describe(SchemaShape.Field field) {
        StringBuilder text = new StringBuilder(field.type());
        if (field.required()) {
            text.append(" required");
        }
        if (field.alternative() != null) {
            text.append(" (").append(field.alternative()).append(')');
        }
        if (!field.description().isEmpty()) {
            text.append(" - ").append(field.description());
        }
        return text.toString();
    }
}
