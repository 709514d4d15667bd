package dev.restsh.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.http.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A server that rejects an expired bearer token ({@code 401}, {@code WWW-Authenticate: Bearer
 * error="invalid_token"}) gets the request once more with the token the session's {@link CredentialRenewal} put in
 * place; the rejection is not the result.
 */
class CredentialRenewalTest {
    @AutoClose
    private final LoopbackServer server = new LoopbackServer();

    private final AtomicReference<String> accepted = new AtomicReference<>("Bearer fresh");
    private final AtomicReference<String> challenge =
            new AtomicReference<>("Bearer realm=\"api\", error=\"invalid_token\", error_description=\"expired\"");
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private Renewal renewal;

    /** The test's renewal: swaps the session's token for the one the server accepts, when allowed to. */
    private static final class Renewal implements CredentialRenewal {
        private final Session session;
        private final boolean renews;
        private final List<Response> rejected = new CopyOnWriteArrayList<>();

        Renewal(Session session, boolean renews) {
            this.session = session;
            this.renews = renews;
        }

        @Override
        public boolean renewAfterRejection(Response response) {
            rejected.add(response);
            if (renews) {
                session.auth(Auth.bearer("fresh"));
            }
            return renews;
        }
    }

    CredentialRenewalTest() {
        server.route("/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            seen.add(exchange.getRequestURI() + " " + authorization);
            if (!accepted.get().equals(authorization)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", challenge.get());
                LoopbackServer.reply(exchange, 401, "token rejected");
                return;
            }
            if (exchange.getRequestURI().getPath().equals("/first")) {
                exchange.getResponseHeaders().set("Link", "</second>; rel=\"next\"");
            }
            LoopbackServer.reply(
                    exchange, 200, "welcome " + exchange.getRequestURI().getPath());
        });
    }

    private ShellHarness shell(boolean renews) {
        ShellHarness shell = new ShellHarness(server.base());
        Session session = shell.context().session();
        session.auth(Auth.bearer("expired"));
        renewal = new Renewal(session, renews);
        session.credentialRenewal(renewal);
        return shell;
    }

    @Test
    void theRequestIsSentAgainWithTheRenewedToken() {
        ShellHarness shell = shell(true);
        assertThat(shell.line("get /first")).as(shell::err).isZero();
        assertThat(shell.out()).isEqualTo("welcome /first\n").doesNotContain("401");
        assertThat(seen).containsExactly("/first Bearer expired", "/first Bearer fresh");
        assertThat(renewal.rejected)
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(401));
        assertThat(shell.context().session().history().size()).isEqualTo(1);
        Exchange kept = shell.context().session().history().latest().orElseThrow();
        assertThat(kept.response().status()).isEqualTo(200);
    }

    /** A request made before (here the next page's) gets the session's new Authorization, not the one it had. */
    @Test
    void aRequestMadeBeforeTakesTheRenewedToken() {
        ShellHarness shell = shell(true);
        accepted.set("Bearer expired");
        assertThat(shell.line("get /first")).as(shell::err).isZero();
        accepted.set("Bearer fresh"); // the token expires between the pages
        shell.clear();
        assertThat(shell.line("next -b")).as(shell::err).isZero();
        assertThat(shell.out()).isEqualTo("welcome /second\n");
        assertThat(seen).containsExactly("/first Bearer expired", "/second Bearer expired", "/second Bearer fresh");
    }

    @Test
    void whenNothingIsRenewedTheRejectionIsTheResult() {
        ShellHarness shell = shell(false);
        assertThat(shell.line("get /first")).isEqualTo(4);
        assertThat(shell.out()).isEqualTo("token rejected\n");
        assertThat(renewal.rejected).hasSize(1);
        assertThat(seen).containsExactly("/first Bearer expired");
    }

    /**
     * Only a rejected token is renewed: other 401s (no token, a missing scope, another scheme) are answers. The
     * challenge may be one of several, in any case, with the error unquoted.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Bearer realm=\"api\"                                         | false",
                "Bearer error=\"insufficient_scope\", scope=\"write\"           | false",
                "Basic realm=\"invalid_token\"                                | false",
                "Basic error=\"invalid_token\"                                | false",
                "Bearer error_description=\"error=invalid_token\"             | false",
                "Basic realm=\"x\", Bearer error=invalid_token                 | true",
                "bearer ERROR=\"invalid_token\"                               | true",
                "Newauth realm=\"apps\", type=1, Bearer error=\"invalid_token\" | true",
                "Bearer abc==, Bearer error=\"invalid_token\"                  | true"
            })
    void onlyABearerInvalidTokenChallengeIsRenewed(String challenges, boolean renewed) {
        challenge.set(challenges);
        ShellHarness shell = shell(true);
        assertThat(shell.line("get /first")).as(shell::err).isEqualTo(renewed ? 0 : 4);
        assertThat(renewal.rejected).hasSize(renewed ? 1 : 0);
        assertThat(seen).hasSize(renewed ? 2 : 1);
    }

    @Test
    void aSessionRenewsNothingByDefault() {
        Session session = new ShellHarness(server.base()).context().session();
        assertThat(session.credentialRenewal().renewAfterRejection(null)).isFalse();
    }
}
