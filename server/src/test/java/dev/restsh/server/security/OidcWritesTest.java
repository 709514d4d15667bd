package dev.restsh.server.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import dev.restsh.server.support.Api;
import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

/**
 * With RESTSH_OIDC_ISSUER set, writes accept access tokens from that provider (a real one on loopback: quarkus-oidc
 * reads its discovery document and keys over HTTP), the static token keeps working, and reads stay open.
 */
@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
@WithTestResource(MockIdentityProvider.class)
class OidcWritesTest {
    private static final String INVALID_TOKEN = "Bearer realm=\"restsh\", error=\"invalid_token\"";
    private static final Map<String, Object> WRITER = Map.of("groups", List.of(MockIdentityProvider.WRITE_ROLE));

    @MockIdentityProvider.Provider
    MockOAuth2Server provider;

    @Test
    void aClientCredentialsTokenFromTheProviderWrites() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                MockIdentityProvider.ISSUER_ID,
                "inventory-robot",
                "JWT",
                List.of(MockIdentityProvider.AUDIENCE),
                WRITER,
                300));
        String token = clientCredentialsToken();
        post("10.16.0.1", token).statusCode(201);
        given().header("Authorization", "Bearer " + token)
                .delete("/ips/10.16.0.1")
                .then()
                .statusCode(204);
    }

    @Test
    void theApiTokenStillWrites() {
        Api.json("{\"ip\": \"10.16.0.2\"}").post("/ips").then().statusCode(201);
        Api.authorized().delete("/ips/10.16.0.2").then().statusCode(204);
    }

    @Test
    void aTokenWithoutTheWriteRoleIsForbidden() {
        String token = issue(MockIdentityProvider.AUDIENCE, Map.of("groups", List.of("reader")), 300);
        post("10.16.0.3", token)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(403))
                .body("detail", containsString("'" + MockIdentityProvider.WRITE_ROLE + "'"));
    }

    @Test
    void anExpiredTokenIsInvalid() {
        String token = issue(MockIdentityProvider.AUDIENCE, WRITER, -600);
        refused(post("10.16.0.4", token)).body("detail", containsString("expired"));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsInvalid() throws Exception {
        SignedJWT genuine = provider.issueToken(
                MockIdentityProvider.ISSUER_ID, "someone", MockIdentityProvider.AUDIENCE, WRITER, 300);
        refused(post("10.16.0.5", resignedWithAStrangersKey(genuine)));
    }

    @Test
    void aTokenForAnotherAudienceIsInvalid() {
        refused(post("10.16.0.6", issue("another-api", WRITER, 300)));
    }

    @Test
    void aTokenFromAnotherIssuerIsInvalid() {
        MockOAuth2Server stranger = new MockOAuth2Server();
        stranger.start(InetAddress.getLoopbackAddress(), 0);
        try {
            String token = stranger.issueToken(
                            MockIdentityProvider.ISSUER_ID, "someone", MockIdentityProvider.AUDIENCE, WRITER, 300)
                    .serialize();
            refused(post("10.16.0.7", token));
        } finally {
            stranger.shutdown();
        }
    }

    @Test
    void somethingThatIsNoTokenAtAllIsInvalid() {
        refused(post("10.16.0.8", "not-a-token"));
    }

    @Test
    void readsStayOpenWhateverTheBearerToken() {
        given().header("Authorization", "Bearer not-a-token").get("/ips").then().statusCode(200);
        given().header("Authorization", "Bearer not-a-token")
                .get("/get_ips")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer not-a-token")
                .accept("application/json")
                .get("/ips/1.2.3.4")
                .then()
                .statusCode(200);
    }

    private String issue(String audience, Map<String, Object> claims, long lifetimeSeconds) {
        return provider.issueToken(MockIdentityProvider.ISSUER_ID, "someone", audience, claims, lifetimeSeconds)
                .serialize();
    }

    /** The provider's own token endpoint, over HTTP, as a client would use it. */
    private String clientCredentialsToken() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(provider.tokenEndpointUrl(MockIdentityProvider.ISSUER_ID)
                                .toString()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=inventory-robot&client_secret=s3cret&scope=inventory"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return io.restassured.path.json.JsonPath.from(response.body()).getString("access_token");
    }

    private static String resignedWithAStrangersKey(SignedJWT genuine) throws JOSEException, ParseException {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(genuine.getHeader().getKeyID())
                .build();
        SignedJWT forged = new SignedJWT(header, genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
        return forged.serialize();
    }

    private static ValidatableResponse post(String ip, String token) {
        return given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body("{\"ip\": \"" + ip + "\"}")
                .post("/ips")
                .then();
    }

    private static ValidatableResponse refused(ValidatableResponse response) {
        return response.statusCode(401)
                .header("WWW-Authenticate", INVALID_TOKEN)
                .contentType("application/problem+json");
    }
}
