package dev.restsh.shell.hostile;

import static dev.restsh.shell.RawWebSocketServer.frame;
import static dev.restsh.shell.RawWebSocketServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.RawWebSocketServer;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.live.Message;
import dev.restsh.shell.live.MessageLog;
import dev.restsh.shell.live.WebSocketConnection;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A WebSocket server that floods, sends a message too large to keep, or closes at once never exhausts restsh. */
class HostileWebSocketTest {
    private static final int FLOOD = MessageLog.MAX_MESSAGES + 500;

    @AutoClose
    static final RawWebSocketServer server = new RawWebSocketServer()
            .on("/flood", out -> {
                ByteArrayOutputStream frames = new ByteArrayOutputStream();
                for (int i = 1; i <= FLOOD; i++) {
                    frames.writeBytes(text("{\"n\":" + i + "}"));
                }
                out.write(frames.toByteArray());
            })
            .on(
                    "/huge",
                    out -> { // fragments of 1 MB, never ending before the limit
                        byte[] part = new byte[1 << 20];
                        java.util.Arrays.fill(part, (byte) 'x');
                        out.write(frame(1, false, part));
                        for (int i = 1; i <= (WebSocketConnection.MAX_MESSAGE >> 20) + 1; i++) {
                            out.write(frame(0, false, part));
                        }
                    })
            .on("/megabyte", out -> out.write(text("x".repeat(1 << 20))))
            .on("/two-then-close?token=s3cret", out -> out.write(text("one")))
            .on("/two-then-close", out -> {
                out.write(text("one"));
                out.write(text("two"));
                out.write(frame(8, true, new byte[] {0x03, (byte) 0xe8})); // Close 1000
            });

    @Test
    void aFloodOfMessagesKeepsOnlyTheNewestAndTheirNumbers() {
        ShellHarness shell = new ShellHarness("http://127.0.0.1:1");
        int status = shell.oneShot("ws", server.url("/flood"), "--count", String.valueOf(FLOOD), "--timeout", "60");

        assertThat(status).as(shell.err()).isZero();
        List<Message> kept = shell.context().session().messages().all();
        assertThat(kept).hasSize(MessageLog.MAX_MESSAGES);
        assertThat(kept.get(0).name()).isEqualTo("_m501");
        assertThat(kept.get(kept.size() - 1).text()).isEqualTo("{\"n\":" + FLOOD + "}");
        shell.clear();
        assertThat(shell.line("_m1")).isEqualTo(2);
        assertThat(shell.err()).contains("_m1 is no longer kept").contains("there are _m501 to _m" + FLOOD);
        assertThat(shell.line("_m501.text")).isZero();
        assertThat(shell.out()).contains("{\"n\":501}");
        assertThat(shell.line("messages --last 1")).isZero();
        assertThat(shell.out()).contains("_m" + FLOOD + " ← received");
        assertThat(shell.line("messages --last -1")).isEqualTo(2);
        assertThat(shell.err()).contains("--last must be 1 or more, not -1");
    }

    @Test
    void aMessageLargerThanTheLimitClosesTheConnectionWith1009() {
        ShellHarness shell = new ShellHarness("http://127.0.0.1:1");
        int status = shell.oneShot("ws", server.url("/huge"), "--count", "1", "--timeout", "60");

        assertThat(status).isEqualTo(7);
        assertThat(shell.err()).contains("a message was larger than 16 MB").contains("1009 message too big");
        assertThat(shell.context().session().messages().all()).isEmpty();
    }

    @Test
    void aLargeMessageIsCutOnATerminalAndKeptWhole() {
        ShellHarness shell = new ShellHarness("http://127.0.0.1:1", true);
        assertThat(shell.oneShot("ws", server.url("/megabyte"), "--count", "1", "--timeout", "30"))
                .as(shell.err())
                .isZero();

        assertThat(shell.out()).contains("\n[... cut: 66 kB of 1.0 MB shown; the whole message: _m1.text]");
        assertThat(shell.out().length()).isLessThan(70_000);
        assertThat(shell.context().session().messages().number(1).data()).hasSize(1 << 20);
    }

    @Test
    void theCountReachedAsTheServerClosesIsSuccess() {
        ShellHarness shell = new ShellHarness("http://127.0.0.1:1");
        int status = shell.oneShot("ws", server.url("/two-then-close"), "--count", "2", "--timeout", "30");

        assertThat(status).as(shell.err()).isZero();
        assertThat(shell.out()).isEqualTo("one\ntwo\n");
    }

    @Test
    void notesShowTheUrlWithItsSecretQueryParametersMasked() {
        ShellHarness shell = new ShellHarness("http://127.0.0.1:1", true);
        assertThat(shell.line("ws " + server.url("/two-then-close") + " token==s3cret"))
                .isZero();
        assertThat(shell.context().session().messages().awaitCount(0, 1, java.time.Duration.ofSeconds(20), () -> false))
                .isTrue();
        shell.context().live().abort();
        assertThat(shell.out() + shell.err())
                .contains("connected to " + server.url("/two-then-close?token=***"))
                .doesNotContain("s3cret");
    }
}
