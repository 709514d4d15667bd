package dev.restsh.shell.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;

/** Python's {@code repr()} of every kind of value: {@code 'a'}, {@code [1, 2.5, None]}, {@code {'ip': '1.2.3.4'}}. */
public final class PythonRepr {
    private PythonRepr() {}

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    static void append(StringBuilder out, Object value) {
        Budget.current().step();
        Object plain = Values.plain(value);
        if (plain == null) {
            out.append("None");
        } else if (plain instanceof Boolean bool) {
            out.append(bool ? "True" : "False");
        } else if (plain instanceof BigInteger number) {
            out.append(number);
        } else if (plain instanceof Double number) {
            out.append(number(number));
        } else if (plain instanceof String text) {
            out.append(string(text));
        } else if (plain instanceof byte[] bytes) {
            out.append(bytes(bytes, bytes.length));
        } else if (plain instanceof JsonNode node && node.isObject()) {
            dict(out, new DictValue(node));
        } else if (plain instanceof MappingValue mapping) {
            dict(out, mapping);
        } else if (plain instanceof JsonNode || plain instanceof java.util.List<?>) {
            items(out, "[", Values.of(plain).iterator(), "]");
        } else if (plain instanceof java.util.Map<?, ?> map) {
            dict(out, new DictValue(map));
        } else {
            out.append(Values.of(plain).repr());
        }
    }

    static void dict(StringBuilder out, MappingValue dict) {
        out.append('{');
        String separator = "";
        for (Object key : dict.keys()) {
            out.append(separator);
            append(out, key);
            out.append(": ");
            append(out, dict.lookup(key));
            separator = ", ";
        }
        out.append('}');
    }

    static void items(StringBuilder out, String open, Iterator<Object> items, String close) {
        out.append(open);
        String separator = "";
        while (items.hasNext()) {
            out.append(separator);
            append(out, items.next());
            separator = ", ";
        }
        out.append(close);
    }

    /** Python's float repr: the shortest text that reads back, in Python's choice of notation. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale(); // the power of ten of the first digit
        String sign = value < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = shortest.abs().toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }

    /** Python's str repr: single quotes unless the text has one and no double quote. */
    public static String string(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').append((char) c);
                    } else if (printable(c)) {
                        out.appendCodePoint(c);
                    } else if (c < 0x100) {
                        out.append(String.format("\\x%02x", c));
                    } else if (c < 0x10000) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.append(String.format("\\U%08x", c));
                    }
                }
            }
        });
        return out.append(quote).toString();
    }

    /** Python's str.isprintable for one character: not a control, separator (but space) or unassigned. */
    private static boolean printable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Python's bytes repr, cut after {@code shown} bytes. */
    public static String bytes(byte[] bytes, int shown) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder("b").append(quote);
        for (int i = 0; i < Math.min(shown, bytes.length); i++) {
            int b = bytes[i] & 0xff;
            switch (b) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (b == quote) {
                        out.append('\\').append((char) b);
                    } else if (b >= 0x20 && b < 0x7f) {
                        out.append((char) b);
                    } else {
                        out.append(String.format("\\x%02x", b));
                    }
                }
            }
        }
        return out.append(quote).toString();
    }
}
