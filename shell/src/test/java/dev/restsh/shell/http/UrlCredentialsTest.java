package dev.restsh.shell.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** http://user:pass@host/ sends basic auth (as curl, HTTPie and requests do), and the password is not shown. */
class UrlCredentialsTest {
    @AutoClose
    private static final LoopbackServer server = serve();

    @TempDir
    Path home;

    private static LoopbackServer serve() {
        return new LoopbackServer().route("/", LoopbackServer.echo());
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String url(String userInfo, String path) {
        return "http://" + userInfo + "@127.0.0.1:" + server.port() + path;
    }

    @Test
    void theUserinfoIsSentAsBasicAuthOnBothTransports() {
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.line("get " + url("ann:p%40ss%3Aw+rd", "/a")))
                .as(shell::err)
                .isZero();
        assertThat(shell.line("request PATCH " + url("b%C3%A9a", "/b")))
                .as(shell::err)
                .isZero();
        assertThat(shell.out())
                .contains("GET /a\ncontent-type: null\nauthorization: " + basic("ann:p@ss:w+rd") + "\n")
                .contains("PATCH /b\ncontent-type: null\nauthorization: " + basic("béa:") + "\n");
    }

    @Test
    void theRequestsOwnAuthorizationWins() {
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.line("get " + url("ann:pw", "/") + " 'Authorization:Bearer t'"))
                .isZero();
        assertThat(shell.out()).contains("authorization: Bearer t\n");
    }

    @Test
    void theyWinOverTheLocalServersTokenOnWrites() throws Exception {
        Path token = home.resolve("data/restsh/api-token");
        Files.createDirectories(token.getParent());
        Files.writeString(token, "tok3n\n");
        Files.writeString(
                token.resolveSibling("api-server"),
                "port=" + server.port() + "\npid=" + ProcessHandle.current().pid() + "\n");
        ShellHarness shell = new ShellHarness(server.base())
                .env(Map.of(
                        "HOME",
                        home.toString(),
                        "XDG_DATA_HOME",
                        home.resolve("data").toString()));
        assertThat(shell.line("post " + url("ann:pw", "/w") + " a=1"))
                .as(shell::err)
                .isZero();
        assertThat(shell.out()).contains("authorization: " + basic("ann:pw") + "\n");
    }

    @Test
    void thePasswordIsNotShownNorKept() {
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.line("get " + url("ann:s3cret", "/v?q=1") + " -v"))
                .as(shell::err)
                .isZero();
        shell.line("print request.url");
        shell.line("history");
        shell.line("export http");
        assertThat(shell.out())
                .contains("Authorization: Basic ***")
                .contains("http://127.0.0.1:" + server.port() + "/v?q=1")
                .doesNotContain("s3cret")
                .doesNotContain("ann:");
    }

    /** A base URL with a password: requests use it, but pwd, base, env and the prompt show it masked. */
    @Test
    void aBaseUrlsPasswordIsNotShown() {
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.line("base " + url("ann:s%40cret", "/api/")))
                .as(shell::err)
                .isZero();
        assertThat(shell.line("pwd")).isZero();
        assertThat(shell.line("env")).isZero();
        assertThat(shell.line("get x")).as(shell::err).isZero();
        assertThat(shell.out())
                .contains("http://ann:***@127.0.0.1:" + server.port() + "/api/")
                .contains("auth: basic from the base URL (ann:***)")
                .contains(basic("ann:s@cret"))
                .doesNotContain("s%40cret")
                .doesNotContain("s@cret");
        assertThat(shell.line("cd sub")).isZero();
        assertThat(shell.line("session save masked")).as(shell::err).isZero();
        assertThat(shell.line("session load masked")).as(shell::err).isZero();
        assertThat(shell.line("endpoints")).isNotZero(); // no OpenAPI document there: the error names the base
        assertThat(shell.out() + shell.err()).contains("ann:***@").doesNotContain("s%40cret");
        assertThat(UrlCredentials.shown(java.net.URI.create("http://ann@h/"))).isEqualTo("http://ann@h/");
        assertThat(UrlCredentials.shown(java.net.URI.create("http://p:@h/"))).isEqualTo("http://p:***@h/");
        assertThat(UrlCredentials.shown(java.net.URI.create("https://s:x@h/"))).isEqualTo("https://s:***@h/");
        assertThat(UrlCredentials.shown(java.net.URI.create("http://h:1/p?q=a:b@c")))
                .isEqualTo("http://h:1/p?q=a:b@c");
    }
}
