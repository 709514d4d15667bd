package dev.restsh.shell.inspect;

import java.util.List;

/**
 * A value of the inspection model seen through the protocol Python gives objects ({@code __len__},
 * {@code __getitem__}, {@code __contains__}, {@code __bool__}, {@code __dir__}, {@code __repr__}). JSON kinds have
 * one adapter each ({@link Values#of}); a new object type (a WebSocket message, a token) is one class implementing
 * this interface. Errors are thrown without a position; the evaluator points them at the expression.
 */
public interface Inspectable {
    /** The type name that {@code type(x)} prints. */
    String typeName();

    /** The names that {@code dir(x)} lists. */
    List<String> attributes();

    /** The value of an attribute; methods are returned as {@link BoundMethod}s. */
    Object attribute(String name);

    /** How the object prints, like Python's repr ({@code <Response [200]>}). */
    String repr();

    /** {@code len(x)}. */
    default int len() {
        throw new ExpressionException("object of type '" + typeName() + "' has no len()", -1);
    }

    /** {@code x[key]}; a {@link Slice} key for {@code x[a:b]}. */
    default Object getItem(Object key) {
        throw new ExpressionException("'" + typeName() + "' cannot be indexed", -1);
    }

    /** {@code item in x}. */
    default boolean contains(Object item) {
        throw new ExpressionException("'" + typeName() + "' cannot be indexed", -1);
    }

    /** Whether the value counts as true in a condition. */
    default boolean truthy() {
        return true;
    }

    /** The error for a missing attribute, with a did-you-mean hint from {@link #attributes()}. */
    default ExpressionException noAttribute(String name) {
        return new ExpressionException(
                "'" + typeName() + "' has no attribute '" + name + "'" + Suggestions.hint(name, attributes()), -1);
    }
}
