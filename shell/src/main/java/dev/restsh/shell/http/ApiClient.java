package dev.restsh.shell.http;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends requests and follows redirects itself, so that every hop is kept in the response's history as requests
 * does. Plain-HTTP requests with standard methods go through HttpURLConnection (fast to start); HTTPS, HTTP/2
 * and other methods through java.net.http. Cookies are kept here, for both transports, and added to each
 * request before it is sent, so that the request a response keeps is the request as sent.
 */
public final class ApiClient {
    private final CookieJar jar = new CookieJar();
    private final CookieManager cookies = new CookieManager(jar, null);
    private final UrlConnectionTransport plain;
    private final HttpClientTransport full;
    private final Runnable wentOut;
    private final EnvProxies envProxies;
    private final Supplier<ProxySetting> sessionProxy;

    public ApiClient() {
        this(System.getenv(), () -> {});
    }

    public ApiClient(Map<String, String> env, Runnable wentOut) {
        this(env, wentOut, () -> ProxySetting.ENVIRONMENT);
    }

    /**
     * A client reading proxy settings from this environment, or from {@code sessionProxy} for requests whose options
     * name none (the config's or environment's {@code proxy}); {@code wentOut} runs once for every request (each
     * redirect hop) that reached the server (see {@link NetworkErrors#beforeSending}), whatever came back.
     */
    public ApiClient(Map<String, String> env, Runnable wentOut, Supplier<ProxySetting> sessionProxy) {
        this.wentOut = wentOut;
        this.sessionProxy = sessionProxy;
        envProxies = new EnvProxies(env);
        plain = new UrlConnectionTransport(envProxies);
        full = new HttpClientTransport(envProxies);
    }

    /**
     * The plain-HTTP path's one-time set-up (the JDK looks its URL handler up on the class path, then initialises
     * HttpURLConnection and InetAddress), with no I/O: start-up runs it on another thread while the command line is read.
     */
    public static void prepare() {
        UrlConnectionTransport.prepare();
    }

    /**
     * Creates, ahead of the first request that needs one (HTTPS, PATCH, a method of its own), the java.net.http
     * client a request to {@code url} with these options would use: creating one loads the TLS defaults and the
     * client's classes, about 0.3 s that the REPL spends while the user types instead.
     */
    public void prepareFull(URI url, RequestOptions given) {
        full.prepare(url, given.proxy() != null ? given : given.withProxy(sessionProxy.get()));
    }

    /**
     * Whether a thread sending a request may be interrupted while it waits (the REPL's Ctrl-C; the default): see
     * {@link UrlConnectionTransport#interruptible}.
     */
    public void interruptible(boolean waitsInterruptibly) {
        plain.interruptible(waitsInterruptibly);
    }

    public CookieManager cookies() {
        return cookies;
    }

    /** The cookies kept, with when each expires (for saving a session). */
    public CookieJar cookieJar() {
        return jar;
    }

    public Response send(RequestSpec spec, RequestOptions options) {
        return send(spec, options, sent -> {});
    }

    /** Sends, following redirects; {@code onSend} sees every request (each hop) just before it goes out. */
    public Response send(RequestSpec spec, RequestOptions given, Consumer<RequestSpec> onSend) {
        RequestOptions options = given.proxy() != null ? given : given.withProxy(sessionProxy.get());
        List<Response> hops = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        RequestSpec first = UrlCredentials.apply(spec);
        RequestSpec current = first;
        while (true) {
            Response response = sendOnce(current, options, onSend);
            if (!options.followRedirects() || !response.isRedirect()) {
                return response.withHistory(List.copyOf(hops));
            }
            hops.add(response);
            URI location = redirectTarget(
                    current.url(), response.headers().first("location").orElseThrow());
            if (!seen.add(current.method() + " " + current.url()) || seen.contains(current.method() + " " + location)) {
                throw new RestshException(ExitStatus.REDIRECT, "redirect loop: " + current.url() + " -> " + location);
            }
            if (hops.size() >= RedirectPolicy.MAX_HOPS) {
                throw new RestshException(
                        ExitStatus.REDIRECT,
                        "too many redirects (more than " + RedirectPolicy.MAX_HOPS + ") from " + first.url());
            }
            current = UrlCredentials.apply(RedirectPolicy.nextHop(current, response.status(), location));
        }
    }

