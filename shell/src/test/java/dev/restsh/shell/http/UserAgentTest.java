package dev.restsh.shell.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * {@code User-Agent:} cannot stop the JDK's clients from sending their own: the request shown and kept names the
 * one sent instead of claiming there is none.
 */
class UserAgentTest {
    @AutoClose
    private static final LoopbackServer server = serve();

    private static LoopbackServer serve() {
        return new LoopbackServer()
                .route(
                        "/",
                        exchange -> LoopbackServer.reply(
                                exchange,
                                200,
                                "agent=" + exchange.getRequestHeaders().getFirst("User-Agent")));
    }

    @Test
    void theAgentShownIsTheAgentSentOnBothTransports() {
        String java = System.getProperty("java.version");
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("get /a User-Agent: -v")).as(shell::err).isZero();
        assertThat(shell.out()).contains("User-Agent: Java/" + java + "\n").contains("agent=Java/" + java);
        shell.clear();
        assertThat(shell.line("request PATCH /b User-Agent: -v")).as(shell::err).isZero();
        shell.line("print request.headers['User-Agent']");
        assertThat(shell.out())
                .contains("User-Agent: Java-http-client/" + java + "\n")
                .contains("agent=Java-http-client/" + java)
                .endsWith("\nJava-http-client/" + java + "\n");
    }
}
