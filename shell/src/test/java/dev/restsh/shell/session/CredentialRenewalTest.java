package dev.restsh.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.http.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server that rejects an expired bearer token ({@code 401}, {@code WWW-Authenticate: Bearer
 * error="invalid_token"}) gets the request once more with the token the session's {@link CredentialRenewal} put in
 * place; the rejection is not the result.
 */
class CredentialRenewalTest {
    private LoopbackServer server;
    private final AtomicReference<String> accepted = new AtomicReference<>("Bearer fresh");
    private final AtomicReference<String> challenge =
            new AtomicReference<>("Bearer realm=\"api\", error=\"invalid_token\", error_description=\"expired\"");
    private final List<String> seen = new CopyOnWriteArrayList<>();

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

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer().route("/", exchange -> {
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

    @AfterEach
    void stop() {
        server.close();
    }

    private ShellHarness shell(Renewal[] renewal, boolean renews) {
        ShellHarness shell = new ShellHarness(server.base());
        Session session = shell.context().session();
        session.auth(Auth.bearer("expired"));
        renewal[0] = new Renewal(session, renews);
        session.credentialRenewal(renewal[0]);
        return shell;
    }

    @Test
    void theRequestIsSentAgainWithTheRenewedToken() {
        Renewal[] renewal = new Renewal[1];
        ShellHarness shell = shell(renewal, true);
        assertThat(shell.line("get /first")).as(shell::err).isZero();
        assertThat(shell.out()).isEqualTo("welcome /first\n").doesNotContain("401");
        assertThat(seen).containsExactly("/first Bearer expired", "/first Bearer fresh");
        assertThat(renewal[0].rejected)
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(401));
        assertThat(shell.context().session().history().size()).isEqualTo(1);
        assertThat(shell.context()
                        .session()
                        .history()
                        .latest()
                        .orElseThrow()
                        .response()
                        .status())
                .isEqualTo(200);
    }

    /** A request made before (here the next page's) gets the session's new Authorization, not the one it had. */
    @Test
    void aRequestMadeBeforeTakesTheRenewedToken() {
        Renewal[] renewal = new Renewal[1];
        ShellHarness shell = shell(renewal, true);
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
        Renewal[] renewal = new Renewal[1];
        ShellHarness shell = shell(renewal, false);
        assertThat(shell.line("get /first")).isEqualTo(4);
        assertThat(shell.out()).isEqualTo("token rejected\n");
        assertThat(renewal[0].rejected).hasSize(1);
        assertThat(seen).containsExactly("/first Bearer expired");
    }

    /** Only a rejected token is renewed: other 401s (no token, a missing scope, another scheme) are answers. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bearer realm=\"api\"",
                "Bearer error=\"insufficient_scope\", scope=\"write\"",
                "Basic realm=\"invalid_token\"",
                "Basic error=\"invalid_token\"",
                "Bearer error_description=\"error=invalid_token\""
            })
    void otherChallengesAreNotRenewed(String other) {
        challenge.set(other);
        Renewal[] renewal = new Renewal[1];
        ShellHarness shell = shell(renewal, true);
        assertThat(shell.line("get /first")).isEqualTo(4);
        assertThat(renewal[0].rejected).isEmpty();
        assertThat(seen).hasSize(1);
    }

    /** The challenge may be one of several, in any case, with the error unquoted. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Basic realm=\"x\", Bearer error=invalid_token",
                "bearer ERROR=\"invalid_token\"",
                "Newauth realm=\"apps\", type=1, title=\"Login\", Bearer realm=\"a\", error=\"invalid_token\"",
                "Bearer abc==, Bearer error=\"invalid_token\""
            })
    void aBearerInvalidTokenChallengeAmongOthersIsRenewed(String challenges) {
        challenge.set(challenges);
        Renewal[] renewal = new Renewal[1];
        ShellHarness shell = shell(renewal, true);
        assertThat(shell.line("get /first")).as(shell::err).isZero();
        assertThat(renewal[0].rejected).hasSize(1);
    }

    @Test
    void aSessionRenewsNothingByDefault() {
        Session session = new ShellHarness(server.base()).context().session();
        assertThat(session.credentialRenewal().renewAfterRejection(null)).isFalse();
    }
}
