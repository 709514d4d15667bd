package dev.restsh.shell.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restsh.shell.http.ApiClient;
import dev.restsh.shell.http.Headers;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding the document from a base URL, at every well-known place and through a Link header. */
class OpenApiDiscoveryTest {
    private static ApiDocument discover(ApiServer server) {
        return new OpenApiDiscovery(new ApiClient(), new Headers(), dev.restsh.shell.http.TlsSettings.DEFAULT)
                .discover(URI.create(server.base()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/openapi", "/openapi.json", "/openapi.yaml", "/v3/api-docs", "/swagger.json"})
    void findsTheDocumentAtEachWellKnownPlace(String path) throws Exception {
        try (ApiServer server = new ApiServer().document(path, "ips-3.0.yaml")) {
            ApiDocument document = discover(server);
            assertThat(document.source().getPath()).isEqualTo(path);
            assertThat(document.title()).isEqualTo("IP registry");
            assertThat(document.operations())
                    .extracting(operation ->
                            operation.method() + " " + operation.path().text())
                    .containsExactly("GET /get_ips", "POST /ips", "GET /ips/{id}", "GET /ips/{id}/history");
        }
    }

    @Test
    void followsALinkServiceDescHeaderOnTheBaseUrl() throws Exception {
        try (ApiServer server = new ApiServer()
                .respond("/", 200, "text/html", "<h1>hi</h1>", "</specs/api.json>; rel=\"service-desc\"")
                .document("/specs/api.json", "ips-3.1.json")) {
            ApiDocument document = discover(server);
            assertThat(document.source().getPath()).isEqualTo("/specs/api.json");
            assertThat(document.jsonSchema2020()).isTrue();
            assertThat(document.version()).isEqualTo("2.0");
        }
    }

    @Test
    void skipsPlacesThatServeSomethingElse() throws Exception {
        try (ApiServer server = new ApiServer()
                .respond("/q/openapi", 200, "text/html", "<html>login</html>", null)
                .document("/v3/api-docs", "ips-3.0.yaml")) {
            assertThat(discover(server).source().getPath()).isEqualTo("/v3/api-docs");
        }
    }

    @Test
    void saysWhereItLookedWhenThereIsNoDocument() throws Exception {
        try (ApiServer server = new ApiServer()) {
            assertThatThrownBy(() -> discover(server))
                    .isInstanceOf(OpenApiException.class)
                    .hasMessageContaining("no OpenAPI document found at " + server.base())
                    .hasMessageContaining("/q/openapi, /openapi.json, /openapi.yaml, /v3/api-docs, /swagger.json");
        }
    }

    @Test
    void readsParametersOfThePathItemAndTheOperation() {
        ApiDocument document = ApiDocument.parse(ApiServer.resource("ips-3.0.yaml"), URI.create("http://x/q/openapi"));
        Operation one = document.match("get", "/ips/42").orElseThrow();
        assertThat(one.summary()).isEqualTo("Get one address");
        assertThat(one.parameters())
                .extracting(parameter -> parameter.in() + ":" + parameter.name() + ":" + parameter.type())
                .containsExactly("path:id:integer", "header:X-Trace:string");
        assertThat(document.match("GET", "/ips/42/history").orElseThrow().summary())
                .isEqualTo("Changes to one address");
        assertThat(document.match("DELETE", "/ips/42")).isEmpty();
        assertThat(one.declaredStatus(404)).isEqualTo("404");
        assertThat(one.declaredStatus(500)).isNull();
    }

    @Test
    void pathTemplatesCompleteWhatWasTyped() {
        PathTemplate history = PathTemplate.of("/ips/{id}/history");
        assertThat(history.complete("/i")).isEqualTo("/ips/{id}/history");
        assertThat(history.complete("/ips/42")).isEqualTo("/ips/42/history");
        assertThat(history.complete("/ips/42/h")).isEqualTo("/ips/42/history");
        assertThat(history.complete("/users")).isNull();
        assertThat(history.matches("/ips/7/history")).isTrue();
        assertThat(history.matches("/ips//history")).isFalse();
    }
}
