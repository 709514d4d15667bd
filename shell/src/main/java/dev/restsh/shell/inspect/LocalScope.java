package dev.restsh.shell.inspect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The names a lambda's parameters or a comprehension's {@code for} bind, in front of the enclosing scope. */
record LocalScope(Map<String, Object> bound, Scope parent) implements Scope {
    @Override
    public Optional<Object> lookup(String name) {
        if (bound.containsKey(name)) {
            return Optional.ofNullable(bound.get(name)).or(() -> Optional.of(NONE));
        }
        return parent.lookup(name);
    }

    @Override
    public Collection<String> names() {
        List<String> all = new ArrayList<>(bound.keySet());
        all.addAll(parent.names());
        return all;
    }

    /** Stands for a bound None, which an Optional cannot hold. */
    static final Object NONE = new Object();
}
