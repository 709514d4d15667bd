package dev.restsh.shell.inspect;

import dev.restsh.shell.http.Headers;
import java.util.ArrayList;
import java.util.List;

/** {@code response.headers}: a case-insensitive mapping, indexed as {@code headers['content-type']}. */
public record HeadersObject(Headers headers) implements Inspectable {
    @Override
    public String typeName() {
        return "CaseInsensitiveDict";
    }

    @Override
    public List<String> attributes() {
        List<String> names = new ArrayList<>(headers.asMap().keySet());
        names.sort(null);
        return names;
    }

    @Override
    public List<String> namesAfterDot() {
        return MappingValue.METHODS;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "keys" ->
                BoundMethod.of(
                        typeName(), name, () -> List.copyOf(headers.asMap().keySet()));
            case "values" ->
                BoundMethod.of(
                        typeName(), name, () -> List.copyOf(headers.asMap().values()));
            case "items" ->
                BoundMethod.of(
                        typeName(),
                        name,
                        () -> headers.asMap().entrySet().stream()
                                .map(entry -> (Object) new Tuple(List.of(entry.getKey(), entry.getValue())))
                                .toList());
            case "get" ->
                BoundMethod.between(typeName(), name, 1, 2, args -> {
                    String value = Values.plain(args.get(0)) instanceof String key ? get(key) : null;
                    return value != null ? value : args.size() > 1 ? args.get(1) : null;
                });
            default ->
                throw new ExpressionException(
                        "AttributeError: '" + typeName() + "' object has no attribute '" + name
                                + "'; index it: headers['" + name + "']",
                        -1);
        };
    }

    /** The value of a header, repeated fields joined with ", "; null when absent. */
    public String get(String name) {
        List<String> values = headers.all(name);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    @Override
    public String repr() {
        return PythonRepr.of(headers.asMap());
    }

    @Override
    public int len() {
        return headers.size();
    }

    @Override
    public Object getItem(Object key) {
        if (!(Values.plain(key) instanceof String name)) {
            throw new ExpressionException("KeyError: " + PythonRepr.of(key) + "; header names are strings", -1);
        }
        String value = get(name);
        if (value == null) {
            throw new ExpressionException(
                    "KeyError: " + PythonRepr.string(name) + " (no such header)" + Suggestions.hint(name, attributes()),
                    -1);
        }
        return value;
    }

    @Override
    public java.util.Iterator<Object> iterator() {
        return new java.util.ArrayList<Object>(headers.asMap().keySet()).iterator();
    }

    @Override
    public boolean truthy() {
        return headers.size() > 0;
    }

    @Override
    public boolean contains(Object item) {
        return Values.plain(item) instanceof String name && get(name) != null;
    }
}
