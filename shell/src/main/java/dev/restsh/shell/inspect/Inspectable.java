package dev.restsh.shell.inspect;

import java.util.Iterator;
import java.util.List;

/**
 * A value of the inspection model seen through the protocol Python gives objects ({@code __len__},
 * {@code __getitem__}, {@code __contains__}, {@code __bool__}, {@code __iter__}, {@code __dir__}, {@code __repr__}).
 * JSON kinds have one adapter each ({@link Values#of}); a new object type (a WebSocket message, a token) is one
 * class implementing this interface. Errors are thrown without a position; the evaluator points them at the
 * expression.
 */
public interface Inspectable {
    /** The type name that {@code type(x)} prints. */
    String typeName();

    /** The names that {@code dir(x)} lists; none by default. */
    default List<String> attributes() {
        return List.of();
    }

    /**
     * The names that may follow a dot ({@code x.name}), for Tab completion: {@link #attributes()} unless, as for a
     * dict whose {@code dir()} lists its keys, the two differ.
     */
    default List<String> namesAfterDot() {
        return attributes();
    }

    /** The value of an attribute; methods are returned as {@link BoundMethod}s. None by default. */
    default Object attribute(String name) {
        throw noAttribute(name);
    }

    /** How the object prints, like Python's repr ({@code <Response [200]>}). */
    String repr();

    /** {@code len(x)}. */
    default int len() {
        throw new ExpressionException("TypeError: object of type '" + typeName() + "' has no len()", -1);
    }

    /** {@code x[key]}; a {@link Slice} key for {@code x[a:b:c]}. */
    default Object getItem(Object key) {
        throw new ExpressionException("TypeError: '" + typeName() + "' object is not subscriptable", -1);
    }

    /** {@code item in x}; by default a search of what {@link #iterator()} gives. */
    default boolean contains(Object item) {
        Iterator<Object> items;
        try {
            items = iterator();
        } catch (ExpressionException e) {
            throw new ExpressionException("TypeError: argument of type '" + typeName() + "' is not iterable", -1);
        }
        while (items.hasNext()) {
            if (Values.equal(items.next(), item)) {
                return true;
            }
        }
        return false;
    }

    /** {@code iter(x)}: what {@code for} walks. */
    default Iterator<Object> iterator() {
        throw new ExpressionException("TypeError: '" + typeName() + "' object is not iterable", -1);
    }

    /** Whether the value counts as true in a condition. */
    default boolean truthy() {
        return true;
    }

    /** The error for a missing attribute, with a did-you-mean hint from {@link #attributes()}. */
    default ExpressionException noAttribute(String name) {
        return new ExpressionException(
                "AttributeError: '" + typeName() + "' object has no attribute '" + name + "'"
                        + Suggestions.hint(name, attributes()),
                -1);
    }
}
