package dev.restsh.shell.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.json.Json;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/** A session's lasting state as JSON: base URL, headers, credentials, variables and cookies. */
final class SessionJson {
    private SessionJson() {}

    static ObjectNode write(Session session) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("base", session.base().toString());
        ArrayNode headers = root.putArray("headers");
        for (Headers.Field field : session.headers().fields()) {
            headers.addObject().put("name", field.name()).put("value", field.value());
        }
        session.auth().ifPresent(auth -> {
            ObjectNode node =
                    root.putObject("auth").put("scheme", auth.scheme().name().toLowerCase());
            if (auth.user() != null) {
                node.put("user", auth.user());
            }
            if (auth.secret() != null) {
                node.put("secret", auth.secret());
            }
        });
        ObjectNode variables = root.putObject("variables");
        session.variables().forEach(variables::put);
        root.set("cookies", cookies(session.client().cookies().getCookieStore()));
        return root;
    }

    private static ArrayNode cookies(CookieStore store) {
        ArrayNode cookies = Json.mapper().createArrayNode();
        Set<HttpCookie> seen = new HashSet<>();
        for (URI uri : store.getURIs()) {
            for (HttpCookie cookie : store.get(uri)) {
                if (cookie.hasExpired() || !seen.add(cookie)) {
                    continue;
                }
                ObjectNode node = cookies.addObject()
                        .put("uri", uri.toString())
                        .put("name", cookie.getName())
                        .put("value", cookie.getValue())
                        .put("domain", cookie.getDomain())
                        .put("path", cookie.getPath())
                        .put("secure", cookie.getSecure())
                        .put("httpOnly", cookie.isHttpOnly());
                if (cookie.getMaxAge() >= 0) {
                    node.put("maxAge", cookie.getMaxAge());
                }
            }
        }
        return cookies;
    }

    static void read(ObjectNode root, Session session) {
        try {
            if (root.hasNonNull("base")) {
                session.base(URI.create(root.get("base").asText()));
            }
            for (JsonNode header : root.path("headers")) {
                session.headers()
                        .set(header.path("name").asText(), header.path("value").asText());
            }
            JsonNode auth = root.path("auth");
            if (auth.isObject()) {
                Auth.Scheme scheme =
                        Auth.Scheme.valueOf(auth.path("scheme").asText().toUpperCase());
                session.auth(new Auth(scheme, text(auth, "user"), text(auth, "secret")));
            }
            root.path("variables")
                    .fields()
                    .forEachRemaining(e ->
                            session.variables().put(e.getKey(), e.getValue().asText()));
            CookieStore store = session.client().cookies().getCookieStore();
            for (JsonNode node : root.path("cookies")) {
                HttpCookie cookie = new HttpCookie(
                        node.path("name").asText(), node.path("value").asText());
                cookie.setDomain(text(node, "domain"));
                cookie.setPath(text(node, "path"));
                cookie.setSecure(node.path("secure").asBoolean());
                cookie.setHttpOnly(node.path("httpOnly").asBoolean());
                cookie.setMaxAge(node.has("maxAge") ? node.get("maxAge").asLong() : -1);
                cookie.setVersion(0);
                store.add(URI.create(node.path("uri").asText()), cookie);
            }
        } catch (IllegalArgumentException e) {
            throw RestshException.usage("the session file is damaged: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
