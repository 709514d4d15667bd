package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare sends one request to two environments or base URLs and shows the differences. */
class CompareTest {
    private static final String BODY = "{\"version\":\"1.4\",\"items\":[{\"ip\":\"10.0.0.1\"}],\"at\":\"%s\"}";

    @AutoClose
    private final LoopbackServer staging = new LoopbackServer();

    @AutoClose
    private final LoopbackServer production = new LoopbackServer();

    private final AtomicReference<String> stagingBody = new AtomicReference<>(BODY);

    @TempDir
    Path project;

    CompareTest() {
        staging.route("/", exchange -> answer(exchange, stagingBody.get(), "staging"));
        production.route("/", exchange -> answer(exchange, BODY, "production"));
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String body, String name)
            throws java.io.IOException {
        exchange.getResponseHeaders().set("X-Request-Id", name + System.nanoTime());
        boolean gone = exchange.getRequestURI().getPath().equals("/gone");
        exchange.getResponseHeaders().set("X-Served-By", gone ? name : "api");
        LoopbackServer.reply(
                exchange,
                gone && name.equals("staging") ? 404 : 200,
                "application/json",
                String.format(body, System.nanoTime()).getBytes(StandardCharsets.UTF_8));
    }

    private ShellHarness shell() throws Exception {
        Files.createDirectories(project.resolve(".restsh"));
        Files.writeString(
                project.resolve(".restsh/environments.toml"),
                "[staging]\nbase = \"" + staging.base() + "\"\n\n[production]\nbase = \"" + production.base() + "\"\n");
        ShellHarness shell = new ShellHarness("http://127.0.0.1:1");
        shell.context().workingDirectory(project);
        return shell;
    }

    @Test
    void theSameAnswersAreEqualWhateverTheVolatileHeadersAndIgnoredPaths() throws Exception {
        ShellHarness shell = shell();
        assertThat(shell.line("compare --ignore .at staging production get /ips limit==2 api_key==s3cret"))
                .as(shell::err)
                .isZero();
        assertThat(shell.out())
                .containsPattern("A staging: HTTP/1.1 200 OK .* GET " + staging.base()
                        + "/ips\\?limit=2&api_key=\\*\\*\\*  _1\n")
                .containsPattern("B production: HTTP/1.1 200 OK .* GET " + production.base()
                        + "/ips\\?limit=2&api_key=\\*\\*\\*  _2\n")
                .endsWith("no differences\n")
                .doesNotContain("s3cret");
        // the session is back where it was
        assertThat(shell.context().session().base().toString()).startsWith("http://127.0.0.1:1");
        assertThat(shell.context().environments().current()).isEmpty();
    }

    @Test
    void aRequestQuotedAsOneWordIsTheWholeLine() throws Exception {
        ShellHarness shell = shell();
        assertThat(shell.line("compare --ignore .at staging production 'get /ips limit==2'"))
                .as(shell::err)
                .isZero();
        assertThat(shell.out())
                .contains("A staging: HTTP/1.1 200 OK")
                .contains(production.base() + "/ips?limit=2  _2\n")
                .endsWith("no differences\n");
    }

    @Test
    void differencesInStatusHeadersAndBodyAreShownAndExitSix() throws Exception {
        stagingBody.set("{\"version\":\"1.5\",\"items\":[{\"ip\":\"10.0.0.1\"},{\"ip\":\"10.0.0.2\"}],\"at\":\"%s\"}");
        ShellHarness shell = shell();
        assertThat(shell.oneShot("compare", "--ignore", ".at", "staging", production.base(), "get", "/ips"))
                .isEqualTo(6);
        assertThat(shell.out())
                .contains("~ .body.version: \"1.5\" -> \"1.4\"\n")
                .contains("- .body.items[1]: {\"ip\":\"10.0.0.2\"}\n")
                .contains("2 differences\n");
        shell.clear();
        stagingBody.set(BODY);
        assertThat(shell.oneShot("compare", "--ignore", ".at", staging.base(), production.base(), "get", "/gone"))
                .isEqualTo(6);
        assertThat(shell.out())
                .contains("~ .status: 404 -> 200\n~ .headers[\"x-served-by\"]: \"staging\" -> \"production\"\n"
                        + "2 differences\n")
                .doesNotContain("x-request-id");
    }

    @Test
    void aSideThatCannotBeReachedEndsWithItsNetworkStatus() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        ShellHarness shell = shell();
        assertThat(shell.oneShot("compare", "staging", "http://127.0.0.1:" + closed, "get", "/ips"))
                .isEqualTo(7);
        assertThat(shell.line("compare nowhere production get /ips")).isEqualTo(2);
        assertThat(shell.err()).contains("unknown environment 'nowhere'");
    }
}
