package dev.restsh.shell.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.request.RequestBuilder;
import dev.restsh.shell.request.UrlResolver;
import dev.restsh.shell.session.Auth;
import dev.restsh.shell.session.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The grants, discovery, renewal and the authorization server's refusals, against a real provider on loopback. */
class OAuth2LoginTest {
    /** Tokens the API treats as revoked: it answers 401 invalid_token to them. */
    private static final Set<String> revoked = ConcurrentHashMap.newKeySet();

    @AutoClose
    private static final TestProvider provider = new TestProvider();

    @AutoClose
    private static final LoopbackServer api = new LoopbackServer().route("/api", OAuth2LoginTest::api);

    private final SteppingClock clock = new SteppingClock();
    private final StringWriter messages = new StringWriter();
    private final List<Duration> pauses = new ArrayList<>();
    private Session session;

    /** An API that rejects revoked tokens as RFC 6750 says and echoes the Authorization header otherwise. */
    private static void api(com.sun.net.httpserver.HttpExchange exchange) throws java.io.IOException {
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        if (revoked.stream().anyMatch(token -> authorization.equals("Bearer " + token))) {
            exchange.getResponseHeaders()
                    .set(
                            "WWW-Authenticate",
                            "Bearer realm=\"api\", error=\"invalid_token\", error_description=\"revoked\"");
            LoopbackServer.reply(exchange, 401, "revoked");
        } else {
            LoopbackServer.reply(exchange, 200, authorization);
        }
    }

    @BeforeEach
    void session() throws Exception {
        session = new Session(UrlResolver.base(api.base()));
        session.env(Map.of("HOME", "/nonexistent/restsh-test-home"));
        provider.tokenRequests(); // forget earlier tests' requests
    }

    private Interaction interaction(Browser.Opener browser) {
        return new Interaction(new PrintWriter(messages, true), browser, interval -> pauses.add(interval), clock);
    }

    private OAuth2Settings settings(GrantType grant, String scope) {
        return new OAuth2Settings(
                grant,
                URI.create(provider.issuer()),
                new Endpoints(null, null, null),
                "cli",
                grant == GrantType.CLIENT_CREDENTIALS ? "s3cret" : null,
                scope,
                null,
                grant == GrantType.PASSWORD ? "ann" : null,
                grant == GrantType.PASSWORD ? "pw" : null,
                null);
    }

    private OAuth2Login signIn(GrantType grant, String scope) {
        return OAuth2Login.signIn(settings(grant, scope), session, interaction(OAuth2LoginTest::follow));
    }

