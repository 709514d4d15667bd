package dev.restsh.shell.inspect;

import java.util.List;

/** An object of the inspection model with named attributes, like a Python object seen in pdb. */
public interface Inspectable {
    /** The type name that {@code type(x)} prints. */
    String typeName();

    /** The attribute names that {@code dir(x)} lists, sorted. */
    List<String> attributes();

    /** The value of an attribute; methods are returned as {@link BoundMethod}s. */
    Object attribute(String name);

    /** How the object prints, like Python's repr ({@code <Response [200]>}). */
    String repr();
}
