package dev.restsh.server.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads are open; every write (POST, PUT, PATCH, DELETE) on a matched route needs the API token or, when
 * RESTSH_OIDC_ISSUER is set, an access token from that provider. The static token is checked first: it costs a hash,
 * the provider's check a signature verification.
 */
public class BearerTokenFilter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String SCHEME = "Bearer ";

    private final ApiToken token;
    private final OidcAccessTokens accessTokens;

    @Inject
    BearerTokenFilter(ApiToken token, OidcAccessTokens accessTokens) {
        this.token = token;
        this.accessTokens = accessTokens;
    }

    @ServerRequestFilter
    public void requireTokenForWrites(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            throw BearerChallenge.missingToken(
                    "This write needs 'Authorization: Bearer <token>'; see the server log for where the token is.");
        }
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw BearerChallenge.missingToken("Only the Bearer scheme is accepted: 'Authorization: Bearer <token>'.");
        }
        String presented = authorization.substring(SCHEME.length()).trim();
        if (token.accepts(presented)) {
            return;
        }
        if (!accessTokens.enabled()) {
            throw BearerChallenge.invalidToken("The bearer token is wrong.");
        }
        accessTokens.requireWriter(presented);
    }
}
