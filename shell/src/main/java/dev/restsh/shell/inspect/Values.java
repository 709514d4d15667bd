package dev.restsh.shell.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.json.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The one place that knows the kinds of values: {@link #of} gives each its {@link Inspectable} adapter, and the
 * operations of the language ask the adapter. Equality and ordering, which take two values, live here.
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

    static int compare(Object left, Object right) {
        Object a = plain(left);
        Object b = plain(right);
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Duration x && b instanceof BigDecimal y) {
            return new TimedeltaValue(x).seconds().compareTo(y);
        }
        throw new ExpressionException("cannot order '" + typeName(left) + "' and '" + typeName(right) + "'", -1);
    }
}