    private static URI redirectTarget(URI from, String location) {
        try {
            return from.resolve(location.trim().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            throw new RestshException(ExitStatus.REDIRECT, "the server redirected to an invalid URL: " + location);
        }
    }

    private Response sendOnce(RequestSpec spec, RequestOptions options, Consumer<RequestSpec> onSend) {
        try {
            ProxyRoutes proxy = new ProxyRoutes(envProxies, options.proxy());
            RequestSpec sent = ready(spec, options, proxy);
            boolean plainHttp = UrlConnectionTransport.supports(sent, options);
            onSend.accept(sent);
            Response response = plainHttp ? plain.send(sent, options) : full.send(sent, options);
            wentOut.run();
            ProxyAuthorization.check(response, proxy);
            if (response.headers().contains("set-cookie") || response.headers().contains("set-cookie2")) {
                cookies.put(response.url(), byName(response.headers())); // the manager reads only these two
            }
            return response;
        } catch (InterruptedException e) {
            // Ctrl-C while waiting: the request is dropped, the shell goes on.
            Thread.currentThread().interrupt();
            throw new RestshException(ExitStatus.NETWORK, "request cancelled: " + spec.method() + " " + spec.url());
        } catch (IOException e) {
            if (!NetworkErrors.beforeSending(e)) {
                wentOut.run();
            }
            throw NetworkErrors.describe(spec.url(), e);
        }
    }

    /**
     * Opens a WebSocket: {@code handshake} is the opening request as an {@code http(s)://} GET (the session's
     * headers and credentials), sent to {@code target} ({@code ws(s)://}) with the jar's cookies, the User-Agent and
     * the proxy's credentials, as {@link #send} would. Failures are {@link RestshException}s: an upgrade the server
     * refused has the exit status of its HTTP status, anything else is a network error.
     */
    public java.net.http.WebSocket openWebSocket(
            RequestSpec handshake,
            URI target,
            RequestOptions given,
            List<String> subprotocols,
            java.net.http.WebSocket.Listener listener) {
        RequestOptions options = given.proxy() != null ? given : given.withProxy(sessionProxy.get());
        RequestSpec sent =
                ready(UrlCredentials.apply(handshake), options, new ProxyRoutes(envProxies, options.proxy()));
        try {
            java.net.http.WebSocket socket = full.openWebSocket(sent, target, options, subprotocols, listener);
            wentOut.run();
            return socket;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RestshException(ExitStatus.NETWORK, "connection cancelled: " + target);
        } catch (java.net.http.WebSocketHandshakeException e) {
            wentOut.run();
            int status = e.getResponse().statusCode();
            ExitStatus exit = ExitStatus.forHttpStatus(status);
            throw new RestshException(
                    exit == ExitStatus.OK ? ExitStatus.NETWORK : exit,
                    "the server refused the WebSocket at "
                            + dev.restsh.shell.session.Secrets.maskQueries(target.toString()) + ": " + status + " "
                            + ReasonPhrases.of(status));
        } catch (IOException e) {
            throw NetworkErrors.describe(target, e);
        }
    }

    /**
     * The request as {@link #send} would send it first (credentials from its URL, cookies, the User-Agent, the
     * proxy's credentials), without sending it: {@code --offline}.
     */
    public RequestSpec asSent(RequestSpec spec, RequestOptions given) {
        RequestOptions options = given.proxy() != null ? given : given.withProxy(sessionProxy.get());
        return ready(UrlCredentials.apply(spec), options, new ProxyRoutes(envProxies, options.proxy()));
    }

    private RequestSpec ready(RequestSpec spec, RequestOptions options, ProxyRoutes proxy) {
        RequestSpec cookied = withCookies(spec);
        boolean plainHttp = UrlConnectionTransport.supports(cookied, options);
        return ProxyAuthorization.add(
                withAgent(
                        cookied,
                        plainHttp ? UrlConnectionTransport.JDK_USER_AGENT : HttpClientTransport.JDK_USER_AGENT),
                proxy);
    }

    /**
     * The request with the jar's cookies for its URL added to any Cookie header the user gave. A request sent again
     * (next, watch, edit) already carries the jar's cookies of its first sending: pairs that are in the jar now are
     * not repeated.
     */
    private RequestSpec withCookies(RequestSpec spec) {
        String stored = CookieHeader.forUrl(jar, spec.url());
        if (stored.isEmpty()) {
            return spec;
        }
        RequestSpec copy = spec.withTarget(spec.method(), spec.url(), spec.body());
        copy.headers()
                .set("Cookie", CookieHeader.merge(copy.headers().first("cookie").orElse(""), stored));
        return copy;
    }

    /**
     * Neither JDK client sends a request without a User-Agent: one the user removed ({@code User-Agent:}) is
     * replaced by the client's own, which is named here so that the request shown and kept is the one sent.
     */
    private static RequestSpec withAgent(RequestSpec spec, String jdkAgent) {
        if (spec.headers().contains("user-agent")) {
            return spec;
        }
        RequestSpec copy = spec.withTarget(spec.method(), spec.url(), spec.body());
        copy.headers().add("User-Agent", jdkAgent);
        return copy;
    }

    private static Map<String, List<String>> byName(Headers headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Headers.Field field : headers.fields()) {
            map.computeIfAbsent(field.name(), name -> new ArrayList<>()).add(field.value());
        }
        return map;
    }
}
