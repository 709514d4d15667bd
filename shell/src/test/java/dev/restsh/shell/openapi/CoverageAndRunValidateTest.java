package dev.restsh.shell.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coverage}, {@code run --coverage}/{@code --coverage-report} and {@code run --validate} over loopback. */
class CoverageAndRunValidateTest {
    private static final String TABLE = """
            Coverage of Orders 2 (%s/openapi.yaml)
              operations  2 of 3 exercised (66 %%)
              responses   2 of 5 seen (40 %%)
              requests    5, 1 matching no operation

              METHOD  PATH          REQUESTS  SEEN      NOT SEEN
              GET     /orders              1  200       -
              POST    /orders              0  -         201 400
              GET     /orders/{id}         3  200 500!  404
              ! a status the operation does not document

            Requests that matched no operation:
              METHOD  PATH      REQUESTS  STATUSES
              GET     /nowhere         1  404
            """;

    @TempDir
    Path folder;

    private static void exercise(ShellHarness shell) {
        for (String line : List.of("get /orders", "get /orders/7", "get /orders/7", "get /orders/8", "get /nowhere")) {
            shell.line(line);
        }
    }

    @Test
    void coverageListsOperationsStatusesAndUnmatchedRequests() throws Exception {
        try (OrdersApi api = new OrdersApi()) {
            ShellHarness shell = new ShellHarness(api.base());
            exercise(shell);
            shell.clear();
            assertThat(shell.line("coverage")).as(shell::err).isZero();
            assertThat(shell.out()).isEqualTo(TABLE.formatted(api.base()));
        }
    }

    @Test
    void theTableFitsANarrowTerminal() throws Exception {
        try (OrdersApi api = new OrdersApi()) {
            ShellHarness shell = new ShellHarness(api.base()).env(Map.of("COLUMNS", "50"));
            exercise(shell);
            shell.clear();
            shell.line("coverage");
            assertThat(shell.out().lines().filter(line -> line.length() > 50)).isEmpty();
            assertThat(shell.out()).contains("  GET     /orders/{i…  ");
        }
    }

    @Test
    void textFromTheDocumentCannotDriveTheTerminal() throws Exception {
        String document = "openapi: 3.0.3\ninfo:\n  title: \"Evil\\e]0;pwned\\a\"\n  version: \"1\"\npaths:\n"
                + "  \"/x\\e[2J\":\n    get:\n      responses:\n        \"200\":\n          description: ok\n";
        try (ApiServer api = new ApiServer().respond("/openapi.yaml", 200, "application/yaml", document, null)) {
            ShellHarness shell = new ShellHarness(api.base(), true);
            assertThat(shell.line("coverage")).as(shell::err).isZero();
            assertThat(shell.out())
                    .doesNotContain("\u001b]", "\u001b[2J", "\u0007")
                    .contains("Coverage of Evil^[]0;pwned^G 1")
                    .contains("/x^[[2J");
        }
    }

    @Test
    void theReportIsJsonOrAPageByItsExtension() throws Exception {
        try (OrdersApi api = new OrdersApi()) {
            ShellHarness shell = new ShellHarness(api.base());
            shell.context().workingDirectory(folder);
            exercise(shell);
            assertThat(shell.line("coverage --report out/coverage.json"))
                    .as(shell::err)
                    .isZero();
            JsonNode json = Json.parse(Files.readString(folder.resolve("out/coverage.json")));
            assertThat(json.at("/summary/operations/percent").asInt()).isEqualTo(66);
            assertThat(json.at("/summary/responses/exercised").asInt()).isEqualTo(2);
            assertThat(json.at("/operations/2/path").asText()).isEqualTo("/orders/{id}");
            assertThat(json.at("/operations/2/requests").asInt()).isEqualTo(3);
            assertThat(json.at("/operations/2/undocumentedStatuses/0/status").asInt())
                    .isEqualTo(500);
            assertThat(json.at("/unmatched/0/path").asText()).isEqualTo("/nowhere");

            assertThat(shell.line("coverage --report coverage.html")).isZero();
            String page = Files.readString(folder.resolve("coverage.html"));
            assertThat(page)
                    .startsWith("<!DOCTYPE html>")
                    .contains("<span class=\"percent\">66 %</span>")
                    .contains("data-method=\"GET\" data-path=\"/orders/{id}\"")
                    .contains("<span class=\"chip undocumented\" title=\"seen 1×, not documented\">500 !</span>")
                    .doesNotContain("http-equiv", "<link", "<script", "src=");

            shell.clear();
            assertThat(shell.line("coverage --report coverage.txt")).isEqualTo(2);
            assertThat(shell.err()).contains("must end in .json or .html");
        }
    }

