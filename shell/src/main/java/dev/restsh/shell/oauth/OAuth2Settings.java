package dev.restsh.shell.oauth;

import java.net.URI;

/**
 * What {@code auth oauth2 GRANT} was given: the grant, the issuer and any endpoints named outright, the client,
 * the scope and audience asked for, and the resource owner's name and password for the password grant. The
 * client secret and the password stay in memory (see {@link #withoutSecrets}).
 */
public record OAuth2Settings(
        GrantType grant,
        URI issuer,
        Endpoints endpoints,
        String clientId,
        String clientSecret,
        String scope,
        String audience,
        String username,
        String password,
        Integer port) {

    public OAuth2Settings withEndpoints(Endpoints resolved) {
        return new OAuth2Settings(
                grant, issuer, resolved, clientId, clientSecret, scope, audience, username, password, port);
    }

    public OAuth2Settings withoutSecrets() {
        return new OAuth2Settings(grant, issuer, endpoints, clientId, null, scope, audience, username, null, port);
    }

    /**
     * True when a new token can be fetched without asking anyone: client credentials with their secret, or the
     * password grant while the password is known.
     */
    boolean canFetchAgain() {
        return switch (grant) {
            case CLIENT_CREDENTIALS -> clientSecret != null;
            case PASSWORD -> password != null;
            default -> false;
        };
    }

    /** The server named in messages: the issuer, else the token endpoint. */
    String server() {
        return issuer != null ? issuer.toString() : String.valueOf(endpoints.token());
    }
}
