package dev.restsh.server.security;

import dev.restsh.server.error.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;

/** The 401s of writes, with RFC 6750's challenge: no error code when no token came, invalid_token when a bad one did. */
final class BearerChallenge {
    private static final String REALM = "Bearer realm=\"restsh\"";

    private BearerChallenge() {}

    static ProblemException missingToken(String detail) {
        return new ProblemException(401, detail, Map.of(HttpHeaders.WWW_AUTHENTICATE, REALM));
    }

    static ProblemException invalidToken(String detail) {
        return new ProblemException(
                401, detail, Map.of(HttpHeaders.WWW_AUTHENTICATE, REALM + ", error=\"invalid_token\""));
    }
}
