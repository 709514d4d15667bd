package dev.restsh.shell.inspect;

/** The key of {@code x[start:stop]}: either bound may be null (from the start, to the end). */
record Slice(Object start, Object stop) {
    /** The bounds resolved against a length, clamped as Python clamps them: {@code [from, to)}. */
    int[] bounds(int size) {
        int from = bound(start, 0, size);
        return new int[] {from, Math.max(from, bound(stop, size, size))};
    }

    private static int bound(Object value, int fallback, int size) {
        Object plain = Values.plain(value);
        if (plain == null) {
            return fallback;
        }
        if (!(plain instanceof java.math.BigDecimal number)) {
            throw new ExpressionException("slice indices must be integers", -1);
        }
        int at = number.intValue() < 0 ? size + number.intValue() : number.intValue();
        return Math.max(0, Math.min(size, at));
    }
}
