package dev.restsh.server.security;

import dev.restsh.server.error.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Reads are open; every write (POST, PUT, PATCH, DELETE) on a matched route needs the API token. */
public class BearerTokenFilter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String SCHEME = "Bearer ";

    private final ApiToken token;

    @Inject
    BearerTokenFilter(ApiToken token) {
        this.token = token;
    }

    @ServerRequestFilter
    public void requireTokenForWrites(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            throw unauthorized(
                    "This write needs 'Authorization: Bearer <token>'; see the server log for where the token is.");
        }
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw unauthorized("Only the Bearer scheme is accepted: 'Authorization: Bearer <token>'.");
        }
        if (!token.accepts(authorization.substring(SCHEME.length()).trim())) {
            throw unauthorized("The bearer token is wrong.");
        }
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(401, detail, Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"restsh\""));
    }
}
