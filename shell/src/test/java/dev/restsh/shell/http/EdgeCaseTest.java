package dev.restsh.shell.http;

import static dev.restsh.shell.LoopbackServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTTP edge cases against a real loopback server, driven through the shell as a user would. */
class EdgeCaseTest {
    private static final String JSON = "{\"results\":[{\"ip\":\"1.2.3.4\"}]}";

    @AutoClose
    private static final LoopbackServer server = serve();

    private static LoopbackServer serve() {
        return new LoopbackServer()
                .route("/echo", LoopbackServer.echo())
                .route("/redirect/", exchange -> {
                    // /redirect/CODE/N: N more hops of CODE, then /echo
                    String[] parts = exchange.getRequestURI().getPath().split("/");
                    int code = Integer.parseInt(parts[2]);
                    int left = Integer.parseInt(parts[3]);
                    exchange.getRequestBody().readAllBytes();
                    String next = left <= 1 ? "/echo" : "/redirect/" + code + "/" + (left - 1);
                    exchange.getResponseHeaders().set("Location", next);
                    exchange.getResponseHeaders().add("Set-Cookie", "hop" + left + "=seen; Path=/");
                    reply(exchange, code, null, new byte[0]);
                })
                .route("/accept", exchange -> {
                    exchange.getRequestBody().readAllBytes();
                    reply(
                            exchange,
                            200,
                            "accept: " + exchange.getRequestHeaders().getFirst("Accept"));
                })
                .route("/loop", exchange -> {
                    exchange.getResponseHeaders().set("Location", "/loop");
                    reply(exchange, 302, null, new byte[0]);
                })
                .route("/gzip", exchange -> {
                    assertThat(exchange.getRequestHeaders().getFirst("Accept-Encoding"))
                            .contains("gzip");
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    reply(exchange, 200, "application/json", gzip(JSON));
                })
                .route("/deflate", exchange -> {
                    exchange.getResponseHeaders().set("Content-Encoding", "deflate");
                    boolean raw = "raw".equals(exchange.getRequestURI().getQuery());
                    reply(exchange, 200, "application/json", deflate(JSON, raw));
                })
                .route("/chunked", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/plain");
                    exchange.sendResponseHeaders(200, 0); // 0: chunked
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < 5; i++) {
                            out.write(("part " + i + "\n").getBytes(StandardCharsets.UTF_8));
                            out.flush();
                            sleep(60); // the behaviour under test: a body that trickles in, chunk by chunk
                        }
                    }
                })
                .route("/slow", exchange -> {
                    sleep(2000); // the behaviour under test: a server slower than the client's timeout
                    reply(exchange, 200, "late");
                })
                .route("/empty", exchange -> {
                    exchange.getResponseHeaders().set("ETag", "\"v1\"");
                    int status = exchange.getRequestURI().getQuery() == null ? 204 : 304;
                    reply(exchange, status, null, new byte[0]);
                })
                .route("/head", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.getResponseHeaders().set("X-Method", exchange.getRequestMethod());
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                })
                .route(
                        "/binary",
                        exchange ->
                                reply(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3}))
                .route(
                        "/bad-json",
                        exchange -> reply(
                                exchange, 200, "application/json", "{\"a\": [1, 2".getBytes(StandardCharsets.UTF_8)))
                .route(
                        "/latin1",
                        exchange -> reply(
                                exchange,
                                200,
                                "text/plain; charset=ISO-8859-1",
                                "café crème".getBytes(StandardCharsets.ISO_8859_1)))
                .route("/protected", exchange -> {
                    exchange.getRequestBody().readAllBytes();
                    exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"restsh\"");
                    reply(
                            exchange,
                            401,
                            "application/problem+json",
                            "{\"title\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8));
                })
                .route("/huge-header", exchange -> {
                    exchange.getResponseHeaders().set("X-Big", "x".repeat(60_000));
                    for (int i = 0; i < 200; i++) {
                        exchange.getResponseHeaders().add("X-Many-" + i, "v" + i);
                    }
                    reply(exchange, 200, "ok");
                });
    }

    private static ShellHarness shell() {
        return new ShellHarness(server.base());
    }

    @Test
    void aRedirectChainIsFollowedAndEveryHopKept() {
        ShellHarness shell = shell();
        assertThat(shell.line("get /redirect/302/3")).as(shell::err).isZero();
        shell.clear();
        shell.line("len(response.history)");
        shell.line("response.history[0].status_code");
        shell.line("response.url");
        assertThat(unquoted(shell.out())).isEqualTo("3\n302\n" + server.base() + "/echo\n");
    }

    @Test
    void cookiesSetOnRedirectHopsAreSentOnTheNextHops() {
        ShellHarness shell = shell();
        shell.line("get /redirect/302/2");
        assertThat(shell.out()).contains("cookie: hop2=seen; hop1=seen");
    }

    @Test
    void aRedirectLoopIsAClearErrorWithStatusThree() {
        ShellHarness shell = shell();
        assertThat(shell.oneShot("get", "/loop")).isEqualTo(3);
        assertThat(shell.err()).contains("redirect loop").contains("/loop");
    }

    @Test
    void tooManyHopsIsAClearError() {
        ShellHarness shell = shell();
        assertThat(shell.oneShot("get", "/redirect/301/40")).isEqualTo(3);
        assertThat(shell.err()).contains("too many redirects");
    }

    @Test
    void noFollowShowsTheRedirectWithStatusThree() {
        ShellHarness shell = shell();
        assertThat(shell.oneShot("get", "/redirect/302/1", "--no-follow")).isEqualTo(3);
        assertThat(shell.err()).contains("302 Found");
    }

    @ParameterizedTest
    @CsvSource({"301, GET, ''", "302, GET, ''", "303, GET, ''", "307, POST, a=1", "308, POST, a=1"})
    void redirectsChangeOrKeepTheMethodAsRequestsDoes(int code, String method, String body) {
        ShellHarness shell = shell();
        assertThat(shell.line("post /redirect/" + code + "/1 --form a=1"))
                .as(shell::err)
                .isZero();
        assertThat(shell.out()).contains(method + " /echo").contains("body: " + body + "\n");
        if (method.equals("GET")) {
            assertThat(shell.out()).contains("content-type: null");
        }
    }

    @Test
    void aHeadRedirectStaysHead() {
        ShellHarness shell = shell();
        assertThat(shell.line("head /redirect/303/1")).isZero();
        shell.clear();
        shell.line("response.request.method");
        assertThat(unquoted(shell.out())).isEqualTo("HEAD\n");
    }

    @Test
    void gzipBodiesAreDecoded() {
        ShellHarness shell = shell();
        assertThat(shell.line("get /gzip")).as(shell::err).isZero();
        assertThat(shell.out()).contains("\"1.2.3.4\"");
        shell.clear();
        shell.line("response.json()['results'][0]['ip']");
        assertThat(unquoted(shell.out())).isEqualTo("1.2.3.4\n");
    }

    @Test
    void deflateBodiesAreDecodedZlibWrappedOrRaw() {
        ShellHarness shell = shell();
        assertThat(shell.line("get /deflate")).isZero();
        assertThat(shell.line("get /deflate?raw")).isZero();
        assertThat(shell.out().split("1\\.2\\.3\\.4", -1)).hasSize(3);
    }

    @Test
    void gzipAlsoThroughJavaNetHttp() {
        ShellHarness shell = shell();
        assertThat(shell.line("request PATCH /gzip")).as(shell::err).isZero();
        assertThat(shell.out()).contains("\"1.2.3.4\"");
    }

    @Test
    void chunkedSlowBodiesArriveWhole() {
        ShellHarness shell = shell();
        assertThat(shell.line("get /chunked")).isZero();
        assertThat(shell.out()).contains("part 0\npart 1\npart 2\npart 3\npart 4\n");
    }

    @Test
    void aReadTimeoutIsStatusSevenAndTheSessionGoesOn() {
        ShellHarness shell = shell();
        assertThat(shell.line("get /slow --timeout 0.3")).isEqualTo(7);
        assertThat(shell.err()).contains("timed out waiting for the response");
        assertThat(shell.line("get /echo")).isZero();
    }

    @Test
    void anEmptyHeaderItemSendsNoSuchHeaderNotEvenTheJdksDefault() {
        ShellHarness shell = shell();
        assertThat(shell.line("get /accept")).isZero();
        assertThat(shell.out()).contains("accept: application/json, */*;q=0.5");
        shell.clear();
        assertThat(shell.line("get /accept Accept:")).as(shell::err).isZero();
        assertThat(shell.out()).contains("accept: null");
        shell.clear();
        assertThat(shell.line("post /accept Accept: a=1")).as(shell::err).isZero();
        assertThat(shell.out()).contains("accept: null");
    }

    @Test
    void aNegativeTimeoutIsAUsageError() {
        ShellHarness shell = shell();
        assertThat(shell.line("get /echo --timeout -1")).isEqualTo(2);
        assertThat(shell.err()).contains("--timeout must be a number of seconds, 0 or more");
        assertThat(shell.line("get /echo --timeout 0")).as("0: no timeout").isZero();
        assertThat(shell.line("get /echo --timeout 0 --http1.1")).isZero();
    }

    @Test
    void noContentAndNotModifiedHaveNoBody() {
        ShellHarness shell = shell();
        assertThat(shell.line("get /empty")).isZero();
        assertThat(shell.line("get /empty?etag If-None-Match:'\"v1\"'")).isZero();
        assertThat(shell.out()).isEmpty();
        assertThat(shell.err()).contains("204 No Content").contains("304 Not Modified");
    }

    @Test
    void headShowsHeadersOnly() {
        ShellHarness shell = shell();
        assertThat(shell.line("head /head")).isZero();
        shell.line("response.headers['x-method']");
        assertThat(unquoted(shell.out())).isEqualTo("HEAD\n");
    }

    @Test
    void binaryBodiesAreNeverDumped() {
        ShellHarness shell = shell();
        assertThat(shell.line("get /binary")).isZero();
        assertThat(shell.out())
                .contains("binary")
                .contains("8 B")
                .doesNotContain("\0")
                .doesNotContain("PNG");
    }

    @Test
    void invalidJsonIsShownAsTextWithTheReason() {
        ShellHarness shell = shell();
        assertThat(shell.line("get /bad-json")).isZero();
        assertThat(shell.out()).contains("{\"a\": [1, 2");
        assertThat(shell.err()).contains("not valid JSON");
    }

    @Test
    void declaredCharsetsAreHonoured() {
        ShellHarness shell = shell();
        assertThat(shell.line("get /latin1")).isZero();
        assertThat(shell.out()).contains("café crème");
    }

    @Test
    void aChallengeKeepsTheProblemBodyForEveryMethodAndTransport() {
        ShellHarness shell = shell();
        assertThat(shell.line("post /protected ip=10.0.0.1")).isEqualTo(4);
        assertThat(shell.line("get /protected")).isEqualTo(4);
        assertThat(shell.line("request PATCH /protected a=1")).isEqualTo(4);
        assertThat(shell.out().split("Unauthorized", -1)).hasSize(4);
    }

    @Test
    void hugeResponseHeadersAreKept() {
        ShellHarness shell = shell();
        assertThat(shell.line("get /huge-header")).isZero();
        shell.clear();
        shell.line("len(response.headers['x-big'])");
        shell.line("response.headers['x-many-199']");
        assertThat(unquoted(shell.out())).isEqualTo("60000\nv199\n");
    }

    @Test
    void aConnectionClosedMidBodyIsANetworkError() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread cutter = new Thread(() -> {
                for (int i = 0; i < 2; i++) {
                    try (Socket client = socket.accept()) {
                        client.getInputStream().read(new byte[8192]);
                        client.getOutputStream()
                                .write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n"
                                                + "only the start")
                                        .getBytes(StandardCharsets.US_ASCII));
                        client.getOutputStream().flush();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            cutter.start();
            ShellHarness shell = new ShellHarness("http://127.0.0.1:" + socket.getLocalPort());
            assertThat(shell.line("get /cut")).isEqualTo(7);
            assertThat(shell.line("request PATCH /cut")).isEqualTo(7);
            // The body streams in after the headers: the cut is found while it is read, and said so.
            assertThat(shell.err()).contains("the transfer broke after").doesNotContain("Exception");
            cutter.join(5000);
        }
    }

    /** Expression values without the quotes a string may be printed with. */
    private static String unquoted(String text) {
        return text.replace("'", "").replace("\"", "");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] deflate(String text, boolean raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out =
                new DeflaterOutputStream(bytes, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
