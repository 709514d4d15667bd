package dev.restsh.shell.inspect;

import java.util.Iterator;
import java.util.List;

/** What every dict shares, whatever holds its entries: indexing, {@code in}, iteration, the dict methods. */
abstract class MappingValue implements Inspectable {
    static final List<String> METHODS = List.of("get", "items", "keys", "values");

    /** The keys, in order, as Python values. */
    abstract List<Object> keys();

    abstract boolean has(Object key);

    /** The value of a key known to be there. */
    abstract Object lookup(Object key);

    @Override
    public String typeName() {
        return "dict";
    }

    /** The keys, in order: what {@code dir()} of a dict lists in restsh (Python lists its methods). */
    @Override
    public List<String> attributes() {
        return keys().stream().map(String::valueOf).toList();
    }

    @Override
    public List<String> namesAfterDot() {
        return METHODS;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "keys", "values", "items" -> BoundMethod.of(typeName(), name, () -> new DictView(name, this));
            case "get" ->
                BoundMethod.between(typeName(), name, 1, 2, args -> {
                    Object key = args.get(0);
                    return has(key) ? lookup(key) : args.size() > 1 ? args.get(1) : null;
                });
            default ->
                throw new ExpressionException(
                        "AttributeError: 'dict' object has no attribute '" + name + "'"
                                + Suggestions.hint(name, METHODS),
                        -1);
        };
    }

    @Override
    public String repr() {
        return PythonRepr.of(this);
    }

    @Override
    public Object getItem(Object key) {
        if (!has(key)) {
            // The key list is built only here, for the message.
            List<String> keys = attributes();
            String hint = Values.plain(key) instanceof String name ? Suggestions.hint(name, keys) : "";
            throw new ExpressionException(
                    "KeyError: " + PythonRepr.of(key) + hint
                            + (keys.isEmpty() ? " (it is empty)" : " (keys: " + String.join(", ", keys) + ")"),
                    -1);
        }
        return lookup(key);
    }

    @Override
    public boolean contains(Object item) {
        Values.hashKey(item); // a list or dict is unhashable, as in Python
        return has(item);
    }

    @Override
    public Iterator<Object> iterator() {
        return keys().iterator();
    }

    @Override
    public boolean truthy() {
        return len() > 0;
    }
}
