package dev.restsh.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A pasted curl command with {@code \} line ends is one request in the REPL, on stdin and in {@code -c}. */
class ContinuedLinesTest {
    private static final String CURL = "curl -X POST %s/x \\\n-H 'X-B: 2' \\\n--data-raw 'hello'\n";

    private final List<String> received = new CopyOnWriteArrayList<>();

    private LoopbackServer server() throws Exception {
        return new LoopbackServer().route("/x", exchange -> {
            received.add(exchange.getRequestMethod() + " x-b="
                    + exchange.getRequestHeaders().getFirst("X-B") + " body="
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            LoopbackServer.reply(exchange, 200, "ok");
        });
    }

    @Test
    void theReplAsksForTheNextLineAfterATrailingBackslash() throws Exception {
        try (LoopbackServer server = server()) {
            ShellHarness shell = new ShellHarness(server.base());
            ReplTest.runRepl(shell, CURL.formatted(server.base()));
            assertThat(received).containsExactly("POST x-b=2 body=hello");
            assertThat(shell.err()).doesNotContain("restsh:");
        }
    }

    @Test
    void stdinJoinsTheLinesAsScriptsDo() throws Exception {
        try (LoopbackServer server = server()) {
            ShellHarness shell = new ShellHarness(server.base());
            String input = CURL.formatted(server.base()) + "get /x \\\n";
            int status = new StdinReader(
                            shell.root(),
                            shell.context(),
                            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                    .run();
            assertThat(status).isZero();
            assertThat(received).containsExactly("POST x-b=2 body=hello", "GET x-b=null body=");
        }
    }

    @Test
    void aDashCValueJoinsTheLinesToo() throws Exception {
        try (LoopbackServer server = server()) {
            ShellHarness shell = new ShellHarness(server.base());
            int status = shell.oneShot("-c", CURL.formatted(server.base()) + "print response.status_code");
            assertThat(status).isZero();
            assertThat(received).containsExactly("POST x-b=2 body=hello");
            assertThat(shell.out()).endsWith("200\n");
        }
    }
}
