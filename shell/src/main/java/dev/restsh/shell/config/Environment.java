package dev.restsh.shell.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restsh.shell.RestshException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One named environment as its file gives it: {@code base}, {@code headers}, {@code auth}, {@code vars},
 * {@code cert}, {@code cert-key}, {@code cert-key-pass}, {@code proxy}, {@code validate}. Values are kept as written ({@code
 * ${env:NAME}} and {@code ${cmd:COMMAND}} are resolved when it is used; {@code auth} by {@link EnvironmentAuth}).
 */
public record Environment(String name, List<Path> sources, ObjectNode values) {
    static final List<String> KEYS =
            List.of("base", "headers", "auth", "vars", "cert", "cert-key", "cert-key-pass", "proxy", "validate");
    private static final List<String> TABLES = List.of("headers", "auth", "vars");

    static Environment of(String name, Path source, ObjectNode values) {
        Iterator<String> keys = values.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                throw RestshException.usage(source + ": [" + name + "]: unknown key '" + key + "' (known: "
                        + String.join(", ", KEYS) + ")");
            }
            boolean table = values.get(key).isObject();
            if (TABLES.contains(key) != table) {
                throw RestshException.usage(source + ": [" + name + "]: " + key + " must be "
                        + (table ? "a string" : "a table, e.g. " + key + " = { name = \"value\" }"));
            }
        }
        return new Environment(name, List.of(source), values);
    }

    /**
     * This environment with {@code later}'s keys over its own: tables merged key by key, except an {@code auth} of
     * another scheme, which replaces this one's (a project's {@code oauth2} table with a personal
     * {@code client-secret} merges; a personal {@code basic} replaces a shared {@code bearer}).
     */
    Environment over(Environment later) {
        ObjectNode merged = values.deepCopy();
        later.values.fields().forEachRemaining(entry -> {
            JsonNode mine = merged.get(entry.getKey());
            boolean otherScheme = entry.getKey().equals("auth")
                    && mine != null
                    && !fieldNames(mine).equals(fieldNames(entry.getValue()));
            if (!otherScheme && mine instanceof ObjectNode table && entry.getValue() instanceof ObjectNode theirs) {
                merge(table, theirs);
            } else {
                merged.set(entry.getKey(), entry.getValue());
            }
        });
        List<Path> both = new ArrayList<>(sources);
        both.addAll(later.sources);
        return new Environment(name, List.copyOf(both), merged);
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        from.fields().forEachRemaining(entry -> {
            if (into.get(entry.getKey()) instanceof ObjectNode table && entry.getValue() instanceof ObjectNode theirs) {
                merge(table, theirs);
            } else {
                into.set(entry.getKey(), entry.getValue());
            }
        });
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A string value, or null when absent. */
    public String text(String key) {
        JsonNode value = values.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A table's entries as strings (empty when absent). */
    public Map<String, String> table(String key) {
        Map<String, String> entries = new LinkedHashMap<>();
        JsonNode table = values.get(key);
        if (table != null) {
            table.fields()
                    .forEachRemaining(entry ->
                            entries.put(entry.getKey(), entry.getValue().asText()));
        }
        return entries;
    }
}
