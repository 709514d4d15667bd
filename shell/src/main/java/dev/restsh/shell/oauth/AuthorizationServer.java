package dev.restsh.shell.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.NetworkErrors;
import dev.restsh.shell.http.SideChannelClients;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.request.RequestBuilder;
import dev.restsh.shell.session.Session;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Talks to the authorization server with java.net.http: reads JSON documents (discovery) and posts forms (the token
 * and device endpoints), authenticating a confidential client with HTTP Basic (RFC 6749 section 2.3.1). It honours
 * the session's proxies, certificate settings and timeout, and keeps no cookies.
 */
public final class AuthorizationServer {
    static {
        // java.net.http reads once, at its first header check, which restricted headers it lets users send; the
        // shell's transport sets that (Host, Connection) in its static initialiser. A sign-in may be the process's
        // first use of java.net.http, so that initialiser must have run before this class makes a request.
        try {
            Class.forName(
                    "dev.restsh.shell.http.HttpClientTransport", true, AuthorizationServer.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private final Session session;
    private HttpClient client;

    public AuthorizationServer(Session session) {
        this.session = session;
    }

    /** A JSON document (the discovery document); a failure names the URL. */
    JsonNode get(URI url) {
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(url).header("Accept", "application/json").GET(), url);
        if (response.statusCode() != 200) {
            throw new RestshException(
                    ExitStatus.CLIENT_ERROR, url + ": HTTP " + response.statusCode() + " (is the issuer right?)");
        }
        return json(url, response.body());
    }

    /**
     * Posts a form as this client; returns the JSON answer of a 2xx, throws {@link OAuth2Error} with the server's
     * {@code error} and {@code error_description} otherwise.
     */
    JsonNode post(URI url, Map<String, String> form, String clientId, String clientSecret, String what) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((name, value) -> {
            if (value != null) {
                body.add(encode(name) + "=" + encode(value));
            }
        });
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (clientSecret != null) {
            String pair = encode(clientId) + ":" + encode(clientSecret);
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = send(request, url);
        int status = response.statusCode();
        JsonNode answer = parseOrNull(response.body());
        if (status / 100 == 2 && answer != null && answer.isObject()) {
            return answer;
        }
        if (answer != null && answer.hasNonNull("error")) {
            throw OAuth2Error.refused(
                    what,
                    answer.get("error").asText(),
                    answer.hasNonNull("error_description")
                            ? answer.get("error_description").asText()
                            : null);
        }
        throw new OAuth2Error(
                "http_" + status, what + " failed: " + url + " answered HTTP " + status + " without an OAuth2 error");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, URI url) {
        request.header("User-Agent", RequestBuilder.USER_AGENT).timeout(session.timeout());
        try {
            return client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw NetworkErrors.describe(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RestshException(ExitStatus.NETWORK, "cancelled: " + url);
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            // HTTP/1.1: on plain http:// the JDK would otherwise try an h2c upgrade (see ARCHITECTURE.md).
            HttpClient.Builder builder = SideChannelClients.builder(session.env(), session.proxy(), session.tls())
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(session.timeout());
            client = builder.build();
        }
        return client;
    }

    private static JsonNode json(URI url, String text) {
        JsonNode node = parseOrNull(text);
        if (node == null || !node.isObject()) {
            throw new RestshException(ExitStatus.CLIENT_ERROR, url + ": not a JSON object");
        }
        return node;
    }

    private static JsonNode parseOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
