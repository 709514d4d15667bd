package dev.restsh.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code --offline}: the request printed as -v prints it, nothing sent, nothing kept, exit status 0. */
class OfflineTest {
    @Test
    void theRequestIsPrintedAsVerboseWouldAndNeverSent() throws Exception {
        AtomicInteger received = new AtomicInteger();
        try (LoopbackServer server = new LoopbackServer()) {
            server.route("/", exchange -> {
                received.incrementAndGet();
                LoopbackServer.reply(exchange, 200, "sent");
            });
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.line("auth bearer t0ps3cret")).isZero();
            shell.clear();
            assertThat(shell.line("post /items/{{$randomInt 5 6}} name=box X-Trace:on --offline"))
                    .as(shell::err)
                    .isZero();
            assertThat(shell.out())
                    .startsWith("POST /items/5 HTTP/1.1\nHost: 127.0.0.1:" + server.port() + "\n")
                    .contains("User-Agent: restsh/")
                    .contains("X-Trace: on")
                    .contains("Authorization: Bearer ***")
                    .contains("\n\n{\"name\":\"box\"}") // the body byte for byte, as it would go out
                    .doesNotContain("t0ps3cret")
                    .doesNotContain("sent");

            ShellHarness oneShot = new ShellHarness(server.base());
            assertThat(oneShot.oneShot(
                            "get", "http://ann:pw@example.invalid/x", "--offline", "--proxy", "http://p:q@127.0.0.1:1"))
                    .as(oneShot::err)
                    .isZero();
            assertThat(oneShot.out())
                    .startsWith("GET /x HTTP/1.1\nHost: example.invalid\n")
                    .contains("Authorization: Basic ***")
                    .contains("Proxy-Authorization: Basic ***");

            assertThat(received).hasValue(0);
            assertThat(shell.context().session().history().all()).isEmpty();
        }
    }
}
