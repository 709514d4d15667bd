package dev.restsh.shell.inspect;

import java.util.List;

/** A tuple: {@code (200, 201)}, the pairs of {@code items()}, {@code enumerate} and {@code zip}. */
final class Tuple extends SequenceValue {
    private final List<Object> items;

    Tuple(List<Object> items) {
        this.items = items;
    }

    List<Object> items() {
        return items;
    }

    @Override
    public String typeName() {
        return "tuple";
    }

    @Override
    public String repr() {
        StringBuilder out = new StringBuilder();
        PythonRepr.items(out, "(", items.iterator(), items.size() == 1 ? ",)" : ")");
        return out.toString();
    }

    @Override
    public int len() {
        return items.size();
    }

    @Override
    Object get(int at) {
        return items.get(at);
    }

    @Override
    Object make(List<Object> slice) {
        return new Tuple(slice);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tuple tuple && Values.equal(this, tuple);
    }

    @Override
    public int hashCode() {
        return Values.hashKey(this).hashCode();
    }
}
