package dev.restsh.shell.inspect;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Python's binary and unary operators on every kind: arithmetic, concatenation and repetition. */
final class Operators {
    private Operators() {}

    static Object binary(String operator, Object left, Object right) {
        Object a = Values.plain(left);
        Object b = Values.plain(right);
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return Numbers.apply(operator, a, b);
        }
        if (operator.equals("+")) {
            return concatenate(left, right);
        }
        if (operator.equals("*")) {
            if (Numbers.isInteger(b) && !Numbers.isNumber(a)) {
                return repeat(left, Numbers.integer(b));
            }
            if (Numbers.isInteger(a) && !Numbers.isNumber(b)) {
                return repeat(right, Numbers.integer(a));
            }
            Object sequence = Numbers.isNumber(b) ? left : right;
            String kind = Values.typeName(sequence);
            if (List.of("str", "list", "tuple", "bytes").contains(kind)) {
                throw new ExpressionException(
                        "TypeError: can't multiply sequence by non-int of type '"
                                + Values.typeName(sequence == left ? right : left) + "'",
                        -1);
            }
        }
        if (operator.equals("%") && a instanceof String template) {
            return Formats.percent(template, right);
        }
        throw unsupported(operator, left, right);
    }

    private static ExpressionException unsupported(String operator, Object left, Object right) {
        return new ExpressionException(
                "TypeError: unsupported operand type(s) for " + operator + ": '" + Values.typeName(left) + "' and '"
                        + Values.typeName(right) + "'",
                -1);
    }

    private static Object concatenate(Object left, Object right) {
        Object a = Values.plain(left);
        Object b = Values.plain(right);
        String kind = Values.typeName(a);
        if (a instanceof String x) {
            if (b instanceof String y) {
                Budget.current().items(x.length() + (long) y.length());
                return x + y;
            }
            throw new ExpressionException(
                    "TypeError: can only concatenate str (not \"" + Values.typeName(b) + "\") to str", -1);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            Budget.current().items(x.length + (long) y.length);
            return Bytes.concat(x, y);
        }
        if (kind.equals("list") || kind.equals("tuple")) {
            if (!Values.typeName(b).equals(kind)) {
                throw new ExpressionException(
                        "TypeError: can only concatenate " + kind + " (not \"" + Values.typeName(b) + "\") to " + kind,
                        -1);
            }
            List<Object> items = Values.list(a);
            items.addAll(Values.list(b));
            return kind.equals("list") ? items : new Tuple(items);
        }
        throw unsupported("+", left, right);
    }

    private static Object repeat(Object sequence, BigInteger times) {
        Object plain = Values.plain(sequence);
        String kind = Values.typeName(plain);
        long count = times.signum() <= 0 ? 0 : times.bitLength() > 40 ? Long.MAX_VALUE / 2 : times.longValue();
        if (plain instanceof String text) {
            if (text.isEmpty() || count == 0) {
                return "";
            }
            Budget.current()
                    .items(count == 0 ? 0 : Math.multiplyHigh(count, text.length()) != 0 ? -1 : count * text.length());
            return text.repeat((int) count);
        }
        if (plain instanceof byte[] bytes) {
            if (bytes.length == 0 || count == 0) {
                return new byte[0];
            }
            Budget.current()
                    .items(count == 0 ? 0 : Math.multiplyHigh(count, bytes.length) != 0 ? -1 : count * bytes.length);
            byte[] out = new byte[(int) (count * bytes.length)];
            for (int i = 0; i < count; i++) {
                System.arraycopy(bytes, 0, out, i * bytes.length, bytes.length);
            }
            return out;
        }
        if (kind.equals("list") || kind.equals("tuple")) {
            List<Object> items = Values.list(plain);
            Budget.current()
                    .items(count == 0 ? 0 : Math.multiplyHigh(count, items.size()) != 0 ? -1 : count * items.size());
            List<Object> out = new ArrayList<>();
            for (long i = 0; i < count; i++) {
                out.addAll(items);
            }
            return kind.equals("list") ? out : new Tuple(out);
        }
        throw new ExpressionException("TypeError: can't multiply sequence by non-int of type '" + kind + "'", -1);
    }

    static Object unary(String operator, Object operand) {
        if (operator.equals("not")) {
            return !Values.truthy(operand);
        }
        Object plain = Values.plain(operand);
        if (!Numbers.isNumber(plain)) {
            throw new ExpressionException(
                    "TypeError: bad operand type for unary " + operator + ": '" + Values.typeName(operand) + "'", -1);
        }
        if (operator.equals("-")) {
            return Numbers.negate(plain);
        }
        return plain instanceof Boolean ? Numbers.integer(plain) : plain;
    }

    /** {@code is}: identity, meant for None, True and False (where it is exact). */
    static boolean identical(Object left, Object right) {
        Object a = Values.plain(left);
        Object b = Values.plain(right);
        if (a == null || b == null || a instanceof Boolean || b instanceof Boolean || a instanceof PyType) {
            return a == null ? b == null : a.equals(b);
        }
        return left == right;
    }
}
