package dev.restsh.shell.inspect;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A string, indexed and sliced in place by characters as Python counts them (an emoji is one), never as a list of
 * characters: {@code response.text[0:10]} on a large body.
 */
record StrValue(String text) implements Inspectable {
    static final List<String> METHODS = List.of(
            "count",
            "encode",
            "endswith",
            "find",
            "format",
            "join",
            "lower",
            "lstrip",
            "partition",
            "replace",
            "rsplit",
            "rstrip",
            "split",
            "splitlines",
            "startswith",
            "strip",
            "upper");

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
        String owner = typeName();
        return switch (name) {
            case "lower" -> BoundMethod.of(owner, name, text::toLowerCase);
            case "upper" -> BoundMethod.of(owner, name, text::toUpperCase);
            case "strip", "lstrip", "rstrip" ->
                BoundMethod.between(
                        owner, name, 0, 1, args -> Strings.strip(text, name, args.isEmpty() ? null : args.get(0)));
            case "startswith", "endswith" ->
                BoundMethod.between(owner, name, 1, 1, args -> Strings.affix(text, name, args.get(0)));
            case "split", "rsplit" ->
                new BoundMethod(
                        owner,
                        name,
                        0,
                        2,
                        true,
                        (args, keywords) -> Strings.split(
                                text,
                                name.equals("rsplit"),
                                args.size() > 0 ? args.get(0) : keywords.get("sep"),
                                args.size() > 1
                                        ? args.get(1)
                                        : keywords.getOrDefault("maxsplit", BigInteger.ONE.negate())));
            case "join" -> new BoundMethod(owner, name, 1, args -> Strings.join(text, args.get(0)));
            case "replace" -> BoundMethod.between(owner, name, 2, 3, args -> Strings.replace(text, args));
            case "find" -> new BoundMethod(owner, name, 1, args -> Strings.find(text, Strings.text(args.get(0), name)));
            case "count" ->
                new BoundMethod(owner, name, 1, args -> Strings.count(text, Strings.text(args.get(0), name)));
            case "partition" ->
                new BoundMethod(owner, name, 1, args -> Strings.partition(text, Strings.text(args.get(0), name)));
            case "splitlines" ->
                new BoundMethod(
                        owner,
                        name,
                        0,
                        1,
                        true,
                        (args, keywords) -> Strings.splitlines(
                                text, Values.truthy(args.isEmpty() ? keywords.get("keepends") : args.get(0))));
            case "encode" -> BoundMethod.between(owner, name, 0, 2, args -> text.getBytes(StandardCharsets.UTF_8));
            case "format" ->
                new BoundMethod(owner, name, 0, -1, true, (args, keywords) -> Formats.format(text, args, keywords));
            default -> throw noAttribute(name);
        };
    }

    @Override
    public String repr() {
        return PythonRepr.string(text);
    }

    @Override
    public int len() {
        return text.codePointCount(0, text.length());
    }

    @Override
    public Object getItem(Object key) {
        if (Values.plain(key) instanceof Slice slice) {
            int[] indices = slice.indices(len());
            Budget.current().items(indices.length);
            boolean contiguous = indices.length == 0 || indices[indices.length - 1] - indices[0] == indices.length - 1;
            if (contiguous) {
                return indices.length == 0 ? "" : substring(indices[0], indices[0] + indices.length);
            }
            StringBuilder out = new StringBuilder();
            for (int at : indices) {
                out.append(substring(at, at + 1));
            }
            return out.toString();
        }
        int at = Slice.index(key, len(), "str");
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
            throw new ExpressionException(
                    "TypeError: 'in <string>' requires string as left operand, not " + Values.typeName(item), -1);
        }
        return text.contains(needle);
    }

    @Override
    public Iterator<Object> iterator() {
        return text.codePoints().mapToObj(c -> (Object) Character.toString(c)).iterator();
    }

    @Override
    public boolean truthy() {
        return !text.isEmpty();
    }

    static List<Object> characters(String text) {
        List<Object> characters = new ArrayList<>();
        text.codePoints().forEach(c -> characters.add(Character.toString(c)));
        return characters;
    }
}
