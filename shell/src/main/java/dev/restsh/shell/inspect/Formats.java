package dev.restsh.shell.inspect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code str.format}: fields {@code {}}, {@code {0}}, {@code {name}}, conversions {@code !r}/{@code !s} and the
 * common part of the format mini-language ({@code [[fill]align][sign][0][width][,][.precision][type]} with types
 * {@code s d f % e x}).
 */
final class Formats {
    private static final Pattern SPEC =
            Pattern.compile("(?:(.)?([<>^=]))?([+\\- ])?(0)?(\\d+)?(,)?(?:\\.(\\d+))?([sdfFeE%xXbo])?");

    private Formats() {}

    static String format(String template, List<Object> args, Map<String, Object> keywords) {
        StringBuilder out = new StringBuilder();
        int automatic = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '}') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '}') {
                    i++;
                    out.append('}');
                    continue;
                }
                throw new ExpressionException("ValueError: Single '}' encountered in format string", -1);
            }
            if (c != '{') {
                out.append(c);
                continue;
            }
            if (i + 1 < template.length() && template.charAt(i + 1) == '{') {
                i++;
                out.append('{');
                continue;
            }
            int close = template.indexOf('}', i);
            if (close < 0) {
                throw new ExpressionException("ValueError: Single '{' encountered in format string", -1);
            }
            String field = template.substring(i + 1, close);
            i = close;
            String spec = "";
            int colon = field.indexOf(':');
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                field = field.substring(0, colon);
            }
            String conversion = null;
            int bang = field.indexOf('!');
            if (bang >= 0) {
                conversion = field.substring(bang + 1);
                field = field.substring(0, bang);
            }
            Object value;
            if (field.isEmpty()) {
                value = argument(args, automatic++);
            } else if (field.chars().allMatch(Character::isDigit)) {
                value = argument(args, Integer.parseInt(field));
            } else if (keywords.containsKey(field)) {
                value = keywords.get(field);
            } else {
                throw new ExpressionException("KeyError: " + PythonRepr.string(field), -1);
            }
            if ("r".equals(conversion)) {
                value = PythonRepr.of(value);
            } else if ("s".equals(conversion)) {
                value = Builtins.str(value);
            }
            out.append(spec(value, spec));
            Budget.current().items(out.length());
        }
        return out.toString();
    }

    private static final Pattern PERCENT =
            Pattern.compile("%(?:\\(([^)]*)\\))?([-+ 0#]*)(\\d+)?(?:\\.(\\d+))?([sdirfFeExXo%])");

    /** printf-style {@code 'template' % args}: {@code %s %r %d %i %f %e %x %o %%} with flags, width, precision. */
    static String percent(String template, Object args) {
        Object plain = Values.plain(args);
        List<Object> values = plain instanceof Tuple tuple ? tuple.items() : java.util.Arrays.asList(args);
        boolean byName = Values.of(plain) instanceof MappingValue;
        StringBuilder out = new StringBuilder();
        Matcher m = PERCENT.matcher(template);
        int at = 0;
        int next = 0;
        while (m.find()) {
            out.append(template, at, m.start());
            at = m.end();
            String type = m.group(5);
            if (type.equals("%")) {
                out.append('%');
                continue;
            }
            Object value;
            if (m.group(1) != null && byName) {
                value = Values.of(plain).getItem(m.group(1));
            } else {
                if (next >= values.size()) {
                    throw new ExpressionException("TypeError: not enough arguments for format string", -1);
                }
                value = values.get(next++);
            }
            String flags = m.group(2);
            String align = flags.contains("-") ? "<" : "";
            String sign = flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
            String zero = flags.contains("0") && !flags.contains("-") ? "0" : "";
            String width = m.group(3) == null ? "" : m.group(3);
            String precision = m.group(4) == null ? "" : "." + m.group(4);
            switch (type) {
                case "s", "r" -> {
                    String text = type.equals("r") ? PythonRepr.of(value) : Builtins.str(value);
                    out.append(spec(text, (align.isEmpty() ? ">" : align) + width + precision));
                }
                case "d", "i" -> {
                    Object number = Values.plain(value);
                    if (!Numbers.isNumber(number)) {
                        throw new ExpressionException(
                                "TypeError: %" + type + " format: a real number is required, not "
                                        + Values.typeName(value),
                                -1);
                    }
                    Object integer = number instanceof Double d ? new BigDecimal(d).toBigInteger() : number;
                    out.append(spec(integer, align + sign + zero + width + "d"));
                }
                default -> {
                    String code = type.equals("F") ? "f" : type;
                    out.append(spec(
                            value,
                            align
                                    + sign
                                    + zero
                                    + width
                                    + (precision.isEmpty() && "fFeE".contains(type) ? ".6" : precision)
                                    + code));
                }
            }
        }
        if (next < values.size() && !byName) {
            throw new ExpressionException("TypeError: not all arguments converted during string formatting", -1);
        }
        return out.append(template.substring(at)).toString();
    }

    private static Object argument(List<Object> args, int index) {
        if (index >= args.size()) {
            throw new ExpressionException(
                    "IndexError: Replacement index " + index + " out of range for positional args tuple", -1);
        }
        return args.get(index);
    }

    /** One value formatted by a format spec, as Python's {@code format(value, spec)}. */
    static String spec(Object value, String spec) {
        Object plain = Values.plain(value);
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new ExpressionException("ValueError: Invalid format specifier '" + spec + "'", -1);
        }
        String type = m.group(8);
        boolean number = Numbers.isNumber(plain);
        String body;
        if (number && !(plain instanceof Boolean && type == null)) {
            body = number(plain, type, m.group(7), m.group(6) != null, m.group(3));
        } else {
            if (type != null && !type.equals("s")) {
                throw new ExpressionException(
                        "ValueError: Unknown format code '" + type + "' for object of type '" + Values.typeName(value)
                                + "'",
                        -1);
            }
            body = Builtins.str(value);
            if (m.group(7) != null) {
                body = body.substring(0, Math.min(body.length(), Integer.parseInt(m.group(7))));
            }
        }
        int width = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        String fill = m.group(1) != null ? m.group(1) : m.group(4) != null ? "0" : " ";
        String align = m.group(2) != null ? m.group(2) : m.group(4) != null ? "=" : number ? ">" : "<";
        int pad = width - body.codePointCount(0, body.length());
        if (pad <= 0) {
            return body;
        }
        Budget.current().items(pad);
        return switch (align) {
            case "<" -> body + fill.repeat(pad);
            case "^" -> fill.repeat(pad / 2) + body + fill.repeat(pad - pad / 2);
            case "=" ->
                body.startsWith("-") || body.startsWith("+")
                        ? body.charAt(0) + fill.repeat(pad) + body.substring(1)
                        : fill.repeat(pad) + body;
            default -> fill.repeat(pad) + body;
        };
    }

    private static String number(Object plain, String type, String precision, boolean grouping, String sign) {
        String text;
        int digits = precision == null ? 6 : Integer.parseInt(precision);
        if (type == null || type.equals("d")) {
            if (type != null && !Numbers.isInteger(plain)) {
                throw new ExpressionException("ValueError: Unknown format code 'd' for object of type 'float'", -1);
            }
            text = Numbers.isInteger(plain) ? Numbers.integer(plain).toString() : PythonRepr.number((Double) plain);
            if (grouping && Numbers.isInteger(plain)) {
                text = String.format("%,d", Numbers.integer(plain));
            }
        } else if (type.equals("x") || type.equals("X") || type.equals("b") || type.equals("o")) {
            BigInteger integer = Numbers.integer(plain);
            text = integer.toString(type.equalsIgnoreCase("x") ? 16 : type.equals("b") ? 2 : 8);
            text = type.equals("X") ? text.toUpperCase() : text;
        } else if (type.equals("e") || type.equals("E")) {
            text = String.format("%." + digits + "e", Numbers.real(plain));
            text = type.equals("E") ? text.toUpperCase() : text;
        } else {
            double real = Numbers.real(plain) * (type.equals("%") ? 100 : 1);
            BigDecimal exact = new BigDecimal(real).setScale(digits, RoundingMode.HALF_EVEN);
            text = grouping ? String.format("%,." + digits + "f", exact) : exact.toPlainString();
            text += type.equals("%") ? "%" : "";
        }
        if (!text.startsWith("-") && sign != null && !sign.equals("-")) {
            text = sign + text;
        }
        return text;
    }
}
