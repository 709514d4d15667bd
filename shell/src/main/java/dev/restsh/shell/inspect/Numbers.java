package dev.restsh.shell.inspect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** Python's arithmetic on int (BigInteger, any size), float (double) and bool (an int). */
final class Numbers {
    private static final int MAX_POWER_BITS = 1_000_000;

    private Numbers() {}

    static boolean isNumber(Object plain) {
        return plain instanceof BigInteger || plain instanceof Double || plain instanceof Boolean;
    }

    static BigInteger integer(Object plain) {
        return plain instanceof Boolean bool ? (bool ? BigInteger.ONE : BigInteger.ZERO) : (BigInteger) plain;
    }

    static boolean isInteger(Object plain) {
        return plain instanceof BigInteger || plain instanceof Boolean;
    }

    static double real(Object plain) {
        return plain instanceof Double d ? d : integer(plain).doubleValue();
    }

    /** {@code a OP b} for two numbers. */
    static Object apply(String operator, Object a, Object b) {
        if (isInteger(a) && isInteger(b)) {
            return integers(operator, integer(a), integer(b));
        }
        return floats(operator, real(a), real(b), a, b);
    }

    private static Object integers(String operator, BigInteger x, BigInteger y) {
        return switch (operator) {
            case "+" -> x.add(y);
            case "-" -> x.subtract(y);
            case "*" -> {
                Budget.current().items((x.bitLength() + y.bitLength()) / 64);
                yield x.multiply(y);
            }
            case "/" -> {
                if (y.signum() == 0) {
                    throw zero("division by zero");
                }
                yield new BigDecimal(x)
                        .divide(new BigDecimal(y), MathContext.DECIMAL128)
                        .doubleValue();
            }
            case "//" -> {
                if (y.signum() == 0) {
                    throw zero("integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                yield qr[1].signum() != 0 && qr[1].signum() != y.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
            }
            case "%" -> {
                if (y.signum() == 0) {
                    throw zero("integer modulo by zero");
                }
                BigInteger r = x.remainder(y);
                yield r.signum() != 0 && r.signum() != y.signum() ? r.add(y) : r;
            }
            default -> power(x, y);
        };
    }

    private static Object power(BigInteger x, BigInteger y) {
        if (y.signum() < 0) {
            if (x.signum() == 0) {
                throw zero("0.0 cannot be raised to a negative power");
            }
            return Math.pow(x.doubleValue(), y.doubleValue());
        }
        if (x.abs().compareTo(BigInteger.ONE) <= 0) {
            // 0, 1 and -1 stay small whatever the exponent.
            return x.signum() == 0
                    ? (y.signum() == 0 ? BigInteger.ONE : x)
                    : x.signum() > 0 || !y.testBit(0) ? BigInteger.ONE : x;
        }
        long bits = y.bitLength() > 31 ? Long.MAX_VALUE : (long) x.bitLength() * y.longValue();
        if (bits > MAX_POWER_BITS) {
            throw new ExpressionException(
                    "MemoryError: the result would have more than " + MAX_POWER_BITS
                            + " bits; restsh bounds an expression's size",
                    -1);
        }
        Budget.current().items(bits / 64);
        return x.pow(y.intValueExact());
    }

    private static Object floats(String operator, double x, double y, Object a, Object b) {
        return switch (operator) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> {
                if (y == 0) {
                    throw zero("float division by zero");
                }
                yield x / y;
            }
            case "//" -> {
                if (y == 0) {
                    throw zero("float floor division by zero");
                }
                yield divmod(x, y)[0];
            }
            case "%" -> {
                if (y == 0) {
                    throw zero("float modulo");
                }
                yield divmod(x, y)[1];
            }
            default -> {
                if (x == 0 && y < 0) {
                    throw zero("0.0 cannot be raised to a negative power");
                }
                if (x < 0 && y != Math.rint(y)) {
                    throw new ExpressionException(
                            "ValueError: a negative number to a fractional power is complex; restsh has no complex numbers",
                            -1);
                }
                yield Math.pow(x, y);
            }
        };
    }

    /** CPython's float_divmod, so that {@code //} and {@code %} agree with Python to the last bit. */
    private static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    static Object negate(Object plain) {
        return plain instanceof Double d ? (Object) (-d) : integer(plain).negate();
    }

    static int compare(Object a, Object b) {
        if (isInteger(a) && isInteger(b)) {
            return integer(a).compareTo(integer(b));
        }
        double x = real(a);
        double y = real(b);
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.compare(x, y);
        }
        return exact(a).compareTo(exact(b));
    }

    private static BigDecimal exact(Object plain) {
        return plain instanceof Double d ? new BigDecimal(d) : new BigDecimal(integer(plain));
    }

    private static ExpressionException zero(String message) {
        return new ExpressionException("ZeroDivisionError: " + message, -1);
    }
}
