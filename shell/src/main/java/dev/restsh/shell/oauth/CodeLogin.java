package dev.restsh.shell.oauth;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The authorization code grant with PKCE (RFC 7636) for a native app (RFC 8252): a loopback redirect on
 * 127.0.0.1, the authorization URL opened in the browser (and printed), the code exchanged with its verifier.
 */
final class CodeLogin {
    /** How long the browser has to come back. */
    static final Duration WAIT = Duration.ofMinutes(5);

    private final TokenEndpoint tokens;
    private final PrintWriter messages;
    private final Browser.Opener browser;

    CodeLogin(TokenEndpoint tokens, PrintWriter messages, Browser.Opener browser) {
        this.tokens = tokens;
        this.messages = messages;
        this.browser = browser;
    }

    TokenSet run() {
        OAuth2Settings settings = tokens.settings();
        Pkce pkce = Pkce.create();
        String state = Pkce.random(16);
        try (LoopbackRedirect redirect = new LoopbackRedirect(settings.port(), state)) {
            URI url = authorizationUrl(settings, redirect.redirectUri(), pkce, state);
            boolean opened = browser.open(url);
            messages.println(
                    (opened ? "Opened the browser to sign in; if it did not open, visit:" : "To sign in, open:")
                            + "\n  " + url);
            messages.println(
                    "Waiting for the browser to come back to " + redirect.redirectUri() + " (Ctrl-C stops)...");
            messages.flush();
            String code = redirect.awaitCode(WAIT);
            return tokens.authorizationCode(code, redirect.redirectUri(), pkce.verifier());
        }
    }

    static URI authorizationUrl(OAuth2Settings settings, URI redirectUri, Pkce pkce, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirectUri.toString());
        query.put("scope", settings.scope());
        query.put("state", state);
        query.put("code_challenge", pkce.challenge());
        query.put("code_challenge_method", "S256");
        StringJoiner joined = new StringJoiner("&");
        query.forEach((name, value) -> {
            if (value != null) {
                joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        String base = settings.endpoints().authorization().toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + joined);
    }
}
