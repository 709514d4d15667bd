package dev.restsh.shell.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.oauth.Endpoints;
import dev.restsh.shell.oauth.GrantType;
import dev.restsh.shell.oauth.OAuth2Settings;
import dev.restsh.shell.session.Auth;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An environment's {@code auth} table, secrets resolved: one scheme, as {@code auth} takes it. {@code bearer},
 * {@code basic = "USER:PASS"}, {@code digest = "USER:PASS"}, {@code local}, {@code none} are credentials at once;
 * {@code oauth2 = { grant = "...", ... }} (keys named as {@code auth oauth2}'s options) is a sign-in, made when the
 * environment is used.
 */
record EnvironmentAuth(Auth credentials, OAuth2Settings signIn) {
    static final List<String> SCHEMES = List.of("bearer", "basic", "digest", "oauth2", "local", "none");
    static final List<String> OAUTH2_KEYS = List.of(
            "grant",
            "issuer",
            "token-url",
            "device-url",
            "auth-url",
            "client-id",
            "client-secret",
            "scope",
            "audience",
            "username",
            "password",
            "port");

    /** The auth an environment sets, or null when it sets none. */
    static EnvironmentAuth of(JsonNode table, SecretValues secrets, String where) {
        if (table == null || table.isEmpty()) {
            return null;
        }
        if (table.size() > 1) {
            throw RestshException.usage(
                    where + ": one scheme only, not " + String.join(" and ", Environment.fieldNames(table)));
        }
        Map.Entry<String, JsonNode> entry = table.fields().next();
        String scheme = entry.getKey().toLowerCase(Locale.ROOT);
        String at = where + "." + entry.getKey();
        if (scheme.equals("oauth2")) {
            return new EnvironmentAuth(null, oauth2(entry.getValue(), secrets, at));
        }
        if (entry.getValue().isObject()) {
            throw RestshException.usage(at + ": expected a string, not a table");
        }
        String value = secrets.resolve(entry.getValue().asText(), at);
        return switch (scheme) {
            case "bearer" -> new EnvironmentAuth(Auth.bearer(value), null);
            case "basic", "digest" -> {
                int colon = value.indexOf(':');
                if (colon < 0) {
                    throw RestshException.usage(at + ": expected \"USER:PASSWORD\" (the password may be"
                            + " ${env:NAME} or ${cmd:COMMAND})");
                }
                String user = value.substring(0, colon);
                String password = value.substring(colon + 1);
                yield new EnvironmentAuth(
                        scheme.equals("basic") ? Auth.basic(user, password) : Auth.digest(user, password), null);
            }
            case "local" -> new EnvironmentAuth(Auth.local(), null);
            case "none" -> new EnvironmentAuth(Auth.none(), null);
            default ->
                throw RestshException.usage(where + ": unknown scheme '" + entry.getKey() + "' (known: "
                        + String.join(", ", SCHEMES) + ")");
        };
    }

    /** {@code oauth2 = { grant = "client-credentials", issuer = "...", client-id = "...", ... }}. */
    private static OAuth2Settings oauth2(JsonNode node, SecretValues secrets, String where) {
        if (!node.isObject()) {
            throw RestshException.usage(where + ": expected a table, e.g. oauth2 = { grant = \"client-credentials\","
                    + " issuer = \"https://id.example/realms/demo\", client-id = \"cli\", client-secret ="
                    + " \"${env:SECRET}\" }");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            // client_id and client-id alike: TOML files spell keys both ways.
            String key = field.getKey().toLowerCase(Locale.ROOT).replace('_', '-');
            if (!OAUTH2_KEYS.contains(key)) {
                throw RestshException.usage(where + ": unknown key '" + field.getKey() + "' (known: "
                        + String.join(", ", OAUTH2_KEYS) + ")");
            }
            values.put(key, secrets.resolve(field.getValue().asText(), where + "." + field.getKey()));
        }
        GrantType grant = grant(values.get("grant"), where);
        if (values.get("client-id") == null) {
            throw RestshException.usage(where + ": client-id is required");
        }
        URI issuer = url(values.get("issuer"), where + ".issuer");
        if (issuer == null && values.get("token-url") == null) {
            throw RestshException.usage(where + ": give issuer (or token-url for a server without discovery)");
        }
        if (grant == GrantType.PASSWORD && (values.get("username") == null || values.get("password") == null)) {
            throw RestshException.usage(where + ": the password grant needs username and password");
        }
        if (grant == GrantType.CLIENT_CREDENTIALS && values.get("client-secret") == null) {
            throw RestshException.usage(where + ": the client-credentials grant needs client-secret");
        }
        String scope = values.get("scope");
        if (scope == null && grant == GrantType.CODE && issuer != null) {
            scope = "openid"; // as auth oauth2 code: OpenID Connect providers want it
        }
        return new OAuth2Settings(
                grant,
                issuer,
                new Endpoints(
                        url(values.get("token-url"), where + ".token-url"),
                        url(values.get("device-url"), where + ".device-url"),
                        url(values.get("auth-url"), where + ".auth-url")),
                values.get("client-id"),
                values.get("client-secret"),
                scope,
                values.get("audience"),
                values.get("username"),
                values.get("password"),
                port(values.get("port"), where));
    }

    private static GrantType grant(String name, String where) {
        List<String> known = new ArrayList<>();
        for (GrantType grant : GrantType.values()) {
            if (grant.command().equals(name)) {
                return grant;
            }
            known.add(grant.command());
        }
        throw RestshException.usage(where + ".grant: " + (name == null ? "missing" : "unknown '" + name + "'")
                + " (one of " + String.join(", ", known) + ")");
    }

    private static URI url(String text, String where) {
        if (text == null) {
            return null;
        }
        URI url = Endpoints.absolute(text);
        if (url == null) {
            throw RestshException.usage(where + ": not an absolute URL: " + text);
        }
        return url;
    }

    private static Integer port(String text, String where) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw RestshException.usage(where + ".port: not a number: " + text);
        }
    }
}
