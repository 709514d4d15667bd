package dev.restsh.shell.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.InventoryServer;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.config.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests checked against the OpenAPI document before they leave, over loopback to an API that counts them. */
class PreflightTest {
    @TempDir
    Path folder;

    /** A shell whose session already has the API's document (as the REPL has it soon after its first prompt). */
    private static ShellHarness withDocument(OrdersApi api) {
        ShellHarness shell = new ShellHarness(api.base());
        assertThat(shell.line("endpoints")).as(shell::err).isZero();
        shell.clear();
        return shell;
    }

    @Test
    void eachViolationIsOneWarningLineWithItsPlaceAndTheRequestIsStillSent() throws Exception {
        try (OrdersApi api = new OrdersApi()) {
            ShellHarness shell = withDocument(api);
            assertThat(shell.line("post /orders?dryRun=maybe quantity:=0 colour=blue extra==1"))
                    .as(shell::err)
                    .isZero();
            assertThat(shell.err().lines().filter(line -> line.startsWith("restsh: ")))
                    .containsExactly(
                            "restsh: POST /orders: query.dryRun: string found, boolean expected",
                            "restsh: POST /orders: query.extra: unknown query parameter (known: dryRun)",
                            "restsh: POST /orders: header.X-Request-Id: required header is missing",
                            "restsh: POST /orders: $: required property 'item' not found",
                            "restsh: POST /orders: $.colour: does not have a value in the enumeration [\"red\", \"green\"]",
                            "restsh: POST /orders: $.quantity: must have a minimum value of 1");
            assertThat(api.orderRequests()).containsExactly("POST /orders?dryRun=maybe&extra=1");
        }
    }

    @Test
    void pathParametersAndMissingBodiesAreChecked() throws Exception {
        try (OrdersApi api = new OrdersApi()) {
            ShellHarness shell = withDocument(api);
            shell.line("get /orders/seven");
            assertThat(shell.err()).contains("restsh: GET /orders/seven: path.id: string found, integer expected\n");
            shell.clear();
            shell.line("post /orders X-Request-Id:1");
            assertThat(shell.err()).contains("restsh: POST /orders: body: a request body is required\n");
            shell.clear();
            shell.line("get /nowhere");
            assertThat(shell.err())
                    .contains("restsh: GET /nowhere: path: no operation GET /nowhere in the OpenAPI document\n");
        }
    }

    @Test
    void aConformingRequestAndARequestToAnotherServerGetNoWarning() throws Exception {
        try (OrdersApi api = new OrdersApi();
                OrdersApi other = new OrdersApi()) {
            ShellHarness shell = withDocument(api);
            assertThat(shell.line("post /orders X-Request-Id:1 item=tea quantity:=2 colour=red"))
                    .isZero();
            assertThat(shell.line("get /orders status==open limit==10")).isZero();
            assertThat(shell.line("get " + other.base() + "/orders extra==1")).isZero();
            assertThat(shell.err()).doesNotContain("restsh: ");
        }
    }

    @Test
    void withoutAKnownDocumentNothingIsFetchedAndNothingIsChecked() throws Exception {
        try (OrdersApi api = new OrdersApi()) {
            ShellHarness shell = new ShellHarness(api.base());
            assertThat(shell.line("post /orders quantity:=0")).isZero();
            assertThat(shell.err()).doesNotContain("restsh: ");
            assertThat(api.seen()).containsExactly("POST /orders");
        }
    }

    @Test
    void strictOnTheRequestRefusesToSendWithStatusTwo() throws Exception {
        try (OrdersApi api = new OrdersApi()) {
            ShellHarness shell = withDocument(api);
            assertThat(shell.line("post /orders X-Request-Id:1 item=tea quantity:=0 --strict"))
                    .isEqualTo(2);
            assertThat(shell.err())
                    .isEqualTo("restsh: POST /orders: $.quantity: must have a minimum value of 1\n"
                            + "restsh: not sent (strict validation): 1 violation of POST /orders\n");
            assertThat(api.orderRequests()).isEmpty();
            assertThat(shell.context().session().history().size()).isZero();
            assertThat(shell.line("post /orders X-Request-Id:1 item=tea quantity:=1 --strict"))
                    .isZero();
            assertThat(api.orderRequests()).containsExactly("POST /orders");
        }
    }

    @Test
    void strictInTheConfigLooksForTheDocumentOnceAndRefuses() throws Exception {
        try (OrdersApi api = new OrdersApi()) {
            ShellHarness shell = new ShellHarness(api.base());
            shell.context().settings(Settings.resolve(Map.of("RESTSH_HISTORY", "off"), Map.of("validate", "strict")));
            assertThat(shell.line("get /orders limit==1000")).isEqualTo(2);
            assertThat(shell.err()).contains("restsh: GET /orders: query.limit: must have a maximum value of 100\n");
            assertThat(api.orderRequests()).isEmpty();
            assertThat(api.seen()).contains("GET /openapi.yaml");
            assertThat(shell.oneShot("get", "/orders", "limit==1000")).isEqualTo(2);
            assertThat(api.orderRequests()).isEmpty();
        }
    }

