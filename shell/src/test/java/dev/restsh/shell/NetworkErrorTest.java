package dev.restsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Connection refused and unknown hosts: one clear line, exit status 7, and the session goes on. */
class NetworkErrorTest {
    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void connectionRefusedIsOneLineWithExitSeven() throws Exception {
        ShellHarness shell = new ShellHarness("http://localhost:" + freePort());
        assertThat(shell.oneShot("get", "/get_ips")).isEqualTo(7);
        assertThat(shell.err())
                .matches("restsh: http://localhost:\\d+/get_ips: connection refused "
                        + "\\(is the server running\\? start it with scripts/run\\)\n");
    }

    @Test
    void theUrlInTheErrorHasItsSecretQueryParametersMasked() throws Exception {
        ShellHarness shell = new ShellHarness("http://localhost:" + freePort());
        assertThat(shell.oneShot("get", "/get_ips", "api_key==s3cret", "page==2"))
                .isEqualTo(7);
        assertThat(shell.err())
                .contains("/get_ips?api_key=***&page=2: connection refused")
                .doesNotContain("s3cret");
        assertThat(shell.oneShot("ws", "/changes", "token==s3cret", "--count", "1"))
                .isEqualTo(7);
        assertThat(shell.err())
                .contains("/changes?token=***: connection refused")
                .doesNotContain("s3cret");
    }

    @Test
    void unknownHostNamesTheHost() {
        ShellHarness shell = new ShellHarness("http://no-such-host.invalid");
        assertThat(shell.oneShot("get", "/x")).isEqualTo(7);
        assertThat(shell.err()).contains("unknown host no-such-host.invalid").doesNotContain("Exception");
    }

    @Test
    void stackTraceOnlyWithDebug() throws Exception {
        ShellHarness shell = new ShellHarness("http://localhost:" + freePort());
        assertThat(shell.oneShot("--debug", "get", "/x")).isEqualTo(7);
        assertThat(shell.err()).contains("\tat ").contains("ConnectException");
    }

    @Test
    void theSessionGoesOnAfterAnError() throws Exception {
        try (TutorialServer server = new TutorialServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.line("get http://localhost:" + freePort() + "/x")).isEqualTo(7);
            assertThat(shell.line("get /get_ips")).isZero();
            assertThat(shell.line("response.status_code")).isZero();
            assertThat(shell.out()).endsWith("200\n");
        }
    }
}
