package dev.restsh.shell.inspect;

import java.math.BigDecimal;
import java.util.List;

/** None, a bool, a number, bytes or a method: values without attributes of their own. */
record ScalarValue(Object value) implements Inspectable {
    @Override
    public String typeName() {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().scale() <= 0 ? "int" : "float";
        }
        if (value instanceof byte[]) {
            return "bytes";
        }
        if (value instanceof BoundMethod) {
            return "method";
        }
        return value.getClass().getSimpleName();
    }

    @Override
    public List<String> attributes() {
        return List.of();
    }

    @Override
    public Object attribute(String name) {
        throw noAttribute(name);
    }

    @Override
    public String repr() {
        return String.valueOf(value);
    }

    @Override
    public int len() {
        if (value instanceof byte[] bytes) {
            return bytes.length;
        }
        return Inspectable.super.len();
    }

    @Override
    public boolean truthy() {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof BigDecimal number) {
            return number.signum() != 0;
        }
        if (value instanceof byte[] bytes) {
            return bytes.length > 0;
        }
        return true;
    }
}