    @Test
    void strictWithoutADocumentSaysSoOnceAndSends() throws Exception {
        try (ApiServer api = new ApiServer().respond("/orders", 200, "application/json", "[]", null)) {
            ShellHarness shell = new ShellHarness(api.base());
            shell.context().settings(Settings.resolve(Map.of("RESTSH_HISTORY", "off"), Map.of("validate", "strict")));
            assertThat(shell.line("get /orders")).isZero();
            int looked = api.requests().size();
            assertThat(shell.line("get /orders")).isZero();
            assertThat(api.requests()).hasSize(looked + 1); // the document was looked for once, not per request
            assertThat(shell.err().lines().filter(line -> line.contains("no OpenAPI document")))
                    .containsExactly("restsh: no OpenAPI document for " + api.base()
                            + ": strict validation has nothing to check requests against");
        }
    }

    @Test
    void anEnvironmentCanMakeItStrictOrTurnItOff() throws Exception {
        try (OrdersApi api = new OrdersApi()) {
            Files.createDirectories(folder.resolve(".restsh"));
            Files.writeString(
                    folder.resolve(".restsh/environments.toml"),
                    "[checked]\nbase = \"" + api.base() + "\"\nvalidate = \"strict\"\n" + "[loose]\nbase = \""
                            + api.base() + "\"\nvalidate = \"off\"\n");
            ShellHarness shell = withDocument(api);
            shell.context().workingDirectory(folder);
            assertThat(shell.line("use checked")).as(shell::err).isZero();
            assertThat(shell.line("get /orders status==lost")).isEqualTo(2);
            assertThat(shell.err())
                    .contains("query.status: does not have a value in the enumeration [\"open\", \"shipped\"]");
            assertThat(api.orderRequests()).isEmpty();
            shell.clear();
            assertThat(shell.line("use loose")).isZero();
            assertThat(shell.line("get /orders status==lost")).isZero();
            assertThat(shell.err()).doesNotContain("restsh: ");
            assertThat(api.orderRequests()).containsExactly("GET /orders?status=lost");
        }
    }

    @Test
    void runStrictRefusesTheScriptsBadRequestAndStopsThere() throws Exception {
        try (OrdersApi api = new OrdersApi()) {
            Path script = folder.resolve("orders.restsh");
            Files.write(
                    script,
                    List.of("endpoints", "get /orders", "post /orders X-Request-Id:1 quantity:=3", "get /orders/1"));
            ShellHarness shell = new ShellHarness(api.base());
            assertThat(shell.line("run --strict " + script)).isEqualTo(2);
            assertThat(shell.err())
                    .contains("restsh: POST /orders: $: required property 'item' not found\n")
                    .contains("FAILED: orders.restsh: ");
            assertThat(api.orderRequests()).containsExactly("GET /orders");
            shell.clear();
            assertThat(shell.line("post /orders X-Request-Id:1 quantity:=3")).isZero(); // strict ended with the run
            assertThat(api.orderRequests()).hasSize(2);
        }
    }

    /**
     * The real inventory server's document: a POST without ip is warned about (with its place) and sent, refused
     * with --strict; PUT and PATCH name the address in the path, and a null label is how a PATCH clears it.
     */
    @Test
    void theInventoryServersPostNeedsAnIpAndItsPatchDoesNot() throws Exception {
        try (InventoryServer server = InventoryServer.start()) {
            ShellHarness shell = server.shell();
            assertThat(shell.line("endpoints")).as(shell::err).isZero();
            shell.clear();
            assertThat(shell.line("post /ips label=x --strict")).isEqualTo(2);
            assertThat(shell.err())
                    .isEqualTo("restsh: POST /ips: $: required property 'ip' not found\n"
                            + "restsh: not sent (strict validation): 1 violation of POST /ips\n");
            assertThat(shell.context().session().history().size()).isZero();
            shell.clear();

            shell.line("post /ips label=x");
            assertThat(shell.err().lines().filter(line -> line.startsWith("restsh: ")))
                    .containsExactly("restsh: POST /ips: $: required property 'ip' not found");
            assertThat(shell.out()).contains("Field \\\"ip\\\" is required.");
            // The server counts one refused POST /ips: the one sent, not the strict one before it.
            assertThat(refusedPosts(server, 1)).isEqualTo(1);
            shell.clear();

            assertThat(shell.line("put /ips/192.0.2.1 label=printer"))
                    .as(shell::err)
                    .isZero();
            assertThat(shell.line("patch /ips/192.0.2.1 label:=null"))
                    .as(shell::err)
                    .isZero();
            assertThat(shell.err()).doesNotContain("restsh: ");
        }
    }

    /** The server's count of POST /ips answered 400, once it has reached {@code atLeast} (or 20 s have passed). */
    private static long refusedPosts(InventoryServer server, long atLeast) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest metrics =
                HttpRequest.newBuilder(URI.create(server.url() + "/q/metrics")).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long count;
        do {
            count = client.send(metrics, HttpResponse.BodyHandlers.ofString())
                    .body()
                    .lines()
                    .filter(line -> line.startsWith("http_server_requests_seconds_count{")
                            && line.contains("method=\"POST\"")
                            && line.contains("status=\"400\"")
                            && line.contains("uri=\"/ips\""))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        } while (count < atLeast && System.nanoTime() < deadline);
        return count;
    }
}
