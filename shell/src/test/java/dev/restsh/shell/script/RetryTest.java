package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.SteppingPacer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** retry sends again after 5xx, 429 (honouring Retry-After) and network errors, with a doubling wait. */
class RetryTest {
    /** Answers each request with the next scripted answer ("503", "429 7"), then 200 with a body. */
    @AutoClose
    private final LoopbackServer server = new LoopbackServer();

    private final Deque<String> answers = new ConcurrentLinkedDeque<>();
    private final AtomicInteger asked = new AtomicInteger();
    private final SteppingPacer pacer = new SteppingPacer();

    RetryTest() {
        server.route("/", exchange -> {
            asked.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            String answer = answers.poll();
            if (answer == null) {
                LoopbackServer.reply(exchange, 200, "application/json", "{\"ok\":true}".getBytes());
                return;
            }
            String[] parts = answer.split(" ", 2);
            if (parts.length == 2) {
                exchange.getResponseHeaders().set("Retry-After", parts[1]);
            }
            LoopbackServer.reply(exchange, Integer.parseInt(parts[0]), "{\"error\":true}");
        });
    }

    private ShellHarness shell() {
        ShellHarness shell = new ShellHarness(server.base());
        shell.context().pacer(pacer);
        return shell;
    }

    @Test
    void sendsAgainAfterServerErrorsWithADoublingWait() {
        answers.add("503");
        answers.add("500");
        answers.add("502");
        ShellHarness shell = shell();
        assertThat(shell.line("retry 3 --delay 0.5 post /jobs a=1"))
                .as(shell::err)
                .isZero();
        assertThat(asked.get()).isEqualTo(4);
        assertThat(pacer.pauses())
                .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(shell.err())
                .contains("retry 1/4: 503 Service Unavailable: again in 0.5 s\n")
                .contains("retry 2/4: 500 Internal Server Error: again in 1 s\n")
                .contains("retry 3/4: 502 Bad Gateway: again in 2 s\n")
                .contains("retry 4/4: 200 OK\n");
        assertThat(shell.out()).contains("\"ok\": true");
        shell.clear();
        shell.line("print len(str(_2))"); // only the last attempt is kept
        assertThat(shell.err()).contains("no response _2");
    }

    @Test
    void honoursRetryAfterInSecondsAndAsADateAndCapsIt() {
        // asked for after the first wait of 7 s: 20 s from then
        String inTwentySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                pacer.now().plusSeconds(27).atOffset(ZoneOffset.UTC));
        answers.add("429 7");
        answers.add("429 " + inTwentySeconds);
        answers.add("503 100000");
        ShellHarness shell = shell();
        assertThat(shell.line("retry 3 get /limited")).as(shell::err).isZero();
        assertThat(pacer.pauses())
                .containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(20), Duration.ofSeconds(120));
        assertThat(shell.err())
                .contains("retry 1/4: 429 Too Many Requests: again in 7 s (Retry-After)")
                .contains("retry 2/4: 429 Too Many Requests: again in 20 s (Retry-After)")
                .contains("retry 3/4: 503 Service Unavailable: again in 120 s (Retry-After 100000 s, capped)");
    }

    @Test
    void givesUpWithTheLastAttemptsStatusAndLeavesOtherErrorsAlone() {
        for (int i = 0; i < 3; i++) {
            answers.add("500");
        }
        ShellHarness shell = shell();
        assertThat(shell.oneShot("retry", "2", "get", "/broken")).isEqualTo(5);
        assertThat(shell.err()).contains("retry 3/3: 500 Internal Server Error: giving up");
        assertThat(pacer.pauses()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        answers.add("404");
        assertThat(shell.oneShot("retry", "2", "get", "/missing")).isEqualTo(4);
        assertThat(asked.get()).isEqualTo(4);
    }

    @Test
    void aSavedScriptKeepsTheRetryButNotTheSecret(@TempDir Path folder) throws Exception {
        answers.add("503");
        ShellHarness shell = shell();
        assertThat(shell.line("retry 2 get /items 'Authorization:Bearer s3cr3t'"))
                .isZero();
        Path script = folder.resolve("saved.restsh");
        assertThat(shell.line("save-script " + script)).isZero();
        assertThat(Files.readString(script))
                .contains("retry 2 get /items Authorization:{{")
                .doesNotContain("s3cr3t");
    }

    @Test
    void sendsAgainAfterNetworkErrors() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        ShellHarness shell = shell();
        assertThat(shell.oneShot("retry", "2", "--delay", "0.1", "get", "http://127.0.0.1:" + closed + "/x"))
                .isEqualTo(7);
        assertThat(shell.err()).containsPattern("retry 1/3: .*: again in 0.1 s").contains("retry 3/3: ");
        assertThat(pacer.pauses()).hasSize(2);
    }
}
