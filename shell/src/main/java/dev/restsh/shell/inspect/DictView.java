package dev.restsh.shell.inspect;

import java.util.Iterator;

/** {@code d.keys()}, {@code d.values()}, {@code d.items()}: live views that iterate and print as Python's. */
record DictView(String kind, MappingValue dict) implements Inspectable {
    @Override
    public String typeName() {
        return "dict_" + kind;
    }

    @Override
    public String repr() {
        StringBuilder out = new StringBuilder(typeName());
        PythonRepr.items(out, "([", iterator(), "])");
        return out.toString();
    }

    @Override
    public int len() {
        return dict.len();
    }

    @Override
    public boolean contains(Object item) {
        if (kind.equals("keys")) {
            return dict.has(item);
        }
        return Inspectable.super.contains(item);
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<Object> keys = dict.keys().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return keys.hasNext();
            }

            @Override
            public Object next() {
                Object key = keys.next();
                return switch (kind) {
                    case "keys" -> key;
                    case "values" -> dict.lookup(key);
                    default -> new Tuple(java.util.Arrays.asList(key, dict.lookup(key)));
                };
            }
        };
    }

    @Override
    public boolean truthy() {
        return len() > 0;
    }
}
