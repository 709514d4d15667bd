package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.SteppingPacer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** watch --until polls an asynchronous job until a condition holds, or fails at its timeout. */
class WatchUntilTest {
    private final SteppingPacer pacer = new SteppingPacer();

    private ShellHarness shell(String base) {
        ShellHarness shell = new ShellHarness(base);
        shell.context().pacer(pacer);
        return shell;
    }

    @Test
    void stopsWithStatusZeroWhenTheConditionHolds() {
        try (AsyncJobServer server = new AsyncJobServer(3)) {
            ShellHarness shell = shell(server.base());
            int status = shell.line("watch --until \"response.json()['state'] == 'done'\" -n 5 get /job");
            assertThat(status).as(shell::err).isZero();
            assertThat(shell.out())
                    .contains("watching GET " + server.base() + "/job until response.json()['state'] == 'done'"
                            + " every 5 s, for up to 300 s")
                    .contains("#0] response.json()['state'] == 'done' → false")
                    .containsPattern("#1] HTTP/1.1 200 OK .*response.json\\(\\)\\['state'] == 'done' → false")
                    .containsPattern("#2] HTTP/1.1 200 OK .*response.json\\(\\)\\['state'] == 'done' → true");
            assertThat(server.asked()).isEqualTo(3);
            assertThat(pacer.pauses()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
            shell.clear();
            // the first response and the last are kept, not every run
            shell.line("print _1.json()['polls'], _2.json()['polls']");
            assertThat(shell.out()).isEqualTo("(1, 3)\n");
            assertThat(shell.line("print _3")).isEqualTo(2);
        }
    }

    @Test
    void timesOutWithStatusSixAndTheLastValue() {
        try (AsyncJobServer server = new AsyncJobServer(100)) {
            ShellHarness shell = shell(server.base());
            int status = shell.line("watch --until \"response.json()['state']  == 'done'\" --timeout 10 -n 3 get /job");
            assertThat(status).isEqualTo(6);
            // runs at 3, 6 and 9 s; a fourth would start after the 10 s
            assertThat(server.asked()).isEqualTo(4);
            assertThat(shell.err())
                    .contains("restsh: watch timed out after 10 s: response.json()['state']  == 'done'")
                    .contains("response.json()['state']  == 'done' → false");
        }
    }

    @Test
    void aConditionThatAlreadyHoldsSendsNothingMore() {
        try (AsyncJobServer server = new AsyncJobServer(1)) {
            ShellHarness shell = shell(server.base());
            assertThat(shell.line("watch --until response.ok get /job")).isZero();
            assertThat(server.asked()).isEqualTo(1);
            assertThat(pacer.pauses()).isEmpty();
        }
    }

    @Test
    void anErrorInTheConditionMeansNotYetAndASyntaxErrorIsAUsageError() {
        try (AsyncJobServer server = new AsyncJobServer(2)) {
            ShellHarness shell = shell(server.base());
            assertThat(shell.line("watch --until \"response.json()['state' ==\" get /job"))
                    .isEqualTo(2);
            assertThat(server.asked()).isZero();
            assertThat(shell.line("watch --until \"response.json()['missing'] == 1\" --count 2 -n 1 get /job"))
                    .isEqualTo(6);
            assertThat(shell.out()).contains("→ (error: ");
            assertThat(shell.err()).contains("watch stopped after 2 runs");
        }
    }

    @Test
    void oneShotExitStatuses() {
        try (AsyncJobServer server = new AsyncJobServer(2)) {
            ShellHarness shell = shell(server.base());
            assertThat(shell.oneShot(
                            "watch", "--until", "response.json()['state'] == 'done'", "-n", "1", "get", "/job"))
                    .isZero();
            assertThat(shell.oneShot(
                            "watch",
                            "--until",
                            "response.json()['state'] == 'gone'",
                            "--timeout",
                            "2",
                            "-n",
                            "1",
                            "get",
                            "/job"))
                    .isEqualTo(6);
        }
    }
}
