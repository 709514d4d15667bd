package dev.restsh.shell.inspect;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** A set: {@code {1, 2}}, {@code set(x)}; it keeps the order items came in (Python's order is its hash's). */
final class SetValue implements Inspectable {
    private final Map<Object, Object> items = new LinkedHashMap<>();

    void add(Object item) {
        Object key = Values.hashKey(item);
        if (!items.containsKey(key)) {
            Budget.current().items(1);
            items.put(key, item);
        }
    }

    @Override
    public String typeName() {
        return "set";
    }

    @Override
    public String repr() {
        if (items.isEmpty()) {
            return "set()";
        }
        StringBuilder out = new StringBuilder();
        PythonRepr.items(out, "{", iterator(), "}");
        return out.toString();
    }

    @Override
    public int len() {
        return items.size();
    }

    @Override
    public boolean contains(Object item) {
        return items.containsKey(Values.hashKey(item));
    }

    @Override
    public Iterator<Object> iterator() {
        return items.values().iterator();
    }

    @Override
    public boolean truthy() {
        return !items.isEmpty();
    }
}
