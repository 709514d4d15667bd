package dev.restsh.shell.inspect;

/** The key of {@code x[start:stop:step]}: any part may be null, as in Python. */
record Slice(Object start, Object stop, Object step) {
    /** The indices the slice selects in a sequence of this length, as Python's slice.indices computes them. */
    int[] indices(int size) {
        int by = step == null || Values.plain(step) == null ? 1 : integer(step);
        if (by == 0) {
            throw new ExpressionException("ValueError: slice step cannot be zero", -1);
        }
        int from = bound(start, by > 0 ? 0 : size - 1, size, by);
        int to = bound(stop, by > 0 ? size : -1, size, by);
        int count = by > 0 ? Math.max(0, (to - from + by - 1) / by) : Math.max(0, (from - to - by - 1) / -by);
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            indices[i] = from + i * by;
        }
        return indices;
    }

    private static int bound(Object value, int fallback, int size, int step) {
        if (value == null || Values.plain(value) == null) {
            return fallback;
        }
        long at = integer(value);
        if (at < 0) {
            at += size;
            if (at < 0) {
                return step < 0 ? -1 : 0;
            }
        } else if (at >= size) {
            return step < 0 ? size - 1 : size;
        }
        return (int) at;
    }

    private static int integer(Object value) {
        Object plain = Values.plain(value);
        if (!Numbers.isInteger(plain)) {
            throw new ExpressionException(
                    "TypeError: slice indices must be integers or None or have an __index__ method", -1);
        }
        java.math.BigInteger number = Numbers.integer(plain);
        return number.bitLength() > 31
                ? (number.signum() < 0 ? Integer.MIN_VALUE / 2 : Integer.MAX_VALUE / 2)
                : number.intValue();
    }

    /** The index {@code key} names in a sequence of this length, or an IndexError naming the kind. */
    static int index(Object key, int size, String kind) {
        Object plain = Values.plain(key);
        if (!Numbers.isInteger(plain)) {
            throw new ExpressionException(
                    "TypeError: " + kind + " indices must be integers or slices, not " + Values.typeName(key), -1);
        }
        java.math.BigInteger number = Numbers.integer(plain);
        long at = number.bitLength() > 62 ? Long.MAX_VALUE : number.longValue();
        if (at < 0) {
            at += size;
        }
        if (at < 0 || at >= size) {
            String name = kind.equals("str") ? "string" : kind;
            throw new ExpressionException("IndexError: " + name + " index out of range (length " + size + ")", -1);
        }
        return (int) at;
    }
}
