package dev.restsh.shell.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Plain-HTTP requests through {@link HttpURLConnection}, which starts in a fraction of the time that creating a
 * java.net.http client takes (that loads the TLS defaults even for http://). Used for http:// URLs and the
 * methods HttpURLConnection knows; everything else goes through {@link HttpClientTransport}.
 */
final class UrlConnectionTransport {
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "TRACE");
    /** Methods HttpURLConnection will not send with a body: it turns GET into POST and refuses TRACE. */
    private static final Set<String> BODILESS = Set.of("GET", "TRACE");
    /** What HttpURLConnection sends when a request has no User-Agent (it has no way to send none). */
    static final String JDK_USER_AGENT =
            (System.getProperty("http.agent") == null ? "" : System.getProperty("http.agent") + " ") + "Java/"
                    + System.getProperty("java.version");

    static {
        // Let users send Host, Connection and the like: HttpURLConnection otherwise drops them without a word.
        // (java.net.http refuses them unless told otherwise: see HttpClientTransport.)
        System.setProperty("sun.net.http.allowRestrictedHeaders", "true");
    }

    /**
     * The exchanges' worker threads. An idle one waits a while for the session's next request: starting a thread
     * for each request cost more than the rest of a loopback exchange (a stack to map, the start handshake).
     */
    private static final ExecutorService WORKERS = new ThreadPoolExecutor(
            0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), UrlConnectionTransport::worker);

    /** The largest body copied before the headers are handed over, when it has arrived with them. */
    private static final int ARRIVED_LIMIT = 64 * 1024;

    private final EnvProxies proxies;
    private volatile boolean interruptible = true;

    UrlConnectionTransport(EnvProxies proxies) {
        this.proxies = proxies;
    }

    /**
     * See {@link ApiClient#prepare}: opening a connection object connects nothing. InetAddress, which every connection
     * needs, reads the JDK's security properties when it is initialised (2 ms of a one-shot request's main thread).
     */
    static void prepare() {
        try {
            URI.create("http://127.0.0.1/").toURL().openConnection(Proxy.NO_PROXY);
        } catch (IOException e) {
            // Only a head start: the real request reports its own errors.
        }
        InetAddress.getLoopbackAddress();
    }

    static boolean supports(RequestSpec spec, RequestOptions options) {
        // HttpURLConnection adds an Accept header of its own when there is none: a request without one (the user
        // removed the default with "Accept:") goes through java.net.http, which adds none.
        return "http".equalsIgnoreCase(spec.url().getScheme())
                && METHODS.contains(spec.method())
                && spec.headers().contains("Accept")
                && !(spec.body().length > 0 && BODILESS.contains(spec.method()));
    }

    /**
     * Whether the calling thread may be interrupted while it waits (the REPL's Ctrl-C). A blocked socket read
     * ignores interrupts, so then the exchange runs on a worker thread and an interrupt of the waiting thread
     * disconnects the connection instead. Where nothing interrupts the caller (one-shot, {@code -c}, lines on stdin,
     * scripts outside the REPL) the exchange runs on the caller up to the headers: no hand-over to a worker and
     * back for each request. Either way a body still arriving is read on a worker, so that it streams.
     */
    void interruptible(boolean waitsInterruptibly) {
        interruptible = waitsInterruptibly;
    }

    Response send(RequestSpec spec, RequestOptions options) throws IOException, InterruptedException {
        Proxy proxy =
                new ProxyRoutes(proxies, options.proxy()).proxy(spec.url()).orElse(Proxy.NO_PROXY);
        HttpURLConnection connection = (HttpURLConnection) spec.url().toURL().openConnection(proxy);
        if (!interruptible) {
            Arrival arrival;
            try {
                arrival = exchange(connection, spec, options);
            } catch (RuntimeException e) {
                throw new IOException(e); // as a worker's failure is reported below
            }
            if (arrival.rest() != null) {
                WORKERS.execute(arrival.rest());
            }
            return arrival.response();
        }
        // Completed as soon as the headers are in; the worker then goes on filling the body.
        CompletableFuture<Response> headers = new CompletableFuture<>();
        WORKERS.execute(() -> {
            try {
                Arrival arrival = exchange(connection, spec, options);
                headers.complete(arrival.response());
                if (arrival.rest() != null) {
                    arrival.rest().run();
                }
            } catch (IOException | RuntimeException e) {
                headers.completeExceptionally(e);
            }
        });
        try {
            return headers.get();
        } catch (InterruptedException e) {
            connection.disconnect();
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    /** The response as its headers came, and what is left to read of its body (null when nothing is). */
    private record Arrival(Response response, Runnable rest) {}

    private static Thread worker(Runnable task) {
        Thread worker = new Thread(task, "restsh-http");
        worker.setDaemon(true); // a request still running never keeps restsh from exiting
        return worker;
    }

    private static Arrival exchange(HttpURLConnection connection, RequestSpec spec, RequestOptions options)
            throws IOException {
        long start = System.nanoTime();
        connection.setInstanceFollowRedirects(false);
        connection.setRequestMethod(spec.method());
        int timeout = millis(options.timeout());
        connection.setConnectTimeout(timeout);
        connection.setReadTimeout(timeout);
        for (Headers.Field field : spec.headers().fields()) {
            connection.addRequestProperty(field.name(), field.value());
        }
        if (spec.body().length > 0) {
            connection.setDoOutput(true);
            // Not streaming mode: in it, a 401 with a WWW-Authenticate challenge makes HttpURLConnection drop
            // the response body (it cannot retry a streamed request), and the problem details would be lost.
            try (OutputStream out = connection.getOutputStream()) {
                out.write(spec.body());
            }
        }
        int status = connection.getResponseCode();
        Map<String, List<String>> fields = responseFields(connection);
        Headers fieldHeaders = Headers.of(fields);
        InputStream in = bodyStream(connection, status, spec.method());
        Body body = in == null ? Body.empty() : Body.receiving(connection::disconnect);
        Response response = new Response(
                spec,
                "HTTP/1.1",
                status,
                spec.url(),
                fieldHeaders,
                body,
                Duration.ofNanos(System.nanoTime() - start),
                List.of());
        if (in == null) {
            return new Arrival(response, null);
        }
        // A cut body must fail, not end: HttpURLConnection reports a connection closed mid-body as the end.
        long declared = connection.getContentLengthLong();
        InputStream counted = declared >= 0 ? new LengthCheckingStream(in, declared) : in;
        if (declared >= 0 && declared <= ARRIVED_LIMIT && in.available() >= declared) {
            // All of it came with the headers (the usual small response): copied before the response is handed
            // over, so that the caller finds it whole instead of waiting again for it.
            ContentDecoding.fill(body, counted, fieldHeaders);
            return new Arrival(response, null);
        }
        return new Arrival(response, () -> ContentDecoding.fill(body, counted, fieldHeaders));
    }

    private static Map<String, List<String>> responseFields(HttpURLConnection connection) throws IOException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 1; ; i++) {
            String name = connection.getHeaderFieldKey(i);
            String value = connection.getHeaderField(i);
            if (name == null && value == null) {
                return fields;
            }
            if (name == null) {
                // HttpURLConnection keeps a line without a colon as a nameless field: HTTP has no such thing
                throw new java.net.ProtocolException("unparseable header line: " + value);
            }
            fields.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(value);
        }
    }

    /** The body's stream, or null when the response has no body. */
    private static InputStream bodyStream(HttpURLConnection connection, int status, String method) throws IOException {
        if (method.equals("HEAD") || status == 204 || status == 304 || (status >= 100 && status < 200)) {
            return null;
        }
        return status >= 400 ? connection.getErrorStream() : connection.getInputStream();
    }

    private static int millis(Duration timeout) {
        return timeout == null ? 0 : (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }
}
