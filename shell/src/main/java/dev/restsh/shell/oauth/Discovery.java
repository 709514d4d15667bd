package dev.restsh.shell.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import java.net.URI;

/**
 * Finds the endpoints a grant needs: those named outright ({@code --token-url}, {@code --device-url},
 * {@code --auth-url}) win; the rest come from the issuer's OpenID Connect discovery document, read only when some
 * are missing.
 */
final class Discovery {
    static final String WELL_KNOWN = "/.well-known/openid-configuration";

    private Discovery() {}

    static Endpoints resolve(OAuth2Settings settings, AuthorizationServer server) {
        Endpoints given = settings.endpoints();
        if (complete(given, settings.grant())) {
            return given;
        }
        if (settings.issuer() == null) {
            throw RestshException.usage("auth oauth2 " + settings.grant().command()
                    + ": give --issuer URL (read by OpenID Connect discovery) or " + missingOptions(given, settings));
        }
        URI document = document(settings.issuer());
        JsonNode found = server.get(document);
        Endpoints endpoints = given.or(new Endpoints(
                uri(found, "token_endpoint"),
                uri(found, "device_authorization_endpoint"),
                uri(found, "authorization_endpoint")));
        require(endpoints.token(), document, "token_endpoint", "--token-url");
        if (settings.grant() == GrantType.DEVICE) {
            require(endpoints.device(), document, "device_authorization_endpoint", "--device-url");
        }
        if (settings.grant() == GrantType.CODE) {
            require(endpoints.authorization(), document, "authorization_endpoint", "--auth-url");
        }
        return endpoints;
    }

    /** The discovery document's URL: the issuer's path and {@value #WELL_KNOWN} (or that URL itself, if given). */
    static URI document(URI issuer) {
        String text = issuer.toString();
        if (text.endsWith(WELL_KNOWN)) {
            return issuer;
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text + WELL_KNOWN);
    }

    private static boolean complete(Endpoints endpoints, GrantType grant) {
        return endpoints.token() != null
                && (grant != GrantType.DEVICE || endpoints.device() != null)
                && (grant != GrantType.CODE || endpoints.authorization() != null);
    }

    private static String missingOptions(Endpoints given, OAuth2Settings settings) {
        StringBuilder options = new StringBuilder();
        if (given.token() == null) {
            options.append("--token-url URL");
        }
        if (settings.grant() == GrantType.DEVICE && given.device() == null) {
            options.append(options.length() > 0 ? " and " : "").append("--device-url URL");
        }
        if (settings.grant() == GrantType.CODE && given.authorization() == null) {
            options.append(options.length() > 0 ? " and " : "").append("--auth-url URL");
        }
        return options.toString();
    }

    private static void require(URI endpoint, URI document, String field, String option) {
        if (endpoint == null) {
            throw new RestshException(
                    ExitStatus.CLIENT_ERROR,
                    "the discovery document " + document + " names no " + field + ": give " + option + " URL");
        }
    }

    private static URI uri(JsonNode document, String field) {
        JsonNode value = document.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            return null;
        }
        try {
            return URI.create(value.asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
