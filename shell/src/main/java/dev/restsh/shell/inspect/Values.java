package dev.restsh.shell.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one place that knows the kinds of values: {@link #of} gives each its {@link Inspectable} adapter, and the
 * operations of the language ask the adapter. Equality, ordering and hashing, which Python defines across kinds,
 * live here.
 */
final class Values {
    private static final Object NONE_KEY = new Object();

    private Values() {}

    /** JSON scalars as Python's values (int as BigInteger, float as double); containers and the rest unchanged. */
    static Object plain(Object value) {
        if (value instanceof JsonNode node && !node.isContainerNode()) {
            if (node.isNull() || node.isMissingNode()) {
                return null;
            }
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            if (node.isIntegralNumber()) {
                return node.bigIntegerValue();
            }
            if (node.isNumber()) {
                return node.doubleValue();
            }
            return node.asText();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger() : (Object) number.doubleValue();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        return value;
    }

    /** The value seen through Python's object protocol. */
    static Inspectable of(Object value) {
        Object plain = plain(value);
        if (plain instanceof Inspectable inspectable) {
            return inspectable;
        }
        if (plain instanceof JsonNode node) {
            return node.isArray() ? new ListValue(node) : new DictValue(node);
        }
        if (plain instanceof String text) {
            return new StrValue(text);
        }
        if (plain instanceof List<?> list) {
            return new ListValue(list);
        }
        if (plain instanceof Map<?, ?> map) {
            return new DictValue(map);
        }
        if (plain instanceof Duration duration) {
            return new TimedeltaValue(duration);
        }
        if (plain instanceof byte[] bytes) {
            return new BytesValue(bytes);
        }
        return new ScalarValue(plain);
    }

    static String typeName(Object value) {
        return of(value).typeName();
    }

    static List<String> dir(Object value) {
        return of(value).attributes();
    }

    static boolean truthy(Object value) {
        return of(value).truthy();
    }

    static Iterator<Object> iterator(Object value) {
        return of(value).iterator();
    }

    /** The items of an iterable, counted against the expression's budget. */
    static List<Object> list(Object value) {
        List<Object> items = new ArrayList<>();
        Budget budget = Budget.current();
        for (Iterator<Object> it = iterator(value); it.hasNext(); ) {
            budget.items(1);
            budget.step();
            items.add(it.next());
        }
        return items;
    }

    /** Python's {@code ==}: numbers by value across int, float and bool; containers item by item. */
    static boolean equal(Object left, Object right) {
        Object a = plain(left);
        Object b = plain(right);
        if (a == null || b == null) {
            return a == b;
        }
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return Numbers.compare(a, b) == 0 && !(a instanceof Double x && x.isNaN());
        }
        String kind = typeName(a);
        if (!kind.equals(typeName(b))) {
            return false;
        }
        switch (kind) {
            case "list", "tuple" -> {
                Inspectable x = of(a);
                Inspectable y = of(b);
                if (x.len() != y.len()) {
                    return false;
                }
                for (Iterator<Object> i = x.iterator(), j = y.iterator(); i.hasNext(); ) {
                    if (!equal(i.next(), j.next())) {
                        return false;
                    }
                }
                return true;
            }
            case "set" -> {
                Inspectable x = of(a);
                Inspectable y = of(b);
                if (x.len() != y.len()) {
                    return false;
                }
                for (Iterator<Object> i = x.iterator(); i.hasNext(); ) {
                    if (!y.contains(i.next())) {
                        return false;
                    }
                }
                return true;
            }
            case "dict" -> {
                MappingValue x = (MappingValue) of(a);
                MappingValue y = (MappingValue) of(b);
                if (x.len() != y.len()) {
                    return false;
                }
                for (Object key : x.keys()) {
                    if (!y.has(key) || !equal(x.lookup(key), y.lookup(key))) {
                        return false;
                    }
                }
                return true;
            }
            case "bytes" -> {
                return java.util.Arrays.equals((byte[]) a, (byte[]) b);
            }
            default -> {
                return a.equals(b) || a instanceof Inspectable && a == b;
            }
        }
    }

    /** Python's ordering ({@code <}): numbers, strings, bytes, and lists or tuples item by item. */
    static int compare(Object left, Object right, String operator) {
        Object a = plain(left);
        Object b = plain(right);
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return Numbers.compare(a, b);
        }
        if (a instanceof String x && b instanceof String y) {
            return compareCodePoints(x, y);
        }
        if (a instanceof Duration x && Numbers.isNumber(b)) {
            // Not Python (a timedelta orders only with a timedelta): restsh compares it with seconds.
            return Numbers.compare(new TimedeltaValue(x).seconds(), b);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.compareUnsigned(x, y);
        }
        String kind = typeName(a);
        if ((kind.equals("list") || kind.equals("tuple")) && kind.equals(typeName(b))) {
            Iterator<Object> i = iterator(a);
            Iterator<Object> j = iterator(b);
            while (i.hasNext() && j.hasNext()) {
                Object x = i.next();
                Object y = j.next();
                if (!equal(x, y)) {
                    return compare(x, y, operator);
                }
            }
            return Boolean.compare(i.hasNext(), j.hasNext());
        }
        throw new ExpressionException(
                "TypeError: '" + operator + "' not supported between instances of '" + typeName(left) + "' and '"
                        + typeName(right) + "'",
                -1);
    }

    private static int compareCodePoints(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Boolean.compare(i < x.length(), j < y.length());
    }

    /**
     * The key a dict or set keeps for a value: equal values (1, 1.0, True) get equal keys, as Python hashes them;
     * lists, dicts and sets are unhashable.
     */
    static Object hashKey(Object value) {
        Object plain = plain(value);
        if (plain instanceof Boolean bool) {
            return bool ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (plain instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return new BigDecimal(d).toBigInteger();
        }
        if (plain instanceof Tuple tuple) {
            return tuple.items().stream().map(Values::hashKey).toList();
        }
        if (plain instanceof byte[] bytes) {
            return java.nio.ByteBuffer.wrap(bytes);
        }
        String kind = plain == null ? "NoneType" : typeName(plain);
        if (kind.equals("list") || kind.equals("dict") || kind.equals("set")) {
            throw new ExpressionException("TypeError: unhashable type: '" + kind + "'", -1);
        }
        return plain == null ? NONE_KEY : plain;
    }
}
