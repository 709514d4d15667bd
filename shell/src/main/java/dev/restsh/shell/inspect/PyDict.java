package dev.restsh.shell.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A dict built by an expression ({@code {'a': 1}}, a comprehension, {@code dict(...)}): any hashable keys. */
final class PyDict extends MappingValue {
    private final Map<Object, Object[]> entries = new LinkedHashMap<>();

    /** Adds or replaces an entry; the first key stays, as in Python. */
    void put(Object key, Object value) {
        Object[] entry = entries.get(Values.hashKey(key));
        if (entry != null) {
            entry[1] = value;
        } else {
            Budget.current().items(1);
            entries.put(Values.hashKey(key), new Object[] {key, value});
        }
    }

    @Override
    List<Object> keys() {
        List<Object> keys = new ArrayList<>(entries.size());
        entries.values().forEach(entry -> keys.add(entry[0]));
        return keys;
    }

    @Override
    boolean has(Object key) {
        return entries.containsKey(Values.hashKey(key));
    }

    @Override
    Object lookup(Object key) {
        return entries.get(Values.hashKey(key))[1];
    }

    @Override
    public int len() {
        return entries.size();
    }
}
