package dev.restsh.shell.oauth;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** The token endpoint's grants (RFC 6749 section 4, RFC 8628 section 3.4) for one client. */
final class TokenEndpoint {
    static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    private final AuthorizationServer server;
    private final OAuth2Settings settings;
    private final Clock clock;

    TokenEndpoint(AuthorizationServer server, OAuth2Settings settings, Clock clock) {
        this.server = server;
        this.settings = settings;
        this.clock = clock;
    }

    TokenSet clientCredentials() {
        Map<String, String> form = form("client_credentials");
        form.put("scope", settings.scope());
        form.put("audience", settings.audience());
        return request(form, "the client credentials grant was");
    }

    TokenSet password() {
        Map<String, String> form = form("password");
        form.put("username", settings.username());
        form.put("password", settings.password());
        form.put("scope", settings.scope());
        return request(form, "the password grant was");
    }

    TokenSet refresh(String refreshToken) {
        Map<String, String> form = form("refresh_token");
        form.put("refresh_token", refreshToken);
        return request(form, "the token refresh was");
    }

    TokenSet authorizationCode(String code, URI redirectUri, String verifier) {
        Map<String, String> form = form("authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        form.put("code_verifier", verifier);
        return request(form, "the authorization code was");
    }

    TokenSet deviceCode(String deviceCode) {
        Map<String, String> form = form(DEVICE_CODE_GRANT);
        form.put("device_code", deviceCode);
        return request(form, "the device login was");
    }

    /** A form for this client: {@code client_id} goes in the body for a public client, in Basic auth otherwise. */
    Map<String, String> form(String grantType) {
        Map<String, String> form = new LinkedHashMap<>();
        if (grantType != null) {
            form.put("grant_type", grantType);
        }
        if (settings.clientSecret() == null) {
            form.put("client_id", settings.clientId());
        }
        return form;
    }

    AuthorizationServer server() {
        return server;
    }

    OAuth2Settings settings() {
        return settings;
    }

    private TokenSet request(Map<String, String> form, String what) {
        return TokenSet.from(
                server.post(settings.endpoints().token(), form, settings.clientId(), settings.clientSecret(), what),
                clock.instant(),
                settings.scope());
    }
}
