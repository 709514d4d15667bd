package dev.restsh.shell.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.Version;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.session.Session;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds the request to send from a method, what the user typed as URL, request items and the session. */
public final class RequestBuilder {
    private static final String USER_AGENT = "restsh/" + Version.number();

    private final Session session;

    public RequestBuilder(Session session) {
        this.session = session;
    }

    public RequestSpec build(String method, String target, List<String> items) {
        URI url = UrlResolver.resolve(session.base(), target);
        Headers headers = new Headers().add("User-Agent", USER_AGENT).add("Accept", "application/json, */*;q=0.5");
        session.headers().fields().forEach(field -> headers.set(field.name(), field.value()));
        StringBuilder query = new StringBuilder(url.getRawQuery() == null ? "" : url.getRawQuery());
        ObjectNode body = null;
        for (String text : items) {
            RequestItem item = RequestItemParser.parse(text);
            switch (item.kind()) {
                case HEADER -> {
                    if (item.value().isEmpty()) {
                        headers.remove(item.key());
                    } else {
                        headers.set(item.key(), item.value());
                    }
                }
                case QUERY ->
                    query.append(query.length() == 0 ? "" : "&")
                            .append(encode(item.key()))
                            .append('=')
                            .append(encode(item.value()));
                case DATA, JSON -> {
                    if (body == null) {
                        body = Json.mapper().createObjectNode();
                    }
                    body.set(item.key(), value(item));
                }
            }
        }
        byte[] bytes = new byte[0];
        if (body != null) {
            bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            if (!headers.contains("content-type")) {
                headers.add("Content-Type", "application/json");
            }
        }
        return new RequestSpec(method, withQuery(url, query.toString()), headers, bytes);
    }

    private static JsonNode value(RequestItem item) {
        if (item.kind() == RequestItem.Kind.DATA) {
            return Json.mapper().getNodeFactory().textNode(item.value());
        }
        try {
            return Json.parse(item.value());
        } catch (RestshException e) {
            throw RestshException.usage("'" + item.key() + ":=" + item.value() + "': " + e.getMessage());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static URI withQuery(URI url, String query) {
        String text = url.toString();
        int hash = text.indexOf('#');
        String withoutFragment = hash < 0 ? text : text.substring(0, hash);
        int mark = withoutFragment.indexOf('?');
        String path = mark < 0 ? withoutFragment : withoutFragment.substring(0, mark);
        return URI.create(query.isEmpty() ? path : path + "?" + query);
    }
}
