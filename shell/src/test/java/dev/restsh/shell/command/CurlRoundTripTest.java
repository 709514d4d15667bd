package dev.restsh.shell.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export curl} run by the real curl sends the request restsh sent; pasted curl commands are sent. */
class CurlRoundTripTest {
    /** What the server saw of one request: everything a replay must reproduce. */
    record Seen(String method, String uri, List<String> headers, byte[] body) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Seen seen
                    && method.equals(seen.method)
                    && uri.equals(seen.uri)
                    && headers.equals(seen.headers)
                    && Arrays.equals(body, seen.body);
        }

        @Override
        public int hashCode() {
            return uri.hashCode();
        }
    }

    private static final List<String> COMPARED =
            List.of("Content-Type", "Authorization", "Cookie", "User-Agent", "Accept", "X-Quote", "X-Empty");

    @TempDir
    Path folder;

    private final List<Seen> seen = new ArrayList<>();

    @AutoClose
    private final LoopbackServer server = new LoopbackServer()
            .route("/", this::record)
            .route("/moved", exchange -> {
                exchange.getResponseHeaders().set("Location", "/target");
                LoopbackServer.reply(exchange, 302, null, new byte[0]);
            });

    private synchronized void record(HttpExchange exchange) throws java.io.IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        List<String> headers = new ArrayList<>();
        for (String name : COMPARED) {
            headers.add(name.toLowerCase(Locale.ROOT) + ": "
                    + exchange.getRequestHeaders().get(name));
        }
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body));
        exchange.getResponseHeaders().add("Set-Cookie", "sid=x1; Path=/");
        LoopbackServer.reply(exchange, 200, "ok");
    }

    private String replay(ShellHarness shell) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is installed");
        shell.clear();
        assertThat(shell.line("export curl")).as(shell::err).isZero();
        String command = shell.out().strip();
        Process process = new ProcessBuilder("sh", "-c", command + " -s -o /dev/null")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return command;
    }

    @Test
    void exportedCurlSendsTheSameJsonRequest() throws Exception {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /first"); // a cookie for the next request
        shell.line("auth bearer \"t0k'en\"");
        assertThat(shell.line("post '/items/a b?x=1' \"note=it's \\$HOME \\`date\\` \\\"q\\\" ünï\" n:=1 "
                        + "\"X-Quote:a'b\" X-Empty;"))
                .as(shell::err)
                .isZero();
        String command = replay(shell);
        assertThat(command).contains("-H 'Authorization: Bearer t0k'\\''en'");
        assertThat(seen).hasSize(3);
        assertThat(seen.get(2)).isEqualTo(seen.get(1));
        assertThat(seen.get(2).method()).isEqualTo("POST");
    }

    @Test
    void exportedCurlSendsBinaryBodiesByteForByte() throws Exception {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        Files.write(folder.resolve("all.bin"), bytes);
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("put /blob @" + folder.resolve("all.bin") + " Content-Type:application/octet-stream"))
                .isZero();
        assertThat(replay(shell)).startsWith("printf ");
        assertThat(seen.get(1)).isEqualTo(seen.get(0));
        assertThat(seen.get(1).body()).isEqualTo(bytes);
    }

    @Test
    void exportedCurlOfOtherMethodsAndHead() throws Exception {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("delete /gone");
        replay(shell);
        shell.line("head /h");
        assertThat(replay(shell)).startsWith("curl --head ");
        assertThat(seen.stream().map(Seen::method)).containsExactly("DELETE", "DELETE", "HEAD", "HEAD");
        assertThat(seen.get(1)).isEqualTo(seen.get(0));
    }

    @Test
    void aRedirectedRequestIsExportedWithL() throws Exception {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /moved");
        assertThat(replay(shell)).startsWith("curl -L " + server.base() + "/moved");
        assertThat(seen).extracting(Seen::uri).containsExactly("/target", "/target");
    }

    @Test
    void aPastedCurlCommandIsSentAndKept() {
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.line("curl -X POST " + server.base() + "/ips -H 'Content-Type: application/json' "
                        + "-d '{\"ip\": \"10.0.0.1\"}' -u ann:pw"))
                .as(shell::err)
                .isZero();
        Seen request = seen.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(new String(request.body())).isEqualTo("{\"ip\": \"10.0.0.1\"}");
        assertThat(request.headers()).contains("content-type: [application/json]", "authorization: [Basic YW5uOnB3]");
        shell.clear();
        shell.line("response.status_code");
        assertThat(shell.out()).isEqualTo("200\n");
    }

    @Test
    void pastedCurlFollowsRedirectsOnlyWithL() {
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.oneShot("curl", server.base() + "/moved")).isEqualTo(3);
        assertThat(shell.oneShot("curl", "-sSL", server.base() + "/moved")).isZero();
        assertThat(shell.oneShot("curl", "--proxy-anyauth", server.base())).isEqualTo(2);
        assertThat(shell.err()).contains("restsh does not know --proxy-anyauth");
    }

    /**
     * Sends {@code args} (URL standing for the server) with the real curl under bash and pasted into restsh:
     * the server must see the same request. {@code -A t} makes the User-Agent the same.
     */
    private Seen sameAsCurl(String args) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is installed");
        String line = "-A t " + args.replace("URL", server.base() + "/x");
        Process process = new ProcessBuilder("bash", "-c", "curl -s -o /dev/null " + line)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        ShellHarness shell = new ShellHarness("http://localhost:1");
        shell.context().workingDirectory(folder);
        assertThat(shell.line("curl " + line)).as(shell::err).isZero();
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1)).isEqualTo(seen.get(0));
        Seen request = seen.get(1);
        seen.clear();
        return request;
    }

    @Test
    void methodOfXWinsOverThePostThatDataImplies() throws Exception {
        Seen request = sameAsCurl("-X GET URL -d 'q=1'");
        assertThat(request.method()).isEqualTo("GET");
        assertThat(new String(request.body())).isEqualTo("q=1");
    }

    @Test
    void emptyArgumentsAreKept() throws Exception {
        Seen empty = sameAsCurl("-d '' URL");
        assertThat(empty.method()).isEqualTo("POST");
        assertThat(empty.body()).isEmpty();
        assertThat(new String(sameAsCurl("-d a=1 -d '' URL").body())).isEqualTo("a=1&");
        assertThat(sameAsCurl("-H '' URL").method()).isEqualTo("GET");
    }

    @Test
    void ansiCQuotingOfCopyAsCurlIsRead() throws Exception {
        assertThat(new String(
                        sameAsCurl("--data-raw $'{\"name\":\"O\\'Brien\"}' URL").body()))
                .isEqualTo("{\"name\":\"O'Brien\"}");
        assertThat(new String(
                        sameAsCurl("--data-raw $'line1\\nline2\\t\\x41\\101\\u00e9' URL")
                                .body(),
                        UTF_8))
                .isEqualTo("line1\nline2\tAAé");
        // The JDK's server reads the tab as a space; before $'…', restsh sent a header named $Content-Type.
        assertThat(sameAsCurl("-H $'Content-Type: a\\tb' URL").headers()).contains("content-type: [a b]");
    }

    @Test
    void spacesInTheUrlAreEscapedAndABadUrlIsAUsageError() throws Exception {
        // curl 7.88 itself refuses a space in a URL (exit 3); restsh escapes it, as get does.
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.line("curl '" + server.base() + "/x?q=a b'"))
                .as(shell::err)
                .isZero();
        assertThat(seen.get(0).uri()).isEqualTo("/x?q=a%20b");
        shell.clear();
        assertThat(shell.oneShot("curl", "http://h/x?q=a{b")).isEqualTo(2);
        assertThat(shell.err()).startsWith("restsh: invalid URL").doesNotContain("unexpected");
        assertThat(shell.oneShot("curl", "http:///x")).isEqualTo(2);
        assertThat(shell.err()).contains("no host");
    }

    @Test
    void dataUrlencodeReadsFilesAndDropsALeadingEquals() throws Exception {
        Path file = Files.writeString(folder.resolve("f.txt"), "hello file\n");
        assertThat(new String(
                        sameAsCurl("--data-urlencode name@" + file + " URL").body()))
                .isEqualTo("name=hello+file%0A");
        assertThat(new String(sameAsCurl("--data-urlencode '=raw value' URL").body()))
                .isEqualTo("raw+value");
        sameAsCurl("--data-urlencode @" + file + " --data-urlencode 'n=a&b *~é' --data-urlencode 'plain text' URL");
    }

    @Test
    void anEmptyAcceptHeaderSendsNoneBothWays() throws Exception {
        assertThat(sameAsCurl("URL -H 'Accept:'").headers()).contains("accept: null");
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("get /x Accept:")).as(shell::err).isZero();
        assertThat(replay(shell)).contains("-H Accept:");
        assertThat(seen.get(0).headers()).contains("accept: null");
        assertThat(seen.get(1)).isEqualTo(seen.get(0));
    }

    @Test
    void formPartsTakeATypeAndAFileName() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "file text");
        String args = "-F 'a=b;type=text/plain' -F 'f=@" + folder.resolve("a.txt") + ";filename=renamed.txt' URL";
        String typed = "Content-Disposition: form-data; name=\"a\"\r\nContent-Type: text/plain\r\n\r\nb\r\n";
        String renamed = "Content-Disposition: form-data; name=\"f\"; filename=\"renamed.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nfile text\r\n";
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is installed");
        Process process =
                new ProcessBuilder("bash", "-c", "curl -s -o /dev/null " + args.replace("URL", server.base())).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.line("curl " + args.replace("URL", server.base())))
                .as(shell::err)
                .isZero();
        assertThat(seen).hasSize(2);
        for (Seen request : seen) { // curl's request, then restsh's
            assertThat(new String(request.body(), UTF_8)).contains(typed, renamed);
        }
    }
}
