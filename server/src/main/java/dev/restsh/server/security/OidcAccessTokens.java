package dev.restsh.server.security;

import dev.restsh.server.error.ProblemException;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Access tokens from the OpenID Connect provider named by RESTSH_OIDC_ISSUER, verified by quarkus-oidc (signature
 * from the provider's keys, issuer, expiry, audience when RESTSH_OIDC_AUDIENCE is set); a writer also needs
 * RESTSH_OIDC_WRITE_ROLE when that is set. Without an issuer this bean is never asked.
 */
@Singleton
public class OidcAccessTokens {
    private static final Logger LOG = Logger.getLogger(OidcAccessTokens.class);
    /** Verification may fetch the provider's keys again (a key rotation): bounded, as any outgoing call. */
    private static final Duration VERIFY_LIMIT = Duration.ofSeconds(10);

    private final Optional<String> issuer;
    private final Optional<String> writeRole;
    private final Instance<TenantIdentityProvider> provider;

    @Inject
    OidcAccessTokens(
            @ConfigProperty(name = OidcConfigSourceFactory.ISSUER) Optional<String> issuer,
            @ConfigProperty(name = "restsh.oidc.write-role") Optional<String> writeRole,
            Instance<TenantIdentityProvider> provider) {
        this.issuer = issuer.map(String::trim).filter(value -> !value.isEmpty());
        this.writeRole = writeRole.map(String::trim).filter(value -> !value.isEmpty());
        this.provider = provider;
    }

    public boolean enabled() {
        return issuer.isPresent();
    }

    /**
     * Returns when the token may write; otherwise throws the 401 (not a valid token from the provider) or the 403
     * (valid, but without the write role). Blocks: request filters of blocking endpoints run on a worker thread.
     */
    public void requireWriter(String token) {
        SecurityIdentity identity = verify(token);
        if (writeRole.isPresent() && !identity.hasRole(writeRole.get())) {
            throw new ProblemException(
                    403,
                    "This access token is valid but lacks the role '" + writeRole.get()
                            + "' that writes need; ask the identity provider's administrator to grant it.");
        }
    }

    private SecurityIdentity verify(String token) {
        try {
            return provider.get()
                    .authenticate(new AccessTokenCredential(token))
                    .await()
                    .atMost(VERIFY_LIMIT);
        } catch (RuntimeException e) {
            LOG.debugf("Access token refused: %s", reason(e));
            throw BearerChallenge.invalidToken(
                    expired(e)
                            ? "The access token has expired; get a new one from " + issuer.get() + "."
                            : "The bearer token is neither the API token nor an access token from " + issuer.get()
                                    + " that this server accepts (signature, issuer, expiry and audience are checked).");
        }
    }

    private static boolean expired(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid && invalid.hasExpired()) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message: quarkus-oidc wraps jose4j's explanation. Never the token itself. */
    private static String reason(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        return innermost.getClass().getSimpleName();
    }
}
