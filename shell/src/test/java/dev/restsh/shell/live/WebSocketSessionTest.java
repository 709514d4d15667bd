package dev.restsh.shell.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.InventoryServer;
import dev.restsh.shell.ShellHarness;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** WebSocket sessions against the real inventory server's change feed ({@code /ips/changes}). */
class WebSocketSessionTest {
    private static InventoryServer server;
    private final java.util.List<ShellHarness> shells = new java.util.ArrayList<>();

    /** A shell on the server whose connection is dropped after the test, whatever happened. */
    private ShellHarness shell() {
        ShellHarness shell = server.shell();
        shells.add(shell);
        return shell;
    }

    @org.junit.jupiter.api.AfterEach
    void dropConnections() {
        shells.forEach(shell -> shell.context().dropLive());
    }

    @BeforeAll
    static void start() throws Exception {
        server = InventoryServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void subscribesSendsInspectsAndCloses() {
        ShellHarness shell = shell();
        assertThat(shell.line("ws /ips/changes")).isZero();
        assertThat(shell.err()).contains("connected to ws://127.0.0.1:");
        assertThat(shell.line("expect message within 10s jq '.type == \"subscribed\"'"))
                .as(shell.err())
                .isZero();

        assertThat(shell.line("post /ips ip=192.0.2.10 label=printer")).isZero();
        assertThat(shell.line("expect message within 10s jq '.type == \"created\" and .ip == \"192.0.2.10\"'"))
                .as(shell.err())
                .isZero();
        // Not a terminal: each message as sent, on its own line.
        assertThat(shell.out()).contains("{\"type\":\"created\",").contains("\"label\":\"printer\"");

        // The filter is sent as request items, built into JSON as a post body would be.
        shell.clear();
        assertThat(shell.line("send subscribe[in]=10.0.0.0/8")).isZero();
        assertThat(shell.line("expect message within 10s message.json()['type'] == 'subscribed'"))
                .as(shell.err())
                .isZero();
        assertThat(shell.line("post /ips ip=192.0.2.11")).isZero();
        assertThat(shell.line("post /ips ip=10.1.2.3 label=router")).isZero();
        assertThat(shell.line("expect message within 10s jq '.ip == \"10.1.2.3\"'"))
                .as(shell.err())
                .isZero();
        assertThat(shell.context().session().messages().all())
                .noneMatch(message -> message.text().contains("192.0.2.11"));

        shell.clear();
        assertThat(shell.line("messages")).isZero();
        assertThat(shell.out())
                .contains("_m1   ← received")
                .contains("_m3   → sent")
                .contains("{\"subscribe\":{\"in\":\"10.0.0.0/8\"}}")
                .contains("_m5   ← received");
        shell.clear();
        assertThat(shell.line("_m5.json()['ip']")).isZero();
        assertThat(shell.line("_m3.direction")).isZero();
        assertThat(shell.line("jq -r .label _m5")).isZero();
        assertThat(shell.line("let seen = _m2.json()['ip']")).isZero();
        assertThat(shell.out()).isEqualTo("\"10.1.2.3\"\nsent\nrouter\nseen = 192.0.2.10\n");

        assertThat(shell.line("close 1000 done")).isZero();
        assertThat(shell.line("send hello")).isEqualTo(2);
        assertThat(shell.err()).contains("is closed (1000");

        assertThat(shell.context().scripting().transcript().all())
                .contains("ws /ips/changes", "send subscribe[in]=10.0.0.0/8", "close 1000 done")
                .doesNotContain("send hello");
    }

    @Test
    void aScriptSubscribesWritesAndWaitsForTheChange(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Files.writeString(
                folder.resolve("feed.restsh"),
                String.join(
                        "\n",
                        "ws /ips/changes",
                        "send {\"subscribe\": {\"scope\": \"documentation\"}}",
                        "expect message within 10s jq '.type == \"subscribed\" and .filter.scope == \"documentation\"'",
                        "post /ips ip=192.0.2.200",
                        "expect message within 10s jq '.type == \"created\" and .ip == \"192.0.2.200\"'",
                        "let revision = message.json()['revision']",
                        "expect message within 200ms jq '.type == \"deleted\"'",
                        "close",
                        ""));
        ShellHarness shell = shell();
        assertThat(shell.oneShot("run", folder.resolve("feed.restsh").toString()))
                .isEqualTo(6);
        assertThat(shell.err()).contains("expectation failed at ").contains("feed.restsh:7");
        assertThat(shell.context().session().variables().get("revision")).matches("\\d+");
    }

    @Test
    void anExpectationOnMessagesIsBoundedByItsDuration() {
        ShellHarness shell = shell();
        assertThat(shell.line("ws /ips/changes")).isZero();
        long start = System.nanoTime();
        assertThat(shell.line("expect message within 300ms jq '.type == \"never\"'"))
                .isEqualTo(6);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(shell.err())
                .contains("expectation failed: expect message within 300ms")
                .contains("no message matched within 300 ms");
        assertThat(shell.line("close")).isZero();
    }

    @Test
    void oneShotPrintsTheMessagesAskedForAndExits() throws Exception {
        ShellHarness shell = shell();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() ->
                shell.oneShot("ws", "/ips/changes", "--send", "{\"subscribe\":{}}", "--count", "3", "--timeout", "30"));
        // The initial subscribed message and the answer to the one sent: then a change makes the third.
        assertThat(shell.context().session().messages().awaitCount(0, 2, Duration.ofSeconds(20), () -> false))
                .isTrue();
        ShellHarness writer = server.shell();
        assertThat(writer.line("post /ips ip=198.51.100.7")).isZero();
        assertThat(run.get(30, TimeUnit.SECONDS)).as(shell.err()).isZero();
        assertThat(shell.out().split("\n")).hasSize(3);
        assertThat(shell.out()).contains("\"type\":\"subscribed\"").contains("\"ip\":\"198.51.100.7\"");
    }

    @Test
    void aRefusedUpgradeExitsWithItsHttpStatusAndARefusedConnectionAsANetworkError() throws Exception {
        ShellHarness shell = shell();
        assertThat(shell.oneShot("ws", "/no-such-socket", "--count", "1")).isEqualTo(4);
        assertThat(shell.err())
                .contains("the server refused the WebSocket at ws://127.0.0.1:")
                .contains("404");
        int closedPort = dev.restsh.shell.LocalServerProcess.freePort();
        assertThat(shell.oneShot("ws", "ws://127.0.0.1:" + closedPort + "/", "--count", "1"))
                .isEqualTo(7);
    }
}
