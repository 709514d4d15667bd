package dev.restsh.shell.oauth;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.session.BearerChallenge;
import dev.restsh.shell.session.CredentialRenewal;
import dev.restsh.shell.session.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An OAuth2 sign-in kept with the session: the grant's settings and the current tokens. The access token is
 * renewed where the Authorization header is made, shortly before it expires, and once after a server rejects it
 * as {@code invalid_token}: with the refresh token when there is one, else by fetching a new one when that needs
 * nobody (client credentials, the password grant while the password is known).
 */
public final class OAuth2Login implements CredentialRenewal {
    /** Access tokens remembered as this login's, so exports of older requests mask them too. */
    private static final int REMEMBERED = 32;

    private final TokenEndpoint tokens;
    private final Clock clock;
    private final Deque<String> issued = new ArrayDeque<>();
    private TokenSet token;
    private boolean keepTokens;

    private OAuth2Login(TokenEndpoint tokens, Clock clock, TokenSet token) {
        this.tokens = tokens;
        this.clock = clock;
        adopt(token);
    }

    /** Finds the endpoints (discovery when needed) and runs the grant. */
    public static OAuth2Login signIn(OAuth2Settings given, Session session, Interaction interaction) {
        AuthorizationServer server = new AuthorizationServer(session);
        OAuth2Settings settings = given.withEndpoints(Discovery.resolve(given, server));
        TokenEndpoint tokens = new TokenEndpoint(server, settings, interaction.clock());
        TokenSet token = switch (settings.grant()) {
            case CLIENT_CREDENTIALS -> tokens.clientCredentials();
            case PASSWORD -> tokens.password();
            case DEVICE ->
                new DeviceLogin(tokens, interaction.messages(), interaction.pause(), interaction.clock()).run();
            case CODE -> new CodeLogin(tokens, interaction.messages(), interaction.browser()).run();
        };
        return new OAuth2Login(tokens, interaction.clock(), token);
    }

    /** A login read from a saved session: its settings (endpoints resolved) and the tokens kept, or null. */
    public static OAuth2Login restore(OAuth2Settings settings, TokenSet token, Session session, Clock clock) {
        OAuth2Login login =
                new OAuth2Login(new TokenEndpoint(new AuthorizationServer(session), settings, clock), clock, token);
        login.keepTokens = token != null;
        return login;
    }

    /** The access token to send now, renewed first when it is about to expire (or missing). */
    public synchronized String accessToken() {
        if (token == null || token.dueForRenewal(clock.instant())) {
            renew();
        }
        return token.accessToken();
    }

    /**
     * After a 401 with {@code WWW-Authenticate: Bearer error="invalid_token"} for a request that carried this
     * login's token: renews it, unless that was done since the request left. True when a resend has a new token.
     */
    @Override
    public boolean renewAfterRejection(Response rejected) {
        if (!BearerChallenge.rejectsToken(rejected)) {
            return false;
        }
        String sent = bearerToken(rejected.request().headers());
        synchronized (this) {
            if (sent == null || !issued.contains(sent)) {
                return false; // not this login's token: someone else's credentials were rejected
            }
            if (token != null && !sent.equals(token.accessToken())) {
                return true; // renewed since that request left
            }
            renew();
            return !sent.equals(token.accessToken());
        }
    }

    /** The token of a request's {@code Authorization: Bearer TOKEN}; null without one. */
    private static String bearerToken(Headers requestHeaders) {
        String value = requestHeaders.first("authorization").orElse("").strip();
        return value.regionMatches(true, 0, "Bearer ", 0, 7)
                ? value.substring(7).strip()
                : null;
    }

    /** True for an access token this login obtained (the current one or an earlier one). */
    public synchronized boolean issued(String accessToken) {
        return accessToken != null && issued.contains(accessToken);
    }

    public OAuth2Settings settings() {
        return tokens.settings();
    }

    /** The tokens now held; null when a saved session kept none. */
    public synchronized TokenSet token() {
        return token;
    }

    /** Whether saving the session keeps the tokens ({@code session save --with-tokens}, or loaded with them). */
    public synchronized boolean keepTokens() {
        return keepTokens;
    }

    public synchronized void keepTokens(boolean keep) {
        keepTokens = keep;
    }

    /** Grant, issuer, client, scopes and time left; the access token only when asked for. */
    public synchronized String describe(boolean showSecrets) {
        OAuth2Settings settings = tokens.settings();
        StringBuilder text =
                new StringBuilder("oauth2 ").append(settings.grant().command());
        text.append(" (")
                .append(settings.issuer() != null ? "issuer " : "token endpoint ")
                .append(settings.server());
        text.append(", client ").append(settings.clientId());
        if (settings.username() != null) {
            text.append(", user ").append(settings.username());
        }
        if (token == null) {
            return text.append(
                            settings.canFetchAgain()
                                    ? "): no token yet, one is fetched with the next request"
                                    : "): no token kept, sign in again with auth oauth2 "
                                            + settings.grant().command())
                    .toString();
        }
        if (token.scope() != null && !token.scope().isBlank()) {
            text.append(", scopes ").append(token.scope());
        }
        Duration left = token.left(clock.instant());
        text.append(", ")
                .append(left == null ? "no expiry given" : left.isNegative() ? "expired" : "expires in " + span(left));
        text.append(token.refreshToken() != null ? ", renewed with the refresh token" : renewal(settings));
        if (showSecrets) {
            text.append(", token ").append(token.accessToken());
        }
        return text.append(')').toString();
    }

    private static String renewal(OAuth2Settings settings) {
        return settings.canFetchAgain() ? ", fetched again before it expires" : ", sign in again when it expires";
    }

    private static String span(Duration left) {
        long seconds = left.getSeconds();
        if (seconds >= 3600) {
            return seconds / 3600 + "h " + seconds / 60 % 60 + "m";
        }
        return seconds >= 60 ? seconds / 60 + "m " + seconds % 60 + "s" : seconds + "s";
    }

    private void renew() {
        OAuth2Settings settings = tokens.settings();
        if (token != null && token.refreshToken() != null) {
            try {
                adopt(tokens.refresh(token.refreshToken()).after(token));
                return;
            } catch (OAuth2Error e) {
                if (!e.error().equals("invalid_grant") || !settings.canFetchAgain()) {
                    throw signInAgain(e.getMessage());
                }
            }
        }
        if (!settings.canFetchAgain()) {
            throw signInAgain("the oauth2 token " + (token == null ? "was not kept" : "has expired")
                    + " and there is no refresh token");
        }
        adopt(settings.grant() == GrantType.PASSWORD ? tokens.password() : tokens.clientCredentials());
    }

    private RestshException signInAgain(String why) {
        return new RestshException(
                ExitStatus.CLIENT_ERROR,
                why + ": sign in again with auth oauth2 "
                        + tokens.settings().grant().command() + " ...");
    }

    private void adopt(TokenSet next) {
        token = next;
        if (next != null) {
            issued.remove(next.accessToken());
            issued.addFirst(next.accessToken());
            while (issued.size() > REMEMBERED) {
                issued.removeLast();
            }
        }
    }
}
