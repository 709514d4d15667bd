package dev.restsh.shell.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The loopback redirect of a native app (RFC 8252 section 7.3): a one-shot HTTP server on 127.0.0.1 that receives
 * the browser's redirect with the authorization code, checks its {@code state}, shows a short page and closes.
 */
final class LoopbackRedirect implements AutoCloseable {
    static final String PATH = "/callback";

    private final HttpServer server;
    private final String state;
    private final CompletableFuture<Map<String, String>> answer = new CompletableFuture<>();

    /** Listens on 127.0.0.1 at {@code port} (a free one when null or 0). */
    LoopbackRedirect(Integer port, String state) {
        this.state = state;
        try {
            server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), port == null ? 0 : port), 0);
        } catch (IOException e) {
            throw RestshException.usage("cannot listen on 127.0.0.1:" + port + " for the sign-in redirect ("
                    + e.getMessage() + "): choose another --port");
        }
        server.createContext(PATH, this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT/callback}, the redirect_uri to register and send. */
    URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** The authorization code, once the browser comes back with it; Ctrl-C (an interrupt) stops the wait. */
    String awaitCode(Duration timeout) {
        Map<String, String> query;
        try {
            query = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RestshException(ExitStatus.ERROR, "browser login cancelled");
        } catch (TimeoutException e) {
            throw new RestshException(
                    ExitStatus.ERROR, "no sign-in came back within " + timeout.toMinutes() + " minutes: start again");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (query.containsKey("error")) {
            throw OAuth2Error.refused("the sign-in was", query.get("error"), query.get("error_description"));
        }
        if (!state.equals(query.get("state"))) {
            throw new OAuth2Error(
                    "invalid_state", "the sign-in redirect came back with another state than restsh sent: refused");
        }
        String code = query.get("code");
        if (code == null || code.isEmpty()) {
            throw new OAuth2Error("invalid_response", "the sign-in redirect came back without a code");
        }
        return code;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        boolean ours = query.containsKey("error") || query.containsKey("code");
        String page = !ours
                ? "Waiting for the sign-in."
                : query.containsKey("error") ? "Sign-in refused; see restsh." : "Signed in: you can close this window.";
        byte[] body = ("<!doctype html><title>restsh</title><p>" + page + "</p>\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(ours ? 200 : 400, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        if (ours) {
            answer.complete(query);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.putIfAbsent(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
