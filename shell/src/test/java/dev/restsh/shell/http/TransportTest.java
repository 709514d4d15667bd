package dev.restsh.shell.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.hostile.HostileServer;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Both transports against a loopback server: the fast plain-HTTP path and java.net.http for the rest. */
class TransportTest {
    @AutoClose
    private final LoopbackServer server = new LoopbackServer();

    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    TransportTest() {
        server.route("/echo", exchange -> {
            byte[] request = exchange.getRequestBody().readAllBytes();
            String text = exchange.getRequestMethod() + " "
                    + exchange.getRequestHeaders().getFirst("X-Test") + " "
                    + new String(request, StandardCharsets.UTF_8);
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Set-Cookie", "seen=yes; Path=/");
            exchange.getResponseHeaders()
                    .add("X-Cookie", String.valueOf(exchange.getRequestHeaders().getFirst("Cookie")));
            exchange.sendResponseHeaders(exchange.getRequestURI().getQuery() == null ? 200 : 418, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.route("/guarded", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"title\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(401, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.route("/parts", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0); // chunked: nobody knows the length before the end
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("first ".getBytes(StandardCharsets.UTF_8));
                out.flush();
                release.await(30, TimeUnit.SECONDS);
                out.write("second".getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.route("/hang", exchange -> {
            arrived.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
    }

    @AfterEach
    void release() {
        release.countDown();
    }

    private URI url(String path) {
        return URI.create(server.base() + path);
    }

    private static RequestSpec request(String method, URI url, String body) {
        return new RequestSpec(method, url, new Headers().add("X-Test", "t"), body.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Response response) {
        return new String(response.body().bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void standardMethodsOverPlainHttpSendHeadersAndBodies() {
        Response response = new ApiClient().send(request("POST", url("/echo"), "{\"a\":1}"), RequestOptions.defaults());
        assertThat(response.status()).isEqualTo(200);
        assertThat(text(response)).isEqualTo("POST t {\"a\":1}");
        assertThat(response.version()).isEqualTo("HTTP/1.1");
    }

    @Test
    void patchAndCustomMethodsWorkThroughJavaNetHttp() {
        ApiClient client = new ApiClient();
        assertThat(text(client.send(request("PATCH", url("/echo"), "x"), RequestOptions.defaults())))
                .isEqualTo("PATCH t x");
        assertThat(text(client.send(request("PURGE", url("/echo"), ""), RequestOptions.defaults())))
                .isEqualTo("PURGE t ");
    }

    @Test
    void errorStatusesKeepTheirBody() {
        Response response = new ApiClient().send(request("GET", url("/echo?fail"), ""), RequestOptions.defaults());
        assertThat(response.status()).isEqualTo(418);
        assertThat(text(response)).isEqualTo("GET t ");
    }

    @Test
    void aRefusedPostKeepsTheBodyOfThe401() {
        Response response = new ApiClient().send(request("POST", url("/guarded"), "{}"), RequestOptions.defaults());
        assertThat(response.status()).isEqualTo(401);
        assertThat(text(response)).isEqualTo("{\"title\":\"Unauthorized\"}");
    }

    @Test
    void cookiesAreKeptAcrossRequestsAndTransports() {
        ApiClient client = new ApiClient();
        client.send(request("GET", url("/echo"), ""), RequestOptions.defaults());
        Response plain = client.send(request("GET", url("/echo"), ""), RequestOptions.defaults());
        Response full = client.send(request("PATCH", url("/echo"), ""), RequestOptions.defaults());
        assertThat(plain.headers().first("X-Cookie")).contains("seen=yes");
        assertThat(full.headers().first("X-Cookie")).contains("seen=yes");
    }

    /** A GET the plain-HTTP path takes (it needs an Accept header). */
    private static RequestSpec plainGet(URI url) {
        return new RequestSpec("GET", url, new Headers().add("Accept", "*/*"), new byte[0]);
    }

    /**
     * A small body that came with the headers is copied before the response is handed over. The server writes head
     * and body in one write, so that they arrive together (com.sun.net.httpserver writes them apart, and then
     * whether the body is there yet when the headers are read is a race).
     */
    @Test
    void withNothingToInterruptItASmallBodyThatCameWithTheHeadersIsWhole() throws Exception {
        try (HostileServer oneWrite = new HostileServer()
                .reply(
                        "/small",
                        "HTTP/1.1 200 OK\r\nContent-Length: 9\r\nSet-Cookie: seen=yes; Path=/\r\n\r\nGET null ")) {
            ApiClient client = new ApiClient();
            client.interruptible(false);
            URI url = URI.create(oneWrite.base() + "/small");

            Response response = client.send(plainGet(url), RequestOptions.defaults());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().complete()).isTrue();
            assertThat(text(response)).isEqualTo("GET null ");
            assertThat(response.headers().first("Set-Cookie")).hasValue("seen=yes; Path=/");
        }
    }

    @Test
    void withNothingToInterruptItABodyStillArrivingStreams() {
        ApiClient client = new ApiClient();
        client.interruptible(false);
        Response response = client.send(plainGet(url("/parts")), RequestOptions.defaults());
        // Back with the headers while the server still holds the rest: the body goes on arriving on a worker.
        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body().head(6), StandardCharsets.UTF_8)).isEqualTo("first ");
        assertThat(response.body().complete()).isFalse();
        release.countDown();
        assertThat(text(response)).isEqualTo("first second");
        assertThat(response.body().whole()).isTrue();
    }

    @Test
    void withNothingToInterruptItARefusedConnectionIsANetworkError() throws Exception {
        URI closed;
        try (java.net.ServerSocket socket =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }
        ApiClient client = new ApiClient();
        client.interruptible(false);
        assertThatThrownBy(() -> client.send(plainGet(closed), RequestOptions.defaults()))
                .isInstanceOf(RestshException.class)
                .hasMessageContaining("127.0.0.1");
    }

    @Test
    void anInterruptCancelsAWaitingRequest() throws Exception {
        ApiClient client = new ApiClient();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread requester = new Thread(() -> {
            try {
                client.send(request("GET", url("/hang"), ""), RequestOptions.defaults());
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        requester.start();
        assertThat(arrived.await(10, TimeUnit.SECONDS))
                .as("the request reached the server")
                .isTrue();
        requester.interrupt();
        requester.join(5000);
        assertThat(requester.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(RestshException.class).hasMessageStartingWith("request cancelled: GET");
    }

    @Test
    void aReadTimeoutIsANetworkError() {
        RequestOptions quick = new RequestOptions(true, Duration.ofMillis(300), false);
        assertThatThrownBy(() -> new ApiClient().send(request("GET", url("/hang"), ""), quick))
                .isInstanceOf(RestshException.class)
                .hasMessageEndingWith(": timed out waiting for the response");
    }
}
