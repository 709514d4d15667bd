package dev.restsh.shell.inspect;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** What lists and tuples share: indexing, slicing with steps, iteration, {@code index()} and {@code count()}. */
abstract class SequenceValue implements Inspectable {
    static final List<String> METHODS = List.of("count", "index");

    abstract Object get(int at);

    /** A sequence of the same kind holding these items (a slice of a JSON array stays a list). */
    abstract Object make(List<Object> items);

    @Override
    public List<String> attributes() {
        return METHODS;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "count" ->
                new BoundMethod(typeName(), name, 1, args -> {
                    long count = 0;
                    for (int i = 0, size = len(); i < size; i++) {
                        count += Values.equal(get(i), args.get(0)) ? 1 : 0;
                    }
                    return BigInteger.valueOf(count);
                });
            case "index" ->
                new BoundMethod(typeName(), name, 1, args -> {
                    for (int i = 0, size = len(); i < size; i++) {
                        if (Values.equal(get(i), args.get(0))) {
                            return BigInteger.valueOf(i);
                        }
                    }
                    throw new ExpressionException(
                            "ValueError: " + PythonRepr.of(args.get(0)) + " is not in " + typeName(), -1);
                });
            default -> throw noAttribute(name);
        };
    }

    @Override
    public Object getItem(Object key) {
        if (Values.plain(key) instanceof Slice slice) {
            int[] indices = slice.indices(len());
            Budget.current().items(indices.length);
            List<Object> items = new ArrayList<>(indices.length);
            for (int at : indices) {
                items.add(get(at));
            }
            return make(items);
        }
        return get(Slice.index(key, len(), typeName()));
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < len();
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return get(next++);
            }
        };
    }

    @Override
    public boolean truthy() {
        return len() > 0;
    }
}
