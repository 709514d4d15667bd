package dev.restsh.shell.inspect;

import java.util.Iterator;

/** A lazy iterator: a generator expression, {@code map}, {@code filter}, {@code zip}, {@code enumerate}… */
final class IteratorValue implements Inspectable {
    private final String typeName;
    private final Iterator<Object> items;

    IteratorValue(String typeName, Iterator<Object> items) {
        this.typeName = typeName;
        this.items = items;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public String repr() {
        return "<" + typeName + " object>";
    }

    @Override
    public Iterator<Object> iterator() {
        return items;
    }
}
