package dev.restsh.shell.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cookies kept and sent back as a browser does (RFC 6265), on both transports. */
class CookiesTest {
    @AutoClose
    private static final LoopbackServer server = serve();

    @TempDir
    Path home;

    private static LoopbackServer serve() {
        return new LoopbackServer()
                .route("/", LoopbackServer.echo())
                .route("/set", exchange -> {
                    exchange.getResponseHeaders().add("Set-Cookie", "sid=abc; Max-Age=3600; Path=/");
                    exchange.getResponseHeaders().add("Set-Cookie", "api=1; Path=/api");
                    exchange.getResponseHeaders().add("Set-Cookie", "tls=2; Path=/; Secure");
                    LoopbackServer.reply(exchange, 200, "set");
                })
                .route("/brief", exchange -> {
                    exchange.getResponseHeaders().add("Set-Cookie", "brief=1; Max-Age=2; Path=/");
                    exchange.getResponseHeaders().add("Set-Cookie", "long=2; Max-Age=600; Path=/");
                    LoopbackServer.reply(exchange, 200, "set");
                });
    }

    private ShellHarness shell() {
        return new ShellHarness(server.base()).home(home);
    }

    @Test
    void aCookieWithMaxAgeComesBackAsNameEqualsValue() {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /set");
        shell.line("get /echo");
        shell.line("request PATCH /echo");
        assertThat(shell.out()).contains("GET /echo\n").contains("PATCH /echo\n");
        assertThat(shell.out().split("cookie: sid=abc\n", -1)).hasSize(3);
        assertThat(shell.out()).doesNotContain("$Version").doesNotContain("\"abc\"");
    }

    @Test
    void longerPathsComeFirstAndPathsMatchWholeSegments() {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /set");
        shell.line("get /api/x");
        shell.line("get /apix");
        shell.line("get /api/x Cookie:mine=0");
        assertThat(shell.out())
                .contains("GET /api/x\ncontent-type: null\nauthorization: null\ncookie: api=1; sid=abc\n")
                .contains("GET /apix\ncontent-type: null\nauthorization: null\ncookie: sid=abc\n")
                .contains("cookie: mine=0; api=1; sid=abc\n")
                .doesNotContain("tls=2");
    }

    @Test
    void aSavedSessionKeepsEachCookiesExpiryNotItsMaxAge() {
        assertThat(shell().oneShot("--session", "c", "get", "/brief")).isZero();
        ShellHarness soon = shell();
        assertThat(soon.oneShot("--session", "c", "get", "/echo")).isZero();
        assertThat(soon.out()).contains("cookie: brief=1; long=2\n");

        // Loaded again 2.1 s later by the jar's clock: a max-age saved as it is would count again from that load.
        ShellHarness later = shell();
        later.context().session().client().cookieJar().clock(Clock.offset(Clock.systemUTC(), Duration.ofMillis(2100)));
        assertThat(later.oneShot("--session", "c", "get", "/echo")).isZero();
        assertThat(later.out()).contains("cookie: long=2\n");
    }

    /** A request sent again carries the jar's cookies once, not once more per sending. */
    @Test
    void aResentRequestCarriesEachCookieOnce() {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /set");
        shell.line("get /echo Cookie:mine=1");
        shell.clear();
        assertThat(shell.line("watch -n 0.1 --count 2 get /echo Cookie:mine=1"))
                .as(shell.err())
                .isZero();
        assertThat(shell.out()).contains("cookie: mine=1; sid=abc\n").doesNotContain("sid=abc; sid=abc");
    }
}
