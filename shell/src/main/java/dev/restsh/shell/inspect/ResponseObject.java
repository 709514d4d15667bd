package dev.restsh.shell.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ErrorText;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.Body;
import dev.restsh.shell.http.Charsets;
import dev.restsh.shell.http.LinkHeader;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.json.Json;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code response} (and {@code _}, {@code _N}): a live response with the attributes of a requests.Response. */
public final class ResponseObject implements Inspectable {
    /** The public names of a requests.Response, in the order {@code dir()} gives them. */
    static final List<String> ATTRIBUTES = List.of(
            "apparent_encoding",
            "close",
            "content",
            "cookies",
            "elapsed",
            "encoding",
            "headers",
            "history",
            "is_permanent_redirect",
            "is_redirect",
            "iter_content",
            "iter_lines",
            "json",
            "links",
            "next",
            "ok",
            "raise_for_status",
            "raw",
            "reason",
            "request",
            "status_code",
            "text",
            "url");

    private final Response response;
    private JsonNode json;

    public ResponseObject(Response response) {
        this.response = response;
    }

    public Response response() {
        return response;
    }

    @Override
    public String typeName() {
        return "Response";
    }

    @Override
    public List<String> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "status_code" -> response.status();
            case "reason" -> response.reason();
            case "ok" -> response.ok();
            // restsh's own, so not in dir(): False when the transfer broke and only what arrived is kept
            case "complete" -> response.body().whole();
            case "url" -> response.url().toString();
            case "headers" -> new HeadersObject(response.headers());
            case "text" -> Charsets.decode(bodyBytes(), response.contentType());
            case "content" -> bodyBytes();
            case "json" -> BoundMethod.of(typeName(), name, this::json);
            case "elapsed" -> response.elapsed();
            case "encoding" -> encoding();
            case "cookies" -> cookies();
            case "history" ->
                response.history().stream().map(ResponseObject::new).toList();
            case "links" -> links();
            case "request" -> new RequestObject(response.request());
            case "is_redirect" -> response.isRedirect();
            case "is_permanent_redirect" ->
                response.headers().contains("location") && (response.status() == 301 || response.status() == 308);
            case "apparent_encoding" -> BodyIterators.apparentEncoding(bodyBytes());
            case "raise_for_status" -> BoundMethod.of(typeName(), name, this::raiseForStatus);
            case "iter_content" ->
                new BoundMethod(
                        typeName(),
                        name,
                        0,
                        2,
                        true,
                        (args, keywords) -> BodyIterators.content(
                                bodyBytes(),
                                args.isEmpty()
                                        ? keywords.getOrDefault("chunk_size", java.math.BigInteger.ONE)
                                        : args.get(0),
                                Values.truthy(args.size() > 1 ? args.get(1) : keywords.get("decode_unicode")),
                                encoding()));
            case "iter_lines" ->
                new BoundMethod(
                        typeName(),
                        name,
                        0,
                        3,
                        true,
                        (args, keywords) -> BodyIterators.lines(
                                bodyBytes(),
                                Values.truthy(args.size() > 1 ? args.get(1) : keywords.get("decode_unicode")),
                                encoding()));
            case "next" -> RedirectTarget.of(response).map(RequestObject::new).orElse(null);
            case "raw" -> new RawObject(response);
            case "close" -> BoundMethod.of(typeName(), name, () -> null);
            case "connection" -> new OpaqueObject("HTTPAdapter", "<requests.adapters.HTTPAdapter object>");
            default -> throw noAttribute(name);
        };
    }

    /** requests' raise_for_status: an HTTPError line for 4xx and 5xx, nothing otherwise. */
    private Object raiseForStatus() {
        int status = response.status();
        if (status >= 400 && status < 600) {
            throw new ExpressionException(
                    "HTTPError: " + status + (status < 500 ? " Client" : " Server") + " Error: " + response.reason()
                            + " for url: " + response.url(),
                    -1);
        }
        return null;
    }

    /** requests' get_encoding_from_headers: the charset, else ISO-8859-1 for text, UTF-8 for JSON, else None. */
    private String encoding() {
        String type = response.contentType();
        if (type == null || type.isEmpty()) {
            return null;
        }
        return Charsets.declared(type)
                .orElse(type.contains("text") ? "ISO-8859-1" : type.contains("application/json") ? "utf-8" : null);
    }

    private byte[] bodyBytes() {
        try {
            return response.body().bytes();
        } catch (UncheckedIOException e) {
            throw new RestshException(ExitStatus.ERROR, "cannot read the body: " + ErrorText.of(e.getCause()), e);
        }
    }

    /** The body parsed as JSON; the newest parse is kept, since most lines read the same body again. */
    public JsonNode json() {
        if (json == null) {
            ParsedBody last = lastParsed;
            if (last != null && last.body() == response.body()) {
                json = last.json();
            } else {
                json = Json.parse(response.body().open());
                lastParsed = new ParsedBody(response.body(), json);
            }
        }
        return json;
    }

    private record ParsedBody(Body body, JsonNode json) {}

    private static volatile ParsedBody lastParsed;

    private Map<String, String> cookies() {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String header : response.headers().all("set-cookie")) {
            try {
                HttpCookie.parse(header).forEach(cookie -> cookies.put(cookie.getName(), cookie.getValue()));
            } catch (IllegalArgumentException e) {
                // A malformed Set-Cookie is ignored, as the cookie jar ignores it.
            }
        }
        return cookies;
    }

    private Map<String, Object> links() {
        Map<String, Object> links = new LinkedHashMap<>();
        LinkHeader.parse(response.headers().all("link"), response.url())
                .forEach((rel, link) -> links.put(rel, link.params()));
        return links;
    }

    @Override
    public String repr() {
        return "<Response [" + response.status() + "]>";
    }

    /** A Response is true when it is ok, as requests' {@code __bool__}. */
    @Override
    public boolean truthy() {
        return response.ok();
    }
}