    /** The browser: follows the authorization URL and its redirect back to the loopback server. */
    static boolean follow(URI url) {
        try {
            HttpResponse<String> page = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build()
                    .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
            return page.statusCode() == 200;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void clientCredentialsThroughDiscoveryAuthenticateTheClientWithBasic() throws Exception {
        provider.nextRequiresSecret("s3cret");
        OAuth2Login login = signIn(GrantType.CLIENT_CREDENTIALS, "api read");
        assertThat(login.accessToken()).startsWith("eyJ");
        assertThat(login.settings().endpoints().token()).hasToString(provider.tokenUrl());
        assertThat(provider.tokenRequests())
                .singleElement()
                .asString()
                .contains("grant_type=client_credentials")
                .contains("scope=api+read")
                .doesNotContain("client_id"); // in Basic auth, which the provider checked
        assertThat(login.describe(false))
                .contains("oauth2 client-credentials (issuer " + provider.issuer())
                .contains("client cli, scopes api read, expires in 59m")
                .doesNotContain(login.accessToken());
    }

    @Test
    void aTokenIsFetchedAgainShortlyBeforeItExpiresWhereTheHeaderIsMade() throws Exception {
        OAuth2Login login = signIn(GrantType.CLIENT_CREDENTIALS, null);
        session.auth(Auth.oauth2(login));
        String first = header();
        clock.advance(Duration.ofSeconds(3500));
        assertThat(header()).as("still well before expiry").isEqualTo(first);
        clock.advance(Duration.ofSeconds(75)); // 25 s left: within the 30 s margin
        String second = header();
        assertThat(second).startsWith("Bearer eyJ").isNotEqualTo(first);
        assertThat(provider.tokenRequests()).hasSize(2).allMatch(body -> body.contains("client_credentials"));
        assertThat(login.issued(first.substring(7)))
                .as("earlier tokens stay known")
                .isTrue();
    }

    @Test
    void requestsMadeFromEarlierHeadersLeaveWithTheCurrentToken() {
        OAuth2Login login = signIn(GrantType.CLIENT_CREDENTIALS, null);
        session.auth(Auth.oauth2(login));
        RequestBuilder builder = new RequestBuilder(session);
        var first = builder.build("GET", "/api", List.of());
        assertThat(builder.withCurrentCredentials(first))
                .as("still fresh: unchanged")
                .isSameAs(first);
        clock.advance(Duration.ofHours(1));
        var next = builder.withCurrentCredentials(first);
        assertThat(next.headers().first("authorization")).hasValue("Bearer " + login.accessToken());
        assertThat(next.headers().first("authorization"))
                .isNotEqualTo(first.headers().first("authorization"));
        var foreign = builder.build("GET", "/api", List.of("Authorization:Bearer mine"));
        assertThat(builder.withCurrentCredentials(foreign)).isSameAs(foreign);
    }

    private String header() {
        return new RequestBuilder(session)
                .build("GET", "/api", List.of())
                .headers()
                .first("authorization")
                .orElseThrow();
    }

    @Test
    void aShortLivedTokenIsRenewedInTheLastQuarterOfItsLife() throws Exception {
        provider.nextTokenLifetime(20);
        OAuth2Login login = signIn(GrantType.PASSWORD, null);
        String first = login.accessToken();
        clock.advance(Duration.ofSeconds(14));
        assertThat(login.accessToken()).isEqualTo(first);
        clock.advance(Duration.ofSeconds(2)); // 4 s of 20 left
        assertThat(login.accessToken()).isNotEqualTo(first);
        assertThat(provider.tokenRequests())
                .hasSize(2)
                .allMatch(body -> body.contains("grant_type=password")
                        && body.contains("username=ann")
                        && body.contains("client_id=cli"));
    }

    @Test
    void theCodeGrantUsesPkceAndTheLoopbackRedirectThenTheRefreshToken() throws Exception {
        List<URI> opened = new ArrayList<>();
        OAuth2Login login = OAuth2Login.signIn(settings(GrantType.CODE, "openid"), session, interaction(url -> {
            opened.add(url);
            return follow(url);
        }));
        assertThat(opened)
                .singleElement()
                .asString()
                .startsWith(provider.issuer() + "/authorize?response_type=code&client_id=cli&redirect_uri=")
                .contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A")
                .contains("code_challenge_method=S256")
                .contains("state=");
        assertThat(messages.toString()).contains("Opened the browser to sign in; if it did not open, visit:");
        List<String> requests = provider.tokenRequests();
        assertThat(requests)
                .singleElement()
                .asString()
                .contains("grant_type=authorization_code")
                .contains("code_verifier=");
        String verifier = requests.get(0).replaceAll(".*code_verifier=([^&]+).*", "$1");
        assertThat(opened.get(0).toString()).contains("code_challenge=" + Pkce.challenge(verifier));
        assertThat(login.token().refreshToken()).isNotNull();

        String first = login.accessToken();
        clock.advance(Duration.ofHours(1));
        assertThat(login.accessToken()).isNotEqualTo(first);
        assertThat(provider.tokenRequests()).singleElement().asString().contains("grant_type=refresh_token");
    }

    @Test
    void aRedirectWithAnotherStateOrAnErrorIsRefused() {
        assertThatThrownBy(() -> OAuth2Login.signIn(
                        settings(GrantType.CODE, "openid"),
                        session,
                        interaction(url -> follow(URI.create(redirectUri(url) + "?code=stolen&state=forged")))))
                .isInstanceOf(OAuth2Error.class)
                .hasMessageContaining("another state");
        assertThatThrownBy(() -> OAuth2Login.signIn(
                        settings(GrantType.CODE, "openid"),
                        session,
                        interaction(url -> follow(URI.create(redirectUri(url)
                                + "?error=access_denied&error_description=User+said+no&state=" + state(url))))))
                .isInstanceOf(OAuth2Error.class)
                .hasMessage("the sign-in was refused: access_denied (User said no)");
    }

    private static String redirectUri(URI authorization) {
        return java.net.URLDecoder.decode(
                authorization.getRawQuery().replaceAll(".*redirect_uri=([^&]+).*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String state(URI authorization) {
        return authorization.getRawQuery().replaceAll(".*state=([^&]+).*", "$1");
    }

    @Test
    void theDeviceGrantPollsAtTheServersIntervalAndSlowsDownWhenTold() throws Exception {
        try (DeviceServer device = new DeviceServer(provider)) {
            device.slowDownOnce();
            OAuth2Login login = OAuth2Login.signIn(
                    deviceSettings(device),
                    session,
                    new Interaction(
                            new PrintWriter(messages, true),
                            url -> false,
                            interval -> {
                                pauses.add(interval);
                                if (pauses.size() == 3) {
                                    approve(device); // the person enters the code while restsh waits
                                }
                            },
                            clock));
            assertThat(login.accessToken()).isEqualTo(device.issued());
            assertThat(device.clientId()).isEqualTo("cli");
            assertThat(pauses)
                    .as("the server's 2 s, then 5 s more after slow_down")
                    .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(7), Duration.ofSeconds(7));
            assertThat(device.polls()).isEqualTo(3);
            assertThat(messages.toString())
                    .contains("To sign in, open " + device.deviceUrl().replace("_authorization", "")
                            + " and enter the code WDJB-MJHT")
                    .contains("(or open ")
                    .contains("Ctrl-C stops");
        }
    }

    static void approve(DeviceServer device) {
        try {
            device.decide("approve");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private OAuth2Settings deviceSettings(DeviceServer device) {
        return new OAuth2Settings(
                GrantType.DEVICE,
                null,
                new Endpoints(URI.create(device.tokenUrl()), URI.create(device.deviceUrl()), null),
                "cli",
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void aDeniedOrExpiredDeviceLoginIsOneLineAndAnInterruptStopsTheWait() throws Exception {
        for (String choice : List.of("deny", "expire")) {
            try (DeviceServer device = new DeviceServer(provider)) {
                device.decide(choice);
                assertThatThrownBy(() -> OAuth2Login.signIn(deviceSettings(device), session, interaction(url -> false)))
                        .isInstanceOf(OAuth2Error.class)
                        .hasMessage(
                                choice.equals("deny")
                                        ? "the device login was refused: access_denied (The user denied the request)"
                                        : "the device login was refused: expired_token (The device code expired)");
            }
        }
        try (DeviceServer device = new DeviceServer(provider)) {
            assertThatThrownBy(() -> OAuth2Login.signIn(
                            deviceSettings(device),
                            session,
                            new Interaction(
                                    new PrintWriter(messages),
                                    url -> false,
                                    interval -> {
                                        throw new InterruptedException();
                                    },
                                    clock)))
                    .hasMessage("device login cancelled");
            assertThat(Thread.interrupted())
                    .as("the interrupt is kept for the REPL")
                    .isTrue();
        }
    }

    @Test
    void aRejectedTokenIsRenewedOnceAndOnlyForThisLogin() throws Exception {
        OAuth2Login login = signIn(GrantType.CLIENT_CREDENTIALS, null);
        session.auth(Auth.oauth2(login));
        session.credentialRenewal(login);
        String first = login.accessToken();
        revoked.add(first);
        Response rejected = send();
        assertThat(rejected.status()).isEqualTo(401);
        provider.tokenRequests();

        assertThat(session.credentialRenewal().renewAfterRejection(rejected)).isTrue();
        assertThat(provider.tokenRequests()).hasSize(1);
        assertThat(login.accessToken()).isNotEqualTo(first);
        assertThat(send().status()).as("the resend carries the new token").isEqualTo(200);
        assertThat(login.renewAfterRejection(rejected))
                .as("renewed since: resend, no new grant")
                .isTrue();
        assertThat(provider.tokenRequests()).isEmpty();

        session.auth(Auth.bearer(first));
        assertThat(login.renewAfterRejection(send()))
                .as("a 401 for a token it did not issue is not this login's to renew")
                .isTrue(); // first *was* issued by it, only since renewed
        session.auth(Auth.bearer("someone-elses"));
        revoked.add("someone-elses");
        assertThat(login.renewAfterRejection(send())).isFalse();
    }

    @Test
    void onlyARejectedBearerTokenIsRenewed() {
        OAuth2Login login = signIn(GrantType.CLIENT_CREDENTIALS, null);
        session.auth(Auth.oauth2(login));
        assertThat(login.renewAfterRejection(send())).as("a 200").isFalse();
        assertThat(provider.tokenRequests()).hasSize(1);
    }

    /** One request as sent, without the send path's renewal: the rejection itself. */
    private Response send() {
        return session.client()
                .send(
                        new RequestBuilder(session).build("GET", "/api", List.of()),
                        RequestOptions.defaults(),
                        hop -> {});
    }

    @Test
    void theSendPathRenewsARejectedTokenAndSendsOnceMore() {
        OAuth2Login login = signIn(GrantType.CLIENT_CREDENTIALS, null);
        session.auth(Auth.oauth2(login));
        session.credentialRenewal(login);
        String first = login.accessToken();
        revoked.add(first);
        var exchange = session.exchanges()
                .send(
                        () -> new RequestBuilder(session).build("GET", "/api", List.of()),
                        RequestOptions.defaults(),
                        dev.restsh.shell.session.Exchanges.Printer.NONE);
        assertThat(exchange.response().status()).isEqualTo(200);
        assertThat(exchange.request().headers().first("authorization"))
                .hasValue("Bearer " + login.accessToken())
                .isNotEqualTo(java.util.Optional.of("Bearer " + first));
    }

    @Test
    void refusalsAreOneLineWithTheServersDescription() {
        provider.nextRequiresSecret("other");
        assertThatThrownBy(() -> signIn(GrantType.CLIENT_CREDENTIALS, null))
                .isInstanceOf(OAuth2Error.class)
                .hasMessage("the client credentials grant was refused: invalid_client"
                        + " (invalid client or invalid client credentials)")
                .satisfies(e -> assertThat(((RestshException) e).status()).isEqualTo(ExitStatus.CLIENT_ERROR));
        provider.nextRefused("invalid_grant", "Invalid user credentials");
        assertThatThrownBy(() -> signIn(GrantType.PASSWORD, null))
                .hasMessage("the password grant was refused: invalid_grant (invalid user credentials)");
    }

    @Test
    void theDiscoveryDocumentIsFoundUnderTheIssuersPath() {
        assertThat(Discovery.document(URI.create("https://id.example/realms/demo/")))
                .hasToString("https://id.example/realms/demo/.well-known/openid-configuration");
        URI given = URI.create("https://id.example/.well-known/openid-configuration");
        assertThat(Discovery.document(given)).isEqualTo(given);
    }

    @Test
    void anUnreachableIssuerIsANetworkErrorAndAMissingEndpointIsNamed() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        OAuth2Settings unreachable = new OAuth2Settings(
                GrantType.CLIENT_CREDENTIALS,
                URI.create("http://127.0.0.1:" + closed + "/realms/x"),
                new Endpoints(null, null, null),
                "cli",
                "s",
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> OAuth2Login.signIn(unreachable, session, interaction(url -> false)))
                .isInstanceOf(RestshException.class)
                .hasMessage("http://127.0.0.1:" + closed + "/realms/x/.well-known/openid-configuration: connection"
                        + " refused (is the server running? start it with scripts/run)")
                .satisfies(e -> assertThat(((RestshException) e).status()).isEqualTo(ExitStatus.NETWORK));
        assertThatThrownBy(() -> signIn(GrantType.DEVICE, null))
                .hasMessage("the discovery document " + provider.issuer()
                        + "/.well-known/openid-configuration names no device_authorization_endpoint: give"
                        + " --device-url URL");
    }
}
