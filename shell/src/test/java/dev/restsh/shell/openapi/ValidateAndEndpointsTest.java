package dev.restsh.shell.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import org.junit.jupiter.api.Test;

/** {@code endpoints} and {@code validate} driven through the command tree against a loopback API. */
class ValidateAndEndpointsTest {
    private static final String GOOD = "{\"results\":[{\"ip\":\"1.2.3.4\",\"label\":null}],\"count\":1}";
    private static final String BAD = "{\"results\":[{\"ip\":1234},{\"label\":\"x\"}],\"count\":\"one\"}";

    @Test
    void endpointsListsOperationsWithSummariesAndFilters() throws Exception {
        try (ApiServer server = new ApiServer().document("/q/openapi", "ips-3.0.yaml")) {
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.line("endpoints")).as(shell::err).isZero();
            assertThat(shell.out())
                    .startsWith("IP registry 1.0 (" + server.base() + "/q/openapi)\n")
                    .contains("  GET     /get_ips           List IP addresses\n")
                    .contains("  GET     /ips/{id}/history  Changes to one address\n");
            shell.clear();
            assertThat(shell.line("ls history")).isZero();
            assertThat(shell.out()).contains("/ips/{id}/history").doesNotContain("/get_ips");
        }
    }

    @Test
    void endpointsSaysWhereItLookedWhenThereIsNoDocument() throws Exception {
        try (ApiServer server = new ApiServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.oneShot("endpoints")).isEqualTo(2);
            assertThat(shell.err()).startsWith("restsh: no OpenAPI document found at " + server.base());
        }
    }

    @Test
    void endpointsTriesAgainAfterAFailureAndFollowsTheBaseUrl() throws Exception {
        try (ApiServer empty = new ApiServer().respond("/", 200, "text/plain", "hello", null);
                ApiServer api = new ApiServer().document("/openapi.yaml", "ips-3.0.yaml")) {
            ShellHarness shell = new ShellHarness(empty.base());
            assertThat(shell.line("endpoints")).isEqualTo(2);
            int tries = empty.requests().size();
            assertThat(shell.line("endpoints")).isEqualTo(2);
            assertThat(empty.requests()).hasSizeGreaterThan(tries);
            shell.line("base " + api.base());
            shell.clear();
            assertThat(shell.line("ls")).as(shell::err).isZero();
            assertThat(shell.out()).startsWith("IP registry 1.0 (" + api.base() + "/openapi.yaml)");
        }
    }

    @Test
    void aConformingResponseIsValid() throws Exception {
        try (ApiServer server = new ApiServer()
                .document("/openapi.json", "ips-3.1.json")
                .respond("/get_ips", 200, "application/json", GOOD, null)) {
            ShellHarness shell = new ShellHarness(server.base());
            shell.line("get /get_ips");
            shell.clear();
            assertThat(shell.line("validate")).as(shell::err).isZero();
            assertThat(shell.out()).isEqualTo("valid: _1 GET /get_ips 200 against GET /get_ips\n");
        }
    }

    @Test
    void everySchemaViolationIsListedWithItsJsonPath() throws Exception {
        try (ApiServer server = new ApiServer()
                .document("/q/openapi", "ips-3.0.yaml")
                .respond("/get_ips", 200, "application/json", BAD, null)) {
            ShellHarness shell = new ShellHarness(server.base());
            shell.line("get /get_ips");
            shell.line("get /get_ips");
            shell.clear();
            assertThat(shell.line("validate _1")).isEqualTo(6);
            assertThat(shell.out())
                    .isEqualTo("3 violations: _1 GET /get_ips 200 against GET /get_ips\n"
                            + "  $.count: string found, integer expected\n"
                            + "  $.results[0].ip: integer found, string expected\n"
                            + "  $.results[1]: required property 'ip' not found\n");
        }
    }

    @Test
    void anUndeclaredStatusOrMediaTypeIsAViolation() throws Exception {
        try (ApiServer server = new ApiServer()
                .document("/q/openapi", "ips-3.0.yaml")
                .respond("/ips/7", 500, "application/json", "{}", null)
                .respond("/get_ips", 200, "text/plain", "hello", null)) {
            ShellHarness shell = new ShellHarness(server.base());
            shell.line("get /ips/7");
            shell.clear();
            assertThat(shell.line("validate")).isEqualTo(6);
            assertThat(shell.out())
                    .isEqualTo("1 violation: _1 GET /ips/7 500 against GET /ips/{id}\n"
                            + "  status: status 500 is not declared (declared: 200, 404)\n");
            shell.line("get /get_ips");
            shell.clear();
            shell.line("validate");
            assertThat(shell.out())
                    .contains("  content-type: 'text/plain' is not declared for 200 (declared: application/json)");
        }
    }

    @Test
    void validateWithoutAResponseOrOperationSaysSoInOneLine() throws Exception {
        try (ApiServer server = new ApiServer()
                .document("/q/openapi", "ips-3.0.yaml")
                .respond("/other", 200, "application/json", "{}", null)) {
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.line("validate")).isEqualTo(2);
            assertThat(shell.err())
                    .isEqualTo("restsh: no response yet: send a request first (for example: get /get_ips)\n");
            shell.line("get /other");
            shell.clear();
            assertThat(shell.line("validate _1")).isEqualTo(2);
            assertThat(shell.err()).startsWith("restsh: no operation GET /other in the OpenAPI document");
        }
    }
}
