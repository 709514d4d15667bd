package dev.restsh.shell.oauth;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Exception;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A real OpenID Connect provider on loopback (NAV's mock-oauth2-server: discovery, signed JWTs, the
 * client credentials, password, authorization code with PKCE and refresh grants, non-interactive logins).
 */
public final class TestProvider implements AutoCloseable {
    public static final String ISSUER_ID = "restsh";

    private final MockOAuth2Server server = new MockOAuth2Server();

    public TestProvider() {
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    public String tokenUrl() {
        return server.tokenEndpointUrl(ISSUER_ID).toString();
    }

    /** A signed access token of this issuer, as the device fixture hands out. */
    public String token(String subject) {
        return server.issueToken(ISSUER_ID, subject).serialize();
    }

    /** The next token request is answered with tokens of this lifetime. */
    public void nextTokenLifetime(long seconds) {
        server.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER_ID, "subject", "JWT", List.of("api"), Map.of(), seconds));
    }

    /**
     * The next token request must authenticate with this client secret (HTTP Basic), as a real provider checks;
     * a wrong or missing one is refused with {@code invalid_client}.
     */
    public void nextRequiresSecret(String secret) {
        server.enqueueCallback(new Refusing(request -> {
            boolean right = request.getClientAuthentication() instanceof ClientSecretBasic basic
                    && basic.getClientSecret().getValue().equals(secret);
            return right
                    ? null
                    : new ErrorObject("invalid_client", "Invalid client or Invalid client credentials", 401);
        }));
    }

    /** The next token request is refused with this error, as a provider refuses a bad password. */
    public void nextRefused(String error, String description) {
        server.enqueueCallback(new Refusing(request -> new ErrorObject(error, description, 400)));
    }

    /** The token requests received since the last call, form bodies as sent. */
    public List<String> tokenRequests() {
        List<String> bodies = new ArrayList<>();
        while (true) {
            RecordedRequest request;
            try {
                request = server.takeRequest(0, TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                return bodies; // the server says "no request found in queue": all taken
            }
            if (request.getPath().endsWith("/token")) {
                bodies.add(request.getBody().readUtf8());
            }
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /** A token callback that refuses the request when its check names an error. */
    private static final class Refusing implements OAuth2TokenCallback {
        private final java.util.function.Function<TokenRequest, ErrorObject> check;
        private final DefaultOAuth2TokenCallback tokens = new DefaultOAuth2TokenCallback(ISSUER_ID);

        Refusing(java.util.function.Function<TokenRequest, ErrorObject> check) {
            this.check = check;
        }

        @Override
        public String issuerId() {
            return ISSUER_ID;
        }

        /** Every grant asks for the claims (the password grant names the subject itself). */
        private void check(TokenRequest request) {
            ErrorObject error = check.apply(request);
            if (error != null) {
                throw new OAuth2Exception(error, error.getDescription());
            }
        }

        @Override
        public String subject(TokenRequest request) {
            check(request);
            return tokens.subject(request);
        }

        @Override
        public String typeHeader(TokenRequest request) {
            return tokens.typeHeader(request);
        }

        @Override
        public List<String> audience(TokenRequest request) {
            return tokens.audience(request);
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            check(request);
            return tokens.addClaims(request);
        }

        @Override
        public long tokenExpiry() {
            return tokens.tokenExpiry();
        }
    }
}
