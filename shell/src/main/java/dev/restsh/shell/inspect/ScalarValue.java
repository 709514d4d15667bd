package dev.restsh.shell.inspect;

import java.math.BigInteger;

/** None, a bool, an int, a float or a callable: values without items. */
record ScalarValue(Object value) implements Inspectable {
    @Override
    public String typeName() {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof BigInteger) {
            return "int";
        }
        if (value instanceof Double) {
            return "float";
        }
        if (value instanceof BoundMethod method) {
            return method.owner().equals("builtins") ? "builtin_function_or_method" : "method";
        }
        if (value instanceof LambdaValue) {
            return "function";
        }
        return value.getClass().getSimpleName();
    }

    @Override
    public String repr() {
        return value == null || value instanceof Boolean || value instanceof BigInteger || value instanceof Double
                ? PythonRepr.of(value)
                : String.valueOf(value);
    }

    @Override
    public boolean truthy() {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof BigInteger number) {
            return number.signum() != 0;
        }
        if (value instanceof Double number) {
            return number != 0;
        }
        return true;
    }
}
