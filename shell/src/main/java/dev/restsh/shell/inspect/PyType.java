package dev.restsh.shell.inspect;

import java.util.List;
import java.util.Map;

/** A type, as {@code type(x)} returns it and as the builtins {@code list}, {@code dict}, {@code str}… name it. */
record PyType(String name) implements Inspectable, PyCallable {
    @Override
    public String typeName() {
        return "type";
    }

    @Override
    public List<String> attributes() {
        return List.of("__name__");
    }

    @Override
    public Object attribute(String attribute) {
        if (attribute.equals("__name__")) {
            return name;
        }
        throw new ExpressionException(
                "AttributeError: type object '" + name + "' has no attribute '" + attribute + "'", -1);
    }

    @Override
    public String repr() {
        return "<class '" + name + "'>";
    }

    @Override
    public Object call(List<Object> arguments, Map<String, Object> keywords) {
        return Builtins.construct(name, arguments, keywords);
    }

    /** isinstance: the value's type is this one (a bool is also an int, as in Python). */
    boolean isInstance(Object value) {
        String kind = Values.typeName(value);
        return kind.equals(name) || name.equals("int") && kind.equals("bool") || name.equals("object");
    }

    @Override
    public String toString() {
        return repr();
    }
}
