package dev.restsh.shell.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ~/.netrc (or $NETRC) supplies basic credentials when nothing else does, as curl and HTTPie read it. */
class NetrcTest {
    @TempDir
    Path home;

    private static LoopbackServer echoAuthorization() throws Exception {
        LoopbackServer server = new LoopbackServer();
        server.route(
                "/",
                exchange -> LoopbackServer.reply(
                        exchange, 200, "auth=" + exchange.getRequestHeaders().getFirst("Authorization")));
        return server;
    }

    @Test
    void theMachinesLoginIsSentUnlessTheRequestOrSessionHasCredentials() throws Exception {
        Path netrc = Files.writeString(
                home.resolve(".netrc"),
                "# comment\nmachine other.example login x password y\n"
                        + "macdef init\ncd /pub\nbin\n\n"
                        + "machine 127.0.0.1\n  login ann\n  password \"p w\"\ndefault login anonymous password guest\n");
        Files.setPosixFilePermissions(netrc, PosixFilePermissions.fromString("rw-------"));
        try (LoopbackServer server = echoAuthorization()) {
            ShellHarness shell = new ShellHarness(server.base()).env(Map.of("HOME", home.toString()));
            assertThat(shell.line("get /a")).as(shell::err).isZero();
            assertThat(shell.out()).contains("auth=Basic YW5uOnAgdw=="); // ann:p w
            shell.clear();
            assertThat(shell.line("get /b --ignore-netrc")).isZero();
            assertThat(shell.line("get /c Authorization:Bearer\\ mine")).isZero();
            assertThat(shell.line("get http://bob:pw@127.0.0.1:" + server.port() + "/d"))
                    .isZero();
            assertThat(shell.line("auth none")).isZero();
            assertThat(shell.line("get /e")).isZero();
            assertThat(shell.out())
                    .contains("auth=null")
                    .contains("auth=Bearer mine")
                    .contains("auth=Basic Ym9iOnB3")
                    .doesNotContain("YW5uOnAgdw==");
            assertThat(shell.err()).doesNotContain("warning"); // mode 600

            ShellHarness byName =
                    new ShellHarness("http://localhost:" + server.port()).env(Map.of("HOME", home.toString()));
            assertThat(byName.line("get /f")).isZero();
            assertThat(byName.out()).contains("auth=Basic YW5vbnltb3VzOmd1ZXN0"); // default: anonymous:guest
        }
    }

    @Test
    void netrcVariableNamesTheFileAndOneReadableByOthersIsWarnedAbout() throws Exception {
        Path file = Files.writeString(home.resolve("creds"), "machine 127.0.0.1 login eve password s\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (LoopbackServer server = echoAuthorization()) {
            ShellHarness shell =
                    new ShellHarness(server.base()).env(Map.of("HOME", home.toString(), "NETRC", file.toString()));
            assertThat(shell.line("get /a")).isZero();
            assertThat(shell.line("get /b")).isZero();
            assertThat(shell.out()).contains("auth=Basic ZXZlOnM=");
            String warning = "restsh: warning: " + file + " can be read by other users: chmod 600 it (it holds"
                    + " passwords)\n";
            assertThat(shell.err()).startsWith(warning).containsOnlyOnce(warning);
        }
    }
}
