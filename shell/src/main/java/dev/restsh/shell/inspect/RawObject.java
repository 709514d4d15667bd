package dev.restsh.shell.inspect;

import dev.restsh.shell.http.Response;
import java.math.BigInteger;
import java.util.List;

/**
 * {@code response.raw}: a small read-only view of urllib3's HTTPResponse. Its stream was read to make the
 * response, so {@code read()} gives {@code b''}, as in requests after the content was loaded.
 */
record RawObject(Response response) implements Inspectable {
    private static final List<String> ATTRIBUTES = List.of("headers", "read", "reason", "status", "url", "version");

    @Override
    public String typeName() {
        return "HTTPResponse";
    }

    @Override
    public List<String> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "status" -> BigInteger.valueOf(response.status());
            case "reason" -> response.reason();
            case "version" -> BigInteger.valueOf(response.version().contains("2") ? 20 : 11);
            case "headers" -> new HeadersObject(response.headers());
            case "url" -> response.url().getRawPath();
            case "read" -> BoundMethod.between(typeName(), name, 0, 1, args -> new byte[0]);
            default -> throw noAttribute(name);
        };
    }

    @Override
    public String repr() {
        return "<urllib3.response.HTTPResponse object>";
    }
}
