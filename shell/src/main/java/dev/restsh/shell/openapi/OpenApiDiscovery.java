package dev.restsh.shell.openapi;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.Version;
import dev.restsh.shell.http.ApiClient;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.LinkHeader;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.http.TlsSettings;
import dev.restsh.shell.http.UrlCredentials;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds an API's OpenAPI document from its base URL: a {@code Link: <...>; rel="service-desc"} header on the
 * base URL first (RFC 8631), then the places frameworks serve it by default.
 */
public final class OpenApiDiscovery {
    /**
     * Quarkus, generic, generic YAML, Springdoc, Swagger/Flask-RESTX; then where Swagger 2 documents usually are:
     * YAML, Springfox, go-swagger and others, Express/swagger-jsdoc, Swashbuckle (ASP.NET).
     */
    public static final List<String> WELL_KNOWN = List.of(
            "/q/openapi",
            "/openapi.json",
            "/openapi.yaml",
            "/v3/api-docs",
            "/swagger.json",
            "/swagger.yaml",
            "/v2/api-docs",
            "/spec.json",
            "/api-docs",
            "/swagger/v1/swagger.json");

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final ApiClient client;
    private final Headers headers;
    private final RequestOptions options;
    private RestshException firstFailure;
    private boolean answered;

    /**
     * Fetches with this client, sending these headers (the session's, so an authenticated API works too) and with
     * these TLS settings (those of the user's latest request to the same server, so a private CA or
     * {@code --verify=no} applies to the document too).
     */
    public OpenApiDiscovery(ApiClient client, Headers headers, TlsSettings tls) {
        this.client = client;
        this.headers = headers;
        this.options = new RequestOptions(true, TIMEOUT, false, tls);
    }

    /** The first document found, parsed; throws {@link OpenApiException} listing where it looked. */
    public ApiDocument discover(URI base) {
        List<String> tried = new ArrayList<>();
        for (URI candidate : candidates(base)) {
            tried.add(candidate.getPath());
            Response response = fetch(candidate);
            if (response != null && response.status() == 200 && response.body().size() > 0) {
                try {
                    return ApiDocument.parse(new String(response.body().bytes(), StandardCharsets.UTF_8), candidate);
                } catch (RuntimeException notOpenApi) {
                    // Something else lives there (an HTML page, another JSON): keep looking.
                }
            }
        }
        if (!answered && firstFailure != null) {
            throw new OpenApiException("cannot fetch the OpenAPI document: " + firstFailure.getMessage(), true);
        }
        throw new OpenApiException("no OpenAPI document found at " + UrlCredentials.shown(base) + " (tried "
                + String.join(", ", tried) + " and a Link rel=\"service-desc\" header)");
    }

    /** Loads a document from an explicit URL. */
    public ApiDocument load(URI url) {
        Response response = fetch(url);
        if (response == null) {
            throw new OpenApiException("cannot fetch " + url + ": " + firstFailure.getMessage(), true);
        }
        if (response.status() != 200) {
            throw new OpenApiException(url + " answered " + response.status());
        }
        return ApiDocument.parse(new String(response.body().bytes(), StandardCharsets.UTF_8), url);
    }

    private List<URI> candidates(URI base) {
        List<URI> candidates = new ArrayList<>();
        Response root = fetch(base);
        if (root != null) {
            Map<String, LinkHeader.Link> links = LinkHeader.parse(root.headers().all("link"), root.url());
            LinkHeader.Link described = links.get("service-desc");
            if (described != null) {
                candidates.add(URI.create(described.url()));
            }
        }
        String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        for (String path : WELL_KNOWN) {
            candidates.add(base.resolve(prefix + path));
            if (!prefix.isEmpty()) {
                candidates.add(base.resolve(path));
            }
        }
        return candidates;
    }

    private Response fetch(URI url) {
        Headers sent = headers.copy().set("Accept", "application/json, application/yaml;q=0.9, */*;q=0.5");
        if (!sent.contains("user-agent")) {
            sent.set("User-Agent", "restsh/" + Version.number());
        }
        try {
            Response response = client.send(new RequestSpec("GET", url, sent, new byte[0]), options);
            answered = true;
            return response;
        } catch (RestshException unreachable) {
            if (firstFailure == null) {
                firstFailure = unreachable;
            }
            return null;
        }
    }
}
