package dev.restsh.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** base/cd/pwd, header, auth, set/let, env, -v masking, stdin bodies and named sessions, against loopback. */
class SessionStateTest {
    @AutoClose
    private static final LoopbackServer server = serve();

    @TempDir
    Path home;

    private static LoopbackServer serve() {
        return new LoopbackServer().route("/", LoopbackServer.echo()).route("/json", exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "sid=abc; Path=/");
            LoopbackServer.reply(
                    exchange,
                    200,
                    "application/json",
                    "{\"results\":[{\"ip\":\"1.2.3.4\",\"n\":5}]}".getBytes(StandardCharsets.UTF_8));
        });
    }

    private ShellHarness shell() {
        return new ShellHarness(server.base()).home(home);
    }

    @Test
    void cdMovesTheBaseLikeADirectory() {
        ShellHarness shell = shell();
        shell.line("cd api/v1");
        shell.line("cd ..");
        shell.line("cd /other");
        shell.line("pwd");
        shell.line("get x");
        assertThat(shell.out())
                .startsWith(server.base() + "/api/v1\n" + server.base() + "/api\n" + server.base() + "/other\n"
                        + server.base() + "/other\n")
                .contains("GET /other/x");
    }

    @Test
    void sessionHeadersAreSentUntilRemoved() {
        ShellHarness shell = shell();
        shell.line("header Authorization: Bearer abc");
        shell.line("get /a");
        shell.line("header -d Authorization");
        shell.line("get /b");
        assertThat(shell.out()).contains("authorization: Bearer abc").contains("authorization: null");
        assertThat(shell.line("header -d Nope")).isEqualTo(2);
        assertThat(shell.line("header no-colon")).isEqualTo(2);
    }

    @Test
    void authBasicBearerAndNone() {
        ShellHarness shell = shell();
        shell.line("auth basic ann:s3cret");
        shell.line("get /");
        shell.line("auth bearer tok");
        shell.line("get /");
        shell.line("auth none");
        shell.line("get /");
        assertThat(shell.out())
                .contains("auth: basic ann:***")
                .contains("authorization: Basic YW5uOnMzY3JldA==")
                .contains("authorization: Bearer tok")
                .contains("auth: none")
                .doesNotContain("s3cret");
    }

    @Test
    void aMissingPasswordIsAskedForOrAClearErrorWithoutATerminal() {
        ShellHarness shell = shell();
        var saved = AuthCommand.passwordReader;
        try {
            AuthCommand.passwordReader = () -> null;
            assertThat(shell.line("auth basic ann")).isEqualTo(2);
            assertThat(shell.err()).contains("no terminal to ask for ann's password");
            AuthCommand.passwordReader = () -> "typed".toCharArray();
            assertThat(shell.line("auth basic ann")).isZero();
            shell.line("get /");
            assertThat(shell.out()).contains("Basic YW5uOnR5cGVk");
        } finally {
            AuthCommand.passwordReader = saved;
        }
    }

    @Test
    void authLocalReadsTheServersTokenFile() throws Exception {
        ShellHarness shell = shell();
        assertThat(shell.line("auth local")).isEqualTo(2);
        assertThat(shell.err()).contains("no server token at " + home.resolve(".local/share/restsh/api-token"));
        Path token = home.resolve(".local/share/restsh/api-token");
        Files.createDirectories(token.getParent());
        Files.writeString(token, "srv-token\n");
        Files.writeString(
                token.resolveSibling("api-server"),
                "port=" + server.port() + "\npid=" + ProcessHandle.current().pid() + "\n");
        assertThat(shell.line("auth local")).isZero();
        shell.line("get http://127.0.0.1:" + server.port() + "/");
        assertThat(shell.out()).contains("authorization: Bearer srv-token");
        shell.line("auth none");
        shell.clear();
        shell.line("post /");
        assertThat(shell.out()).contains("authorization: null");
        shell.clear();
        shell.line("auth auto");
        shell.line("get /");
        assertThat(shell.out()).as("reads never carry the automatic token").contains("authorization: null");
        shell.line("post /");
        assertThat(shell.out()).contains("auth: auto").contains("authorization: Bearer srv-token");
    }

    @Test
    void setLetAndVariablesInRequests() {
        ShellHarness shell = shell();
        shell.line("get /json");
        assertThat(shell.line("let ip = response.json()['results'][0]['ip']")).isZero();
        assertThat(shell.line("let n = jq '.results[0].n'")).isZero();
        assertThat(shell.line("let row = jq .results[0]")).isZero();
        assertThat(shell.line("set label='edge box'")).isZero();
        shell.line("post /ips/{{ip}} label={{label}} n:={{n}} row:={{row}}");
        assertThat(shell.out())
                .contains("ip = 1.2.3.4\n")
                .contains("n = 5\n")
                .contains("POST /ips/1.2.3.4")
                .contains("body: {\"label\":\"edge box\",\"n\":5,\"row\":{\"ip\":\"1.2.3.4\",\"n\":5}}");
        assertThat(shell.line("get /{{nope}}")).isEqualTo(2);
        assertThat(shell.err()).contains("unknown variable {{nope}}");
        assertThat(shell.line("let x = jq .results[]")).isEqualTo(2);
        assertThat(shell.line("let = 1")).isEqualTo(2);
        assertThat(shell.line("let r = response")).isEqualTo(2);
        assertThat(shell.line("set a='unclosed")).isEqualTo(2);
        assertThat(shell.err()).contains("restsh: unclosed single quote");
        assertThat(shell.line("set b=1")).isZero();
    }

    @Test
    void envShowsTheSessionWithSecretsMasked() {
        ShellHarness shell = shell();
        shell.line("get /json");
        shell.line("header X-Api-Key: k3y");
        shell.line("auth bearer t0k");
        shell.line("set a=1");
        shell.line("set access_token=abc777");
        shell.clear();
        shell.line("env");
        assertThat(shell.out())
                .contains("base: " + server.base())
                .contains("auth: bearer ***")
                .contains("X-Api-Key: ***")
                .contains("a = 1")
                .contains("access_token = ***")
                .contains("sid=***")
                .doesNotContain("t0k")
                .doesNotContain("k3y")
                .doesNotContain("abc777");
        shell.line("env --show-secrets");
        assertThat(shell.out()).contains("t0k").contains("sid=abc").contains("abc777");
    }

    @Test
    void verboseShowsTheRequestAsSentWithSecretsMaskedUnlessAsked() {
        ShellHarness shell = shell();
        shell.line("get /json");
        shell.line("auth bearer t0k");
        shell.clear();
        shell.line("post /x a=1 -v");
        assertThat(shell.out().substring(0, shell.out().indexOf("HTTP/1.1 200")))
                .contains("POST /x HTTP/1.1\nHost: 127.0.0.1:" + server.port() + "\n")
                .contains("Authorization: Bearer ***\n")
                .contains("Cookie: ***\n")
                .contains("\n\n{\n    \"a\": \"1\"\n}\n")
                .doesNotContain("t0k");
        shell.clear();
        shell.line("post /x -v --show-secrets");
        assertThat(shell.out()).contains("Authorization: Bearer t0k").contains("Cookie: sid=abc");
    }

    @Test
    void oneShotSendsPipedStdinAsTheBody() {
        ShellHarness shell = shell();
        shell.context().bodyInput(new ByteArrayInputStream("{\"piped\":1}".getBytes(StandardCharsets.UTF_8)));
        assertThat(shell.oneShot("post", "/p")).isZero();
        assertThat(shell.out()).contains("content-type: application/json").contains("body: {\"piped\":1}");
    }

    @Test
    void aScriptNeverTakesPipedStdinAsABody() throws Exception {
        ShellHarness shell = shell();
        shell.context().bodyInput(new ByteArrayInputStream("{\"piped\":1}".getBytes(StandardCharsets.UTF_8)));
        Path script = home.resolve("post.restsh");
        Files.writeString(script, "post /p\n");
        assertThat(shell.oneShot("run", script.toString())).as(shell::err).isZero();
        assertThat(shell.out()).contains("POST /p").doesNotContain("piped");
    }

    @Test
    void sessionsAreSavedOwnerOnlyAndLoadedAgain() throws Exception {
        ShellHarness first = shell();
        first.line("get /json");
        first.line("cd api");
        first.line("header X-T: 1");
        first.line("auth bearer t0k");
        first.line("set v=42");
        assertThat(first.line("session save demo")).as(first::err).isZero();
        Path file = home.resolve("config/restsh/sessions/demo.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");

        ShellHarness second = shell();
        assertThat(second.line("session load demo")).isZero();
        second.line("get /x/{{v}}");
        assertThat(second.out())
                .contains("GET /api/x/42")
                .contains("authorization: Bearer t0k")
                .contains("cookie: sid=abc");
        assertThat(second.line("session load nope")).isEqualTo(2);
        assertThat(second.err()).contains("no session named 'nope'").contains("demo");
        assertThat(second.line("session save ../evil")).isEqualTo(2);
    }

    @Test
    void theSessionOptionLoadsAndSavesAfterEachRequest() throws Exception {
        ShellHarness first = shell();
        assertThat(first.oneShot("--session", "s1", "get", "/json")).isZero();
        ShellHarness second = shell();
        assertThat(second.oneShot("--session", "s1", "get", "/")).isZero();
        assertThat(second.out()).contains("cookie: sid=abc");
    }

    /** An explicit --base wins over the session's saved base, in either order; a bad name is one clear line. */
    @Test
    void anExplicitBaseWinsOverTheSessionsInEitherOrder() throws Exception {
        shell().oneShot("--session", "s2", "--base", server.base() + "/saved/", "get", "/json");
        ShellHarness saved = shell();
        assertThat(saved.oneShot("--session", "s2", "pwd")).isZero();
        assertThat(saved.out()).contains("/saved");
        for (String[] args : new String[][] {
            {"--session", "s2", "--base", "http://127.0.0.1:9/explicit", "pwd"},
            {"--base", "http://127.0.0.1:9/explicit", "--session", "s2", "pwd"}
        }) {
            ShellHarness shell = shell();
            assertThat(shell.oneShot(args)).isZero();
            assertThat(shell.out()).contains("http://127.0.0.1:9/explicit").doesNotContain("saved");
        }
        java.nio.file.Path damaged = home.resolve("config/restsh/sessions/damaged.json");
        java.nio.file.Files.createDirectories(damaged.getParent());
        java.nio.file.Files.writeString(damaged, "{bad");
        ShellHarness broken = shell();
        assertThat(broken.oneShot("--session", "damaged", "pwd")).isEqualTo(2);
        assertThat(broken.err())
                .startsWith("restsh: cannot read session " + damaged + ": Unexpected character")
                .endsWith("(line 1, column 2)\n");
        ShellHarness bad = shell();
        assertThat(bad.oneShot("--session", "../x", "pwd")).isEqualTo(2);
        assertThat(bad.err()).startsWith("restsh: invalid session name '../x'").doesNotContain("Could not");
    }
}
