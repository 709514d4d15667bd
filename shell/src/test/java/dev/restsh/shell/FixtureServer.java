package dev.restsh.shell;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A loopback server with fixed bodies of every kind, and one that stalls mid-body until released. */
public final class FixtureServer extends LoopbackServer {
    public static final String FIRST =
            "{\"count\":3,\"results\":[{\"ip\":\"10.0.0.1\",\"label\":\"router\",\"tags\":[\"a\",\"b\"],\"up\":true},"
                    + "{\"ip\":\"10.0.0.2\",\"label\":\"caf\u00e9 \\\"x\\\"\",\"score\":1.50,\"owner\":null}]}";
    public static final String SECOND =
            "{\"count\":4,\"results\":[{\"ip\":\"10.0.0.1\",\"label\":\"router\",\"up\":false},"
                    + "{\"ip\":\"10.0.0.9\",\"label\":\"caf\u00e9 \\\"x\\\"\",\"score\":1.5,\"owner\":null},{\"ip\":\"10.0.0.3\"}],"
                    + "\"next\":\"/ips?page=2\"}";
    public static final byte[] BINARY = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3, (byte) 0xff, 10, 13, 0};

    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean slowFinished;

    public FixtureServer() {
        route("/first", "application/json", FIRST);
        route("/second", "application/json; charset=utf-8", SECOND);
        route("/xml", "application/xml", "<?xml version=\"1.0\"?><ips><ip v=\"4\">10.0.0.1</ip><empty/></ips>");
        route(
                "/html",
                "text/html",
                "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><p>hi<br></p></body></html>");
        route("/text", "text/plain", "line one\nline two");
        route("/broken", "application/json", "{\"a\": [1, 2,, 3]}");
        route("/binary", exchange -> send(exchange, "image/png", BINARY));
        route("/links", exchange -> {
            exchange.getResponseHeaders().add("Link", "</ips?page=2>; rel=\"next\", </ips?page=9>; rel=\"last\"");
            exchange.getResponseHeaders().add("Set-Cookie", "session=abc123; Path=/");
            send(exchange, "application/json", FIRST.getBytes(StandardCharsets.UTF_8));
        });
        route("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", "/first");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        route("/slow", this::slow);
    }

    private void route(String path, String type, String body) {
        route(path, exchange -> send(exchange, type, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("X-Fixture", "yes");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Sends the start of a JSON array, then waits for {@link #release()} before sending the rest. */
    private void slow(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("[{\"first\": 1},\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            release.await(20, TimeUnit.SECONDS);
            out.write("{\"last\": 2}]\n".getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        slowFinished = true;
    }

    public void release() {
        release.countDown();
    }

    public boolean slowFinished() {
        return slowFinished;
    }

    @Override
    public void close() {
        release();
        super.close();
    }
}
