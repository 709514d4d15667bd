package dev.restsh.shell.session;

import dev.restsh.shell.http.UrlCredentials;
import dev.restsh.shell.oauth.OAuth2Login;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Credentials sent with every request of a session: HTTP basic, HTTP digest (in answer to a challenge), a bearer token, the local server's write
 * token (read from its file at each request, so a restarted server's new token is picked up), or an OAuth2
 * sign-in whose access token is renewed as the header is made.
 */
public record Auth(Scheme scheme, String user, String secret, OAuth2Login oauth2) {
    public enum Scheme {
        BASIC,
        /** HTTP Digest: nothing sent up front; the server's challenge is answered ({@link DigestAnswer}). */
        DIGEST,
        BEARER,
        LOCAL,
        OAUTH2,
        /** Explicitly none: not even the local server's token that localhost requests get by default. */
        NONE
    }

    public Auth(Scheme scheme, String user, String secret) {
        this(scheme, user, secret, null);
    }

    public static Auth oauth2(OAuth2Login login) {
        return new Auth(Scheme.OAUTH2, null, null, login);
    }

    public static Auth basic(String user, String password) {
        return new Auth(Scheme.BASIC, user, password);
    }

    public static Auth digest(String user, String password) {
        return new Auth(Scheme.DIGEST, user, password);
    }

    public static Auth bearer(String token) {
        return new Auth(Scheme.BEARER, null, token);
    }

    public static Auth none() {
        return new Auth(Scheme.NONE, null, null);
    }

    public static Auth local() {
        return new Auth(Scheme.LOCAL, null, null);
    }

    /**
     * Tells the access tokens of the session's OAuth2 sign-in (the current one and earlier ones), which exports
     * write as a variable instead.
     */
    public static Predicate<String> oauth2Tokens(Session session) {
        OAuth2Login login = session.auth().map(Auth::oauth2).orElse(null);
        return login == null ? token -> false : login::issued;
    }

    /** The Authorization header value, if there is one to send. */
    public Optional<String> header(Map<String, String> env) {
        return switch (scheme) {
            case BASIC ->
                Optional.of("Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8)));
            case BEARER -> Optional.of("Bearer " + secret);
            case DIGEST -> Optional.empty(); // only an answer to the server's challenge: see Exchanges
            case LOCAL -> LocalToken.read(env).map(token -> "Bearer " + token);
            case OAUTH2 -> Optional.of("Bearer " + oauth2.accessToken());
            case NONE -> Optional.empty();
        };
    }

    /**
     * The session's credentials in one line; "auto" when none are set (writes to a loopback base URL's port then get
     * the local token).
     */
    public static String describe(Session session, boolean showSecrets) {
        String user = UrlCredentials.user(session.base());
        if (session.auth().isEmpty() && user != null) {
            // UrlCredentials sends a base URL's userinfo as basic auth on every request that has no Authorization.
            String password = UrlCredentials.password(session.base());
            return "basic from the base URL (" + user + ":"
                    + (showSecrets && password != null ? password : Secrets.MASK) + ")";
        }
        return session.auth()
                .map(auth -> auth.describe(showSecrets, session.env()))
                .orElse(
                        LocalToken.read(session.env()).isPresent()
                                ? "auto (writes to the base URL's port on this machine carry the local server's"
                                        + " token)"
                                : "auto (none; writes to the base URL's port on this machine would get the local"
                                        + " server's token if there were one)");
    }

    /** A one-line description, the secret masked unless asked for. */
    public String describe(boolean showSecrets, Map<String, String> env) {
        return switch (scheme) {
            case BASIC -> "basic " + user + ":" + (showSecrets ? secret : Secrets.MASK);
            case DIGEST -> "digest " + user + ":" + (showSecrets ? secret : Secrets.MASK);
            case BEARER -> "bearer " + (showSecrets ? secret : Secrets.MASK);
            case LOCAL ->
                "local (the server's write token from " + LocalToken.path(env)
                        + (LocalToken.read(env).isPresent() ? ")" : ", which does not exist yet)");
            case OAUTH2 -> oauth2.describe(showSecrets);
            case NONE -> "none";
        };
    }
}
