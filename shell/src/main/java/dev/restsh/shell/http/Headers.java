package dev.restsh.shell.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Ordered HTTP header fields with case-insensitive lookup, as received or as sent. */
public final class Headers {
    public record Field(String name, String value) {}

    private final List<Field> fields = new ArrayList<>();

    public static Headers of(Map<String, List<String>> map) {
        Headers headers = new Headers();
        map.forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
        return headers;
    }

    public Headers copy() {
        Headers copy = new Headers();
        copy.fields.addAll(fields);
        return copy;
    }

    public Headers add(String name, String value) {
        fields.add(new Field(name, value));
        return this;
    }

    /** Replaces every field of that name by one with the given value. */
    public Headers set(String name, String value) {
        remove(name);
        return add(name, value);
    }

    public Headers remove(String name) {
        fields.removeIf(field -> field.name().equalsIgnoreCase(name));
        return this;
    }

    public Optional<String> first(String name) {
        return fields.stream()
                .filter(field -> field.name().equalsIgnoreCase(name))
                .map(Field::value)
                .findFirst();
    }

    public List<String> all(String name) {
        return fields.stream()
                .filter(field -> field.name().equalsIgnoreCase(name))
                .map(Field::value)
                .toList();
    }

    public boolean contains(String name) {
        return first(name).isPresent();
    }

    public List<Field> fields() {
        return Collections.unmodifiableList(fields);
    }

    /** The fields merged by lower-case name, repeated values joined with ", " as requests does. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Field field : fields) {
            map.merge(field.name().toLowerCase(Locale.ROOT), field.value(), (a, b) -> a + ", " + b);
        }
        return map;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public int size() {
        return asMap().size();
    }
}
