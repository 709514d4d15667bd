package dev.restsh.shell.inspect;

import java.math.BigDecimal;
import java.util.List;

/**
 * A string, indexed and sliced in place by characters as Python counts them (an emoji is one), never as a list of
 * characters: {@code response.text[0:10]} on a large body.
 */
record StrValue(String text) implements Inspectable {
    private static final List<String> METHODS = List.of("endswith", "lower", "startswith", "strip", "upper");

    @Override
    public String typeName() {
        return "str";
    }

    @Override
    public List<String> attributes() {
        return METHODS;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "lower" -> BoundMethod.of(typeName(), name, text::toLowerCase);
            case "upper" -> BoundMethod.of(typeName(), name, text::toUpperCase);
            case "strip" -> BoundMethod.of(typeName(), name, text::strip);
            case "startswith" ->
                new BoundMethod(
                        typeName(), name, 1, args -> text.startsWith(String.valueOf(Values.plain(args.get(0)))));
            case "endswith" ->
                new BoundMethod(typeName(), name, 1, args -> text.endsWith(String.valueOf(Values.plain(args.get(0)))));
            default -> throw noAttribute(name);
        };
    }

    @Override
    public String repr() {
        return text;
    }

    @Override
    public int len() {
        return text.codePointCount(0, text.length());
    }

    @Override
    public Object getItem(Object key) {
        Object plain = Values.plain(key);
        int size = len();
        if (plain instanceof Slice slice) {
            int[] bounds = slice.bounds(size);
            return substring(bounds[0], bounds[1]);
        }
        if (!(plain instanceof BigDecimal number)) {
            throw new ExpressionException("'str' indices must be integers, not " + Values.typeName(key), -1);
        }
        int at = number.intValue() < 0 ? size + number.intValue() : number.intValue();
        if (at < 0 || at >= size) {
            throw new ExpressionException("index " + number + " out of range (length " + size + ")", -1);
        }
        return substring(at, at + 1);
    }

    /** The characters from {@code start} to {@code end}, counted as {@link #len} does, never half a pair. */
    private String substring(int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    @Override
    public boolean contains(Object item) {
        if (!(Values.plain(item) instanceof String needle)) {
            throw new ExpressionException("'in <str>' needs a string on the left", -1);
        }
        return text.contains(needle);
    }

    @Override
    public boolean truthy() {
        return !text.isEmpty();
    }
}