    @Test
    void runCoverageShowsTheScriptsOwnRequestsAndWritesTheReport() throws Exception {
        try (OrdersApi api = new OrdersApi()) {
            ShellHarness shell = new ShellHarness(api.base());
            shell.line("get /orders/7"); // before the script: not its coverage
            Path script = Files.writeString(folder.resolve("s.restsh"), "get /orders\nget /nowhere\n");
            shell.clear();
            int status = shell.line("run --coverage --coverage-report " + folder.resolve("c.json") + " " + script);
            assertThat(status).as(shell::err).isZero();
            assertThat(shell.err())
                    .contains("PASSED: s.restsh")
                    .contains("  operations  1 of 3 exercised (33 %)")
                    .contains("  GET     /orders/{id}         0  -     200 404");
            JsonNode json = Json.parse(Files.readString(folder.resolve("c.json")));
            assertThat(json.at("/summary/requests").asInt()).isEqualTo(2);
        }
    }

    @Test
    void runValidateFailsAResponseThatDoesNotMatchLikeAnExpectation() throws Exception {
        try (OrdersApi api = new OrdersApi()) {
            Path script = Files.writeString(
                    folder.resolve("v.restsh"),
                    "get /orders\nexpect status 200\nget /orders/7\nexpect status 200\nget /orders/8\n");
            ShellHarness shell = new ShellHarness(api.base());
            int status =
                    shell.line("run --validate --keep-going --report junit " + folder.resolve("v.xml") + " " + script);
            assertThat(status).isEqualTo(6);
            assertThat(shell.err())
                    .contains("restsh: response does not match the OpenAPI document at v.restsh:3: "
                            + "validate _2 GET /orders/7 200 against GET /orders/{id}\n"
                            + "  $.quantity: string found, integer expected\n")
                    .contains("  status: status 500 is not declared (declared: 200, 404)\n")
                    .containsPattern("FAILED: v.restsh: \\d+ requests sent, 3 expectations passed, 2 failed");
            String report = Files.readString(folder.resolve("v.xml"));
            assertThat(report)
                    .contains("tests=\"5\" failures=\"2\" errors=\"0\"")
                    .contains("$.quantity: string found, integer expected");
        }
    }

    @Test
    void runValidateStopsAtTheFirstBadResponseWithoutKeepGoing() throws Exception {
        try (OrdersApi api = new OrdersApi()) {
            Path script = Files.writeString(folder.resolve("v.restsh"), "get /orders/7\nget /orders\n");
            ShellHarness shell = new ShellHarness(api.base());
            assertThat(shell.line("run --validate " + script)).isEqualTo(6);
            assertThat(api.orderRequests()).containsExactly("GET /orders/7");
        }
    }

    @Test
    void theInventoryServersOwnDocumentChecksRequestsAndCountsItsOperations() throws Exception {
        try (ApiServer api = new ApiServer()
                .document("/q/openapi", "inventory.yaml")
                .respond("/ips", 201, "application/json", "{\"ip\":\"192.0.2.1\",\"version\":4}", null)) {
            ShellHarness shell = new ShellHarness(api.base());
            shell.line("endpoints");
            shell.clear();
            shell.line("post /ips ip=192.0.2.1 label:=5");
            shell.line("get /ips nme==router");
            shell.line("post /ips");
            assertThat(shell.err().lines().filter(line -> line.startsWith("restsh: ")))
                    .containsExactly(
                            "restsh: POST /ips: $.label: integer found, [string, null] expected",
                            "restsh: GET /ips: query.nme: unknown query parameter (known: cursor, in, limit, q, scope,"
                                    + " version)",
                            "restsh: POST /ips: body: a request body is required");
            shell.clear();
            shell.line("coverage");
            assertThat(shell.out())
                    .contains("  operations  2 of 9 exercised (22 %)")
                    .contains("  POST    /ips                 2  201   400 401 409");
        }
    }
}
