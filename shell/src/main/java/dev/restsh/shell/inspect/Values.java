package dev.restsh.shell.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.restsh.shell.json.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The operations of the inspection language on every kind of value: JSON nodes, strings, numbers, booleans,
 * lists, maps, byte arrays, durations and {@link Inspectable} objects.
 */
final class Values {
    private Values() {}

    /** JSON scalars as Java values (numbers as BigDecimal); containers and everything else unchanged. */
    static Object plain(Object value) {
        if (value instanceof JsonNode node && !node.isContainerNode()) {
            if (node.isNull() || node.isMissingNode()) {
                return null;
            }
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            if (node.isNumber()) {
                return node.decimalValue();
            }
            return node.asText();
        }
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            return new BigDecimal(number.toString());
        }
        return value;
    }

    static String typeName(Object value) {
        Object plain = plain(value);
        if (plain == null) {
            return "NoneType";
        }
        if (plain instanceof Inspectable inspectable) {
            return inspectable.typeName();
        }
        if (plain instanceof JsonNode node) {
            return node.isArray() ? "list" : "dict";
        }
        if (plain instanceof Boolean) {
            return "bool";
        }
        if (plain instanceof BigDecimal number) {
            return number.stripTrailingZeros().scale() <= 0 ? "int" : "float";
        }
        if (plain instanceof String) {
            return "str";
        }
        if (plain instanceof byte[]) {
            return "bytes";
        }
        if (plain instanceof Duration) {
            return "timedelta";
        }
        if (plain instanceof List) {
            return "list";
        }
        if (plain instanceof Map) {
            return "dict";
        }
        if (plain instanceof BoundMethod) {
            return "method";
        }
        return plain.getClass().getSimpleName();
    }

    static Object attribute(Object target, String name, int position) {
        Object plain = plain(target);
        try {
            if (plain instanceof Inspectable inspectable) {
                return inspectable.attribute(name);
            }
            List<String> methods = methods(plain);
            if (methods.contains(name)) {
                return method(plain, name);
            }
            throw new ExpressionException(
                    "'" + typeName(target) + "' has no attribute '" + name + "'" + Suggestions.hint(name, methods),
                    position);
        } catch (ExpressionException e) {
            throw e.position() < 0 ? new ExpressionException(e.getMessage(), position) : e;
        }
    }

    static List<String> dir(Object value) {
        Object plain = plain(value);
        if (plain instanceof Inspectable inspectable) {
            return inspectable.attributes();
        }
        if (plain instanceof JsonNode node && node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            return keys;
        }
        if (plain instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).toList();
        }
        return methods(plain);
    }

    private static List<String> methods(Object plain) {
        if (plain instanceof JsonNode node && node.isObject() || plain instanceof Map) {
            return List.of("get", "items", "keys", "values");
        }
        if (plain instanceof String) {
            return List.of("endswith", "lower", "startswith", "strip", "upper");
        }
        if (plain instanceof Duration) {
            return List.of("total_seconds");
        }
        return List.of();
    }

    private static BoundMethod method(Object plain, String name) {
        String owner = typeName(plain);
        if (plain instanceof String text) {
            return switch (name) {
                case "lower" -> BoundMethod.of(owner, name, text::toLowerCase);
                case "upper" -> BoundMethod.of(owner, name, text::toUpperCase);
                case "strip" -> BoundMethod.of(owner, name, text::strip);
                case "startswith" ->
                    new BoundMethod(owner, name, 1, args -> text.startsWith(String.valueOf(plain(args.get(0)))));
                default -> new BoundMethod(owner, name, 1, args -> text.endsWith(String.valueOf(plain(args.get(0)))));
            };
        }
        if (plain instanceof Duration duration) {
            return BoundMethod.of(owner, name, () -> BigDecimal.valueOf(duration.toNanos(), 9));
        }
        return switch (name) {
            case "keys" -> BoundMethod.of(owner, name, () -> dir(plain));
            case "values" ->
                BoundMethod.of(
                        owner,
                        name,
                        () -> dir(plain).stream()
                                .map(key -> index(plain, key, -1))
                                .toList());
            case "items" ->
                BoundMethod.of(
                        owner,
                        name,
                        () -> dir(plain).stream()
                                .map(key -> List.of(key, index(plain, key, -1)))
                                .toList());
            default ->
                new BoundMethod(owner, name, 1, args -> {
                    String key = String.valueOf(plain(args.get(0)));
                    return dir(plain).contains(key) ? index(plain, key, -1) : null;
                });
        };
    }

    static int length(Object value, int position) {
        Object plain = plain(value);
        if (plain instanceof JsonNode node) {
            return node.size();
        }
        if (plain instanceof String text) {
            return characters(text);
        }
        if (plain instanceof byte[] bytes) {
            return bytes.length;
        }
        if (plain instanceof List<?> list) {
            return list.size();
        }
        if (plain instanceof Map<?, ?> map) {
            return map.size();
        }
        if (plain instanceof HeadersObject headers) {
            return headers.headers().size();
        }
        throw new ExpressionException("object of type '" + typeName(value) + "' has no len()", position);
    }

    static Object index(Object target, Object key, int position) {
        Object plain = plain(target);
        Object plainKey = plain(key);
        if (plain instanceof HeadersObject headers && plainKey instanceof String name) {
            String value = headers.get(name);
            if (value == null) {
                throw new ExpressionException(
                        "no header '" + name + "'" + Suggestions.hint(name, headers.attributes()), position);
            }
            return value;
        }
        if (plain instanceof JsonNode node && node.isObject() || plain instanceof Map) {
            if (!(plainKey instanceof String name)) {
                throw new ExpressionException("keys are strings: use ['name']", position);
            }
            List<String> keys = dir(plain);
            if (!keys.contains(name)) {
                throw new ExpressionException(
                        "no key '" + name + "'" + Suggestions.hint(name, keys)
                                + (keys.isEmpty() ? " (it is empty)" : " (keys: " + String.join(", ", keys) + ")"),
                        position);
            }
            return plain instanceof JsonNode node ? node.get(name) : ((Map<?, ?>) plain).get(name);
        }
        // A string is indexed in place: a list of its characters would not fit in memory for a large body.
        List<?> items = plain instanceof String ? null : sequence(plain, position);
        if (!(plainKey instanceof BigDecimal number)) {
            throw new ExpressionException(
                    "'" + typeName(target) + "' indices must be integers, not " + typeName(key), position);
        }
        int size = items == null ? characters((String) plain) : items.size();
        int at = number.intValue() < 0 ? size + number.intValue() : number.intValue();
        if (at < 0 || at >= size) {
            throw new ExpressionException("index " + number + " out of range (length " + size + ")", position);
        }
        return items == null ? substring((String) plain, at, at + 1) : items.get(at);
    }

    /** Characters, as Python counts them: an emoji (two UTF-16 units) is one. */
    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The characters from {@code start} to {@code end}, counted as {@link #characters} does, never half a pair. */
    private static String substring(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    static Object slice(Object target, Object from, Object to, int position) {
        Object plain = plain(target);
        if (plain instanceof String text) {
            // Sliced in place, not as a list of characters: response.text[0:10] on a large body.
            int length = characters(text);
            int start = bound(from, 0, length, position);
            return substring(text, start, Math.max(start, bound(to, length, length, position)));
        }
        List<?> items = sequence(plain, position);
        int size = items.size();
        int start = bound(from, 0, size, position);
        int end = Math.max(start, bound(to, size, size, position));
        if (plain instanceof JsonNode) {
            ArrayNode slice = Json.mapper().createArrayNode();
            items.subList(start, end).forEach(item -> slice.add((JsonNode) item));
            return slice;
        }
        return List.copyOf(items.subList(start, end));
    }

    private static int bound(Object value, int fallback, int size, int position) {
        Object plain = plain(value);
        if (plain == null) {
            return fallback;
        }
        if (!(plain instanceof BigDecimal number)) {
            throw new ExpressionException("slice indices must be integers", position);
        }
        int at = number.intValue() < 0 ? size + number.intValue() : number.intValue();
        return Math.max(0, Math.min(size, at));
    }

    private static List<?> sequence(Object plain, int position) {
        if (plain instanceof JsonNode node && node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.elements().forEachRemaining(items::add);
            return items;
        }
        if (plain instanceof List<?> list) {
            return list;
        }
        if (plain instanceof String text) {
            return text.codePoints().mapToObj(Character::toString).toList(); // whole characters, never half a pair
        }
        throw new ExpressionException("'" + typeName(plain) + "' cannot be indexed", position);
    }

    static boolean truthy(Object value) {
        Object plain = plain(value);
        if (plain == null) {
            return false;
        }
        if (plain instanceof Boolean bool) {
            return bool;
        }
        if (plain instanceof BigDecimal number) {
            return number.signum() != 0;
        }
        if (plain instanceof String text) {
            return !text.isEmpty();
        }
        if (plain instanceof JsonNode || plain instanceof List || plain instanceof Map || plain instanceof byte[]) {
            return length(plain, -1) > 0;
        }
        if (plain instanceof ResponseObject response) {
            return response.response().ok();
        }
        return true;
    }

    static boolean equal(Object left, Object right) {
        Object a = plain(left);
        Object b = plain(right);
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof JsonNode || b instanceof JsonNode) {
            return toJson(a).equals(toJson(b));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static JsonNode toJson(Object value) {
        return value instanceof JsonNode node ? node : Json.mapper().valueToTree(value);
    }

    static int compare(Object left, Object right, int position) {
        Object a = plain(left);
        Object b = plain(right);
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Duration x && b instanceof BigDecimal y) {
            return BigDecimal.valueOf(x.toNanos(), 9).compareTo(y);
        }
        throw new ExpressionException("cannot order '" + typeName(left) + "' and '" + typeName(right) + "'", position);
    }

    static boolean contains(Object container, Object item, int position) {
        Object plain = plain(container);
        Object plainItem = plain(item);
        if (plain instanceof String text) {
            if (!(plainItem instanceof String needle)) {
                throw new ExpressionException("'in <str>' needs a string on the left", position);
            }
            return text.contains(needle);
        }
        if (plain instanceof HeadersObject headers && plainItem instanceof String name) {
            return headers.get(name) != null;
        }
        if (plain instanceof JsonNode node && node.isObject() || plain instanceof Map) {
            return dir(plain).contains(String.valueOf(plainItem));
        }
        for (Iterator<?> it = sequence(plain, position).iterator(); it.hasNext(); ) {
            if (equal(it.next(), item)) {
                return true;
            }
        }
        return false;
    }
}
