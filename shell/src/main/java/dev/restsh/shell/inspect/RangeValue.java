package dev.restsh.shell.inspect;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** {@code range(…)}: lazy, so {@code len(range(10**12))} is instant and only walking it costs. */
record RangeValue(long start, long stop, long step) implements Inspectable {
    @Override
    public String typeName() {
        return "range";
    }

    @Override
    public List<String> attributes() {
        return List.of("count", "index", "start", "step", "stop");
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "start" -> BigInteger.valueOf(start);
            case "stop" -> BigInteger.valueOf(stop);
            case "step" -> BigInteger.valueOf(step);
            default -> throw noAttribute(name);
        };
    }

    @Override
    public String repr() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }

    long size() {
        if (step > 0 && start < stop) {
            return (stop - start - 1) / step + 1;
        }
        if (step < 0 && start > stop) {
            return (start - stop - 1) / -step + 1;
        }
        return 0;
    }

    @Override
    public int len() {
        long size = size();
        if (size > Integer.MAX_VALUE) {
            throw new ExpressionException("OverflowError: Python int too large to convert to C ssize_t", -1);
        }
        return (int) size;
    }

    @Override
    public Object getItem(Object key) {
        if (Values.plain(key) instanceof Slice) {
            throw new ExpressionException("TypeError: restsh does not slice a range; use list(range(...))[a:b]", -1);
        }
        return BigInteger.valueOf(start + step * Slice.index(key, len(), "range object"));
    }

    @Override
    public boolean contains(Object item) {
        Object plain = Values.plain(item);
        if (!Numbers.isInteger(plain)) {
            return Inspectable.super.contains(item);
        }
        BigInteger value = Numbers.integer(plain);
        if (value.bitLength() > 63) {
            return false;
        }
        long v = value.longValue();
        boolean inside = step > 0 ? v >= start && v < stop : v <= start && v > stop;
        return inside && (v - start) % step == 0;
    }

    @Override
    public Iterator<Object> iterator() {
        long size = size();
        return new Iterator<>() {
            private long index;

            @Override
            public boolean hasNext() {
                return index < size;
            }

            @Override
            public Object next() {
                if (index >= size) {
                    throw new NoSuchElementException();
                }
                Budget.current().step();
                return BigInteger.valueOf(start + step * index++);
            }
        };
    }

    @Override
    public boolean truthy() {
        return size() > 0;
    }
}
