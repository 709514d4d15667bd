package dev.restsh.shell.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Requests through java.net.http: HTTPS (HTTP/2 by ALPN where the server offers it) and any method. Clients are
 * created on first use, since creating one loads the TLS defaults; one per protocol and certificate setting.
 */
final class HttpClientTransport {
    /** The headers java.net.http refuses unless told otherwise; HttpURLConnection sends them (see its transport). */
    private static final String RESTRICTED = "jdk.httpclient.allowRestrictedHeaders";

    private static final String TUNNELING_DISABLED = "jdk.http.auth.tunneling.disabledSchemes";
    /** What java.net.http sends when a request has no User-Agent (it has no way to send none). */
    static final String JDK_USER_AGENT = "Java-http-client/" + System.getProperty("java.version");

    static {
        // Let users send Host and Connection on every path, as they can on the plain-HTTP one. Read once, when
        // java.net.http first checks a header: this class is loaded before any request is built.
        String given = System.getProperty(RESTRICTED);
        System.setProperty(
                RESTRICTED, given == null || given.isBlank() ? "host,connection" : given + ",host,connection");
        // The JDK drops a Proxy-Authorization: Basic header from the CONNECT of an https:// request unless told;
        // restsh sends it only to a proxy the user gave credentials for (ProxyRoutes).
        if (System.getProperty(TUNNELING_DISABLED) == null) {
            System.setProperty(TUNNELING_DISABLED, "");
        }
    }

    /** What java.net.http's opening handshake sets itself (it refuses them from the caller). */
    private static final Set<String> HANDSHAKE_HEADERS =
            Set.of("host", "connection", "upgrade", "content-length", "expect", "accept-encoding", "transfer-encoding");

    private final EnvProxies proxies;
    private final Map<String, HttpClient> clients = new HashMap<>();
    private final CertificateRequests certificateRequests = new CertificateRequests();

    HttpClientTransport(EnvProxies proxies) {
        this.proxies = proxies;
    }

    /** Sends and waits; an interrupt of the waiting thread (Ctrl-C) cancels the request. */
    Response send(RequestSpec spec, RequestOptions options) throws IOException, InterruptedException {
        HttpRequest request = HttpRequests.of(spec, options.timeout());
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<InputStream>> future =
                client(spec.url(), options).sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            HttpResponse<InputStream> received = future.get();
            Headers headers = fields(received.headers());
            // A proxy's refusal of a CONNECT (407) comes back as a response without a body stream.
            InputStream in = received.body() == null ? InputStream.nullInputStream() : received.body();
            Body body = Body.receiving(() -> close(in));
            InputStream counted = LengthCheckingStream.of(in, headers, spec.method(), received.statusCode());
            // Decoding reads the gzip header: on the pump thread, so the headers are back before the body.
            Thread pump = new Thread(() -> ContentDecoding.fill(body, counted, headers), "restsh-body");
            pump.setDaemon(true);
            pump.start();
            return new Response(
                    spec,
                    received.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1",
                    received.statusCode(),
                    received.uri(),
                    headers,
                    body,
                    Duration.ofNanos(System.nanoTime() - start),
                    List.of());
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw certificateRequests.explain(
                    spec.url(), cause instanceof IOException io ? io : new IOException(cause));
        }
    }

    /** The response's header fields; HTTP/2's pseudo-headers (":status") are framing, not fields. */
    private static Headers fields(HttpHeaders received) {
        Headers headers = new Headers();
        received.map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                values.forEach(value -> headers.add(name, value));
            }
        });
        return headers;
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Closing a cancelled download: nothing more to do.
        }
    }

    /** Creates the client a request to this URL with these options would use, before that request. */
    void prepare(URI url, RequestOptions options) {
        client(url, options);
    }

    /**
     * Opens a WebSocket (RFC 6455) to {@code target} with the request's headers, through the same client as an
     * HTTP request to its URL would use (TLS settings and client certificate, proxy, connect timeout). The headers
     * that the opening handshake sets itself are left to it. An interrupt (Ctrl-C) gives up the opening.
     */
    WebSocket openWebSocket(
            RequestSpec spec,
            URI target,
            RequestOptions options,
            List<String> subprotocols,
            WebSocket.Listener listener)
            throws IOException, InterruptedException {
        WebSocket.Builder builder = client(spec.url(), options).newWebSocketBuilder();
        for (Headers.Field field : spec.headers().fields()) {
            if (!HANDSHAKE_HEADERS.contains(field.name().toLowerCase(Locale.ROOT))
                    && !field.name().toLowerCase(Locale.ROOT).startsWith("sec-websocket-")) {
                builder.header(field.name(), field.value());
            }
        }
        if (!subprotocols.isEmpty()) {
            builder.subprotocols(
                    subprotocols.get(0),
                    subprotocols.subList(1, subprotocols.size()).toArray(String[]::new));
        }
        if (options.timeout() != null && !options.timeout().isZero()) {
            builder.connectTimeout(options.timeout());
        }
        CompletableFuture<WebSocket> opening = builder.buildAsync(target, listener);
        try {
            return opening.get();
        } catch (InterruptedException e) {
            opening.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause =
                    e.getCause() instanceof CompletionException ? e.getCause().getCause() : e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause);
        }
    }

    private synchronized HttpClient client(URI url, RequestOptions options) {
        // HTTP/2 is negotiated over TLS (ALPN); on plain http:// an h2c upgrade only adds a round of headers.
        boolean http1 = options.http1Only() || !"https".equalsIgnoreCase(url.getScheme());
        HttpClient.Version version = http1 ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2;
        String key = version + " " + options.tls().key() + " " + options.timeout() + " "
                + options.proxy().key();
        return clients.computeIfAbsent(key, k -> newClient(options, version));
    }

    private HttpClient newClient(RequestOptions options, HttpClient.Version version) {
        HttpClient.Builder builder =
                HttpClient.newBuilder().version(version).followRedirects(HttpClient.Redirect.NEVER);
        ProxyRoutes routes = new ProxyRoutes(proxies, options.proxy());
        if (routes.any()) {
            builder.proxy(routes);
        }
        // Always a context of restsh's (the JDK loads its default one even for http:// otherwise): it notes when a
        // server asks for a client certificate.
        builder.sslContext(options.tls().context(certificateRequests));
        if (options.timeout() != null) {
            builder.connectTimeout(options.timeout());
        }
        return builder.build();
    }
}
