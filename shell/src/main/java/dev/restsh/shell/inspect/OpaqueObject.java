package dev.restsh.shell.inspect;

/** An object restsh shows but does not open, such as {@code response.connection} (requests' HTTPAdapter). */
record OpaqueObject(String typeName, String repr) implements Inspectable {}
