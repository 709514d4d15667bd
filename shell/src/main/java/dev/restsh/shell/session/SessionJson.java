package dev.restsh.shell.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.CookieJar;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.oauth.OAuth2Login;
import java.net.HttpCookie;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

/**
 * A session's lasting state as JSON: base URL, headers, credentials (an OAuth2 sign-in through {@link OAuth2Json}),
 * variables and cookies.
 */
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
            if (auth.oauth2() != null) {
                OAuth2Json.write(auth.oauth2(), node);
            }
            if (auth.user() != null) {
                node.put("user", auth.user());
            }
            if (auth.secret() != null) {
                node.put("secret", auth.secret());
            }
        });
        ObjectNode variables = root.putObject("variables");
        session.variables().forEach(variables::put);
        root.set("cookies", cookies(session.client().cookieJar()));
        return root;
    }

    private static ArrayNode cookies(CookieJar store) {
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
                // The moment, not the max-age: that would count again from every load.
                store.expiry(cookie).ifPresent(expiry -> node.put("expires", expiry.toString()));
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
                if (scheme == Auth.Scheme.OAUTH2) {
                    OAuth2Login login = OAuth2Json.read(auth, session);
                    session.auth(Auth.oauth2(login));
                    session.credentialRenewal(login);
                } else {
                    session.auth(new Auth(scheme, text(auth, "user"), text(auth, "secret")));
                    session.credentialRenewal(CredentialRenewal.NONE);
                }
            }
            root.path("variables")
                    .fields()
                    .forEachRemaining(e ->
                            session.variables().put(e.getKey(), e.getValue().asText()));
            CookieJar store = session.client().cookieJar();
            Instant now = Instant.now();
            for (JsonNode node : root.path("cookies")) {
                Instant expiry = node.hasNonNull("expires") ? Instant.parse(text(node, "expires")) : null;
                long maxAge = maxAge(node, expiry, now);
                if (maxAge == 0) {
                    continue;
                }
                HttpCookie cookie = new HttpCookie(
                        node.path("name").asText(), node.path("value").asText());
                cookie.setDomain(text(node, "domain"));
                cookie.setPath(text(node, "path"));
                cookie.setSecure(node.path("secure").asBoolean());
                cookie.setHttpOnly(node.path("httpOnly").asBoolean());
                cookie.setMaxAge(maxAge);
                cookie.setVersion(0);
                store.add(URI.create(node.path("uri").asText()), cookie, expiry);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw RestshException.usage("the session file is damaged: " + e.getMessage());
        }
    }

    /**
     * The seconds a saved cookie has left, rounded up (the jar keeps the exact moment), 0 when it has expired, -1
     * for one without an expiry. Files written before the moment was saved have the max-age the server sent,
     * counted from now as it always was.
     */
    private static long maxAge(JsonNode node, Instant expiry, Instant now) {
        if (expiry != null) {
            long left = Duration.between(now, expiry).toMillis();
            return left <= 0 ? 0 : (left + 999) / 1000;
        }
        return node.has("maxAge") ? node.get("maxAge").asLong() : -1;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
