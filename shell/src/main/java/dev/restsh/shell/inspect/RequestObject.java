package dev.restsh.shell.inspect;

import dev.restsh.shell.http.Charsets;
import dev.restsh.shell.http.RequestSpec;
import java.util.List;

/** {@code response.request}: the request as it was sent. */
public record RequestObject(RequestSpec request) implements Inspectable {
    private static final List<String> ATTRIBUTES = List.of("body", "headers", "method", "path_url", "url");

    @Override
    public String typeName() {
        return "PreparedRequest";
    }

    @Override
    public List<String> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "method" -> request.method();
            case "url" -> request.url().toString();
            case "path_url" -> pathUrl();
            case "headers" -> new HeadersObject(request.headers());
            case "body" ->
                request.body().length == 0
                        ? null
                        : Charsets.decode(
                                request.body(),
                                request.headers().first("content-type").orElse(""));
            default -> throw noAttribute(name);
        };
    }

    /** requests' path_url: the path (at least "/") and the query, as sent on the request line. */
    private String pathUrl() {
        String path = request.url().getRawPath();
        String query = request.url().getRawQuery();
        return (path == null || path.isEmpty() ? "/" : path) + (query == null ? "" : "?" + query);
    }

    @Override
    public String repr() {
        return "<PreparedRequest [" + request.method() + "]>";
    }
}
