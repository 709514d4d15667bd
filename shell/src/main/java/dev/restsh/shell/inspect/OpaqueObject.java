package dev.restsh.shell.inspect;

import java.util.List;

/** An object restsh shows but does not open, such as {@code response.connection} (requests' HTTPAdapter). */
record OpaqueObject(String typeName, String repr) implements Inspectable {
    @Override
    public List<String> attributes() {
        return List.of();
    }

    @Override
    public Object attribute(String name) {
        throw noAttribute(name);
    }
}
