package dev.restsh.shell.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import org.junit.jupiter.api.Test;

/**
 * Pre-flight checks and coverage against published API descriptions, served over loopback: the Train Travel API
 * (OpenAPI 3.1 with {@code $ref}s, {@code allOf} and {@code oneOf}) and the Docker Engine API (Swagger 2.0).
 */
class RealWorldChecksTest {
    private static final String PAYMENT = "/bookings/1725ff48-ab45-4bb5-9d02-88745177dedb/payment";

    private static ShellHarness trainTravel(OrdersApi api) {
        ShellHarness shell = new ShellHarness(api.base());
        assertThat(shell.line("endpoints")).as(shell::err).isZero();
        shell.clear();
        return shell;
    }

    @Test
    void trainTravelRequiredQueryParametersAndAOneOfBody() throws Exception {
        try (OrdersApi api = new OrdersApi("real-world/train-travel.openapi.yaml")) {
            ShellHarness shell = trainTravel(api);
            shell.line("get /trips origin==efdbb9d1-02c2-4bc3-afb7-6788d8782b1e limit==5");
            assertThat(shell.err().lines().filter(line -> line.startsWith("restsh: ")))
                    .containsExactly(
                            "restsh: GET /trips: query.destination: required query parameter is missing",
                            "restsh: GET /trips: query.date: required query parameter is missing");
            shell.clear();
            shell.line("post " + PAYMENT + " amount:=0 currency=usd source:='{\"object\":\"card\",\"name\":\"F\"}'");
            assertThat(shell.err())
                    .contains("restsh: POST " + PAYMENT + ": $.amount: must have an exclusive minimum value of 0\n")
                    .contains("restsh: POST " + PAYMENT + ": $.currency: does not have a value in the enumeration")
                    .contains("restsh: POST " + PAYMENT
                            + ": $.source: must be valid to one and only one schema, but 0 are valid\n")
                    .containsOnlyOnce("$.source: required property 'number' not found");
            shell.clear();
            shell.line("post " + PAYMENT + " amount:=49.99 currency=gbp source:='{\"object\":\"card\",\"name\":\"F\","
                    + "\"number\":\"4242424242424242\",\"cvc\":\"123\",\"exp_month\":12,\"exp_year\":2030,"
                    + "\"address_country\":\"gb\"}'");
            assertThat(shell.err()).doesNotContain("restsh: ");
            assertThat(api.seen()).contains("POST " + PAYMENT);
        }
    }

    @Test
    void trainTravelCoverageCountsItsOperations() throws Exception {
        try (OrdersApi api = new OrdersApi("real-world/train-travel.openapi.yaml")) {
            ShellHarness shell = trainTravel(api);
            shell.line("get /stations");
            shell.line("get /bookings/1725ff48-ab45-4bb5-9d02-88745177dedb");
            shell.line("get /trains");
            shell.clear();
            assertThat(shell.line("coverage")).isZero();
            assertThat(shell.out())
                    .startsWith("Coverage of Train Travel API 1.2.1 (")
                    .contains("  operations  2 of 7 exercised (28 %)\n")
                    .contains("  GET     /stations                             1  404!  200 400 401 403 429 500\n")
                    .contains("  GET     /bookings/{bookingId}                 1  404   200 400 401 403 429 500\n")
                    .contains("Requests that matched no operation:\n")
                    .contains("  GET     /trains         1  404\n");
        }
    }

    @Test
    void dockerEngineSwagger2QueryParametersAndCoverage() throws Exception {
        try (OrdersApi api = new OrdersApi("real-world/docker-engine-v1.51.swagger.yaml")) {
            ShellHarness shell = trainTravel(api);
            shell.line("get /containers/json all==maybe limit==3 colour==red");
            assertThat(shell.err().lines().filter(line -> line.startsWith("restsh: ")))
                    .containsExactly(
                            "restsh: GET /containers/json: query.all: string found, boolean expected",
                            "restsh: GET /containers/json: query.colour: unknown query parameter (known: all, limit,"
                                    + " size, filters)");
            shell.clear();
            shell.line("get /containers/json all==true --strict"); // conforms: sent (this loopback answers 404)
            assertThat(api.seen()).contains("GET /containers/json?all=true");
            assertThat(shell.line("coverage")).isZero();
            assertThat(shell.out()).containsPattern("  operations  1 of \\d+ exercised");
            assertThat(shell.out()).contains("  GET     /containers/json");
        }
    }
}
