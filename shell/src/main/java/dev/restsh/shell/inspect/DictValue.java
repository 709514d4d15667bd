package dev.restsh.shell.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A JSON object or a dict ({@code cookies}, {@code links}): string keys, looked up without listing them. */
final class DictValue implements Inspectable {
    private static final List<String> METHODS = List.of("get", "items", "keys", "values");

    private final JsonNode node;
    private final Map<?, ?> map;

    DictValue(JsonNode node) {
        this.node = node;
        this.map = null;
    }

    DictValue(Map<?, ?> map) {
        this.node = null;
        this.map = map;
    }

    @Override
    public String typeName() {
        return "dict";
    }

    /** The keys, in order: what {@code dir()} of a dict lists in restsh (Python lists its methods). */
    @Override
    public List<String> attributes() {
        return keys();
    }

    List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (node != null) {
            node.fieldNames().forEachRemaining(keys::add);
        } else {
            map.keySet().forEach(key -> keys.add(String.valueOf(key)));
        }
        return keys;
    }

    boolean has(String key) {
        return node != null ? node.has(key) : map.containsKey(key);
    }

    Object lookup(String key) {
        return node != null ? node.get(key) : map.get(key);
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "keys" -> BoundMethod.of(typeName(), name, this::keys);
            case "values" ->
                BoundMethod.of(
                        typeName(),
                        name,
                        () -> keys().stream().map(this::lookup).toList());
            case "items" ->
                BoundMethod.of(
                        typeName(),
                        name,
                        () -> keys().stream()
                                .map(key -> List.of(key, lookup(key)))
                                .toList());
            case "get" ->
                new BoundMethod(typeName(), name, 1, args -> {
                    String key = String.valueOf(Values.plain(args.get(0)));
                    return has(key) ? lookup(key) : null;
                });
            default ->
                throw new ExpressionException(
                        "'" + typeName() + "' has no attribute '" + name + "'" + Suggestions.hint(name, METHODS), -1);
        };
    }

    @Override
    public String repr() {
        return String.valueOf(node != null ? node : map);
    }

    @Override
    public int len() {
        return node != null ? node.size() : map.size();
    }

    @Override
    public Object getItem(Object key) {
        if (!(Values.plain(key) instanceof String name)) {
            throw new ExpressionException("keys are strings: use ['name']", -1);
        }
        if (!has(name)) {
            // The key list is built only here, for the message.
            List<String> keys = keys();
            throw new ExpressionException(
                    "no key '" + name + "'" + Suggestions.hint(name, keys)
                            + (keys.isEmpty() ? " (it is empty)" : " (keys: " + String.join(", ", keys) + ")"),
                    -1);
        }
        return lookup(name);
    }

    @Override
    public boolean contains(Object item) {
        return has(String.valueOf(Values.plain(item)));
    }

    @Override
    public boolean truthy() {
        return len() > 0;
    }
}
