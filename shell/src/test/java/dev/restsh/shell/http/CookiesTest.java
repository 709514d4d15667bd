package dev.restsh.shell.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cookies kept and sent back as a browser does (RFC 6265), on both transports. */
class CookiesTest {
    private static LoopbackServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new LoopbackServer().route("/", LoopbackServer.echo()).route("/set", exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "sid=abc; Max-Age=3600; Path=/");
            exchange.getResponseHeaders().add("Set-Cookie", "api=1; Path=/api");
            exchange.getResponseHeaders().add("Set-Cookie", "tls=2; Path=/; Secure");
            LoopbackServer.reply(exchange, 200, "set");
        });
    }

    @AfterAll
    static void stop() {
        server.close();
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
}
