package dev.restsh.shell.oauth;

import com.sun.net.httpserver.HttpExchange;
import dev.restsh.shell.LoopbackServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The device authorization grant (RFC 8628), which mock-oauth2-server lacks, on loopback: a device authorization
 * endpoint, a verification page where the "person" approves or denies a user code, and a token endpoint that
 * answers {@code authorization_pending}, {@code slow_down} (once, when asked), {@code access_denied} or
 * {@code expired_token}, and a token signed by the {@link TestProvider} once approved.
 */
public final class DeviceServer implements AutoCloseable {
    public static final String DEVICE_CODE = "dev-code-1";
    public static final String USER_CODE = "WDJB-MJHT";

    private final LoopbackServer server;
    private final TestProvider provider;
    private final AtomicInteger polls = new AtomicInteger();
    private volatile String decision; // null (pending), "approved", "denied", "expired"
    private volatile boolean slowDownOnce;
    private volatile String issued;
    private volatile String clientId;

    public DeviceServer(TestProvider provider) {
        this.provider = provider;
        server = new LoopbackServer()
                .route("/device_authorization", this::authorize)
                .route("/device", this::verify)
                .route("/token", this::token);
    }

    public String deviceUrl() {
        return server.base() + "/device_authorization";
    }

    public String tokenUrl() {
        return server.base() + "/token";
    }

    /** The next poll is answered {@code slow_down}. */
    public void slowDownOnce() {
        slowDownOnce = true;
    }

    /** Acts as the person: opens the verification page with the user code and approves or denies. */
    public void decide(String choice) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        server.base() + "/device?user_code=" + USER_CODE + "&choice=" + choice))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("verification page: " + page.statusCode());
        }
    }

    public int polls() {
        return polls.get();
    }

    public String issued() {
        return issued;
    }

    public String clientId() {
        return clientId;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(exchange);
        clientId = form.get("client_id");
        json(
                exchange,
                200,
                "{\"device_code\":\"" + DEVICE_CODE + "\",\"user_code\":\"" + USER_CODE + "\","
                        + "\"verification_uri\":\"" + server.base() + "/device\","
                        + "\"verification_uri_complete\":\"" + server.base() + "/device?user_code=" + USER_CODE + "\","
                        + "\"expires_in\":600,\"interval\":2}");
    }

    private void verify(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        if (query == null || !query.contains("user_code=" + USER_CODE)) {
            LoopbackServer.reply(exchange, 404, "unknown code");
            return;
        }
        decision = query.contains("choice=deny") ? "denied" : query.contains("choice=expire") ? "expired" : "approved";
        LoopbackServer.reply(exchange, 200, "thanks");
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(exchange);
        polls.incrementAndGet();
        if (!TokenEndpoint.DEVICE_CODE_GRANT.equals(form.get("grant_type"))
                || !DEVICE_CODE.equals(form.get("device_code"))) {
            json(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"unknown device code\"}");
        } else if (slowDownOnce) {
            slowDownOnce = false;
            json(exchange, 400, "{\"error\":\"slow_down\"}");
        } else if (decision == null) {
            json(exchange, 400, "{\"error\":\"authorization_pending\"}");
        } else if (decision.equals("denied")) {
            json(exchange, 400, "{\"error\":\"access_denied\",\"error_description\":\"The user denied the request\"}");
        } else if (decision.equals("expired")) {
            json(exchange, 400, "{\"error\":\"expired_token\",\"error_description\":\"The device code expired\"}");
        } else {
            issued = provider.token("device-user");
            json(exchange, 200, "{\"access_token\":\"" + issued + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
        }
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        LoopbackServer.reply(exchange, status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
    }
}
