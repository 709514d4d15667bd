package dev.restsh.server.security;

import static io.restassured.RestAssured.given;

import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.InetAddress;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;

/** Without RESTSH_OIDC_ISSUER only the API token writes: an access token, however valid, is just a wrong token. */
@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
class BearerTokenFilterTest {
    @Test
    void noTokenGetsAChallengeWithoutAnErrorCode() {
        given().delete("/ips/1.2.3.4")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"restsh\"")
                .contentType("application/problem+json");
    }

    @Test
    void aWrongTokenIsAnInvalidToken() {
        given().header("Authorization", "Bearer wrong")
                .delete("/ips/1.2.3.4")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"restsh\", error=\"invalid_token\"")
                .contentType("application/problem+json");
    }

    @Test
    void anAccessTokenIsRefusedWhenNoProviderIsConfigured() {
        MockOAuth2Server provider = new MockOAuth2Server();
        provider.start(InetAddress.getLoopbackAddress(), 0);
        try {
            String token = provider.issueToken("restsh", "someone").serialize();
            given().header("Authorization", "Bearer " + token)
                    .delete("/ips/1.2.3.4")
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", "Bearer realm=\"restsh\", error=\"invalid_token\"");
        } finally {
            provider.shutdown();
        }
    }
}
