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
    public Object attribute(String name) {
        return switch (name) {
            case "keys" ->
                BoundMethod.of(
                        typeName(), name, () -> List.copyOf(headers.asMap().keySet()));
            case "values" ->
                BoundMethod.of(
                        typeName(), name, () -> List.copyOf(headers.asMap().values()));
            case "get" -> new BoundMethod(typeName(), name, 1, args -> get(String.valueOf(Values.plain(args.get(0)))));
            default ->
                throw new ExpressionException(
                        "'" + typeName() + "' has no attribute '" + name + "'; index it: headers['" + name + "']", -1);
        };
    }

    /** The value of a header, repeated fields joined with ", "; null when absent. */
    public String get(String name) {
        List<String> values = headers.all(name);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    @Override
    public String repr() {
        return headers.asMap().toString();
    }
}
