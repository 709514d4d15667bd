package dev.restsh.shell.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restsh.shell.oauth.Endpoints;
import dev.restsh.shell.oauth.GrantType;
import dev.restsh.shell.oauth.OAuth2Login;
import dev.restsh.shell.oauth.OAuth2Settings;
import dev.restsh.shell.oauth.TokenSet;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/**
 * An OAuth2 sign-in in a session file: the grant, issuer, resolved endpoints, client, scope and user always; the
 * tokens and the client secret only when the session keeps tokens ({@code session save --with-tokens}). The
 * resource owner's password is never written.
 */
final class OAuth2Json {
    private OAuth2Json() {}

    static void write(OAuth2Login login, ObjectNode node) {
        OAuth2Settings settings = login.settings();
        node.put("grant", settings.grant().command());
        put(node, "issuer", settings.issuer());
        put(node, "tokenUrl", settings.endpoints().token());
        put(node, "deviceUrl", settings.endpoints().device());
        put(node, "authUrl", settings.endpoints().authorization());
        put(node, "clientId", settings.clientId());
        put(node, "scope", settings.scope());
        put(node, "audience", settings.audience());
        put(node, "username", settings.username());
        if (settings.port() != null) {
            node.put("port", settings.port());
        }
        TokenSet token = login.token();
        if (!login.keepTokens() || token == null) {
            return;
        }
        put(node, "clientSecret", settings.clientSecret());
        ObjectNode tokens = node.putObject("tokens");
        tokens.put("access", token.accessToken());
        put(tokens, "refresh", token.refreshToken());
        tokens.put("obtained", token.obtained().toString());
        put(tokens, "expires", token.expires());
        put(tokens, "scope", token.scope());
    }

    static OAuth2Login read(JsonNode node, Session session) {
        OAuth2Settings settings = new OAuth2Settings(
                GrantType.ofCommand(node.path("grant").asText()),
                uri(node, "issuer"),
                new Endpoints(uri(node, "tokenUrl"), uri(node, "deviceUrl"), uri(node, "authUrl")),
                text(node, "clientId"),
                text(node, "clientSecret"),
                text(node, "scope"),
                text(node, "audience"),
                text(node, "username"),
                null,
                node.hasNonNull("port") ? node.get("port").asInt() : null);
        if (settings.endpoints().token() == null) {
            throw new IllegalArgumentException("the oauth2 sign-in has no tokenUrl");
        }
        JsonNode tokens = node.path("tokens");
        TokenSet token = tokens.hasNonNull("access")
                ? new TokenSet(
                        tokens.get("access").asText(),
                        text(tokens, "refresh"),
                        Instant.parse(tokens.path("obtained").asText()),
                        tokens.hasNonNull("expires")
                                ? Instant.parse(tokens.get("expires").asText())
                                : null,
                        text(tokens, "scope"))
                : null;
        return OAuth2Login.restore(settings, token, session, Clock.systemUTC());
    }

    private static void put(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    private static URI uri(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : URI.create(text);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
