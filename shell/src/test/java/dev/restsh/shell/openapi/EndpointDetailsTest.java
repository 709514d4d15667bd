package dev.restsh.shell.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import org.junit.jupiter.api.Test;

/** {@code endpoints PATH} (and {@code help PATH}): an operation's parameters, body and responses. */
class EndpointDetailsTest {
    @Test
    void openApiThreeOneOperationsInFull() throws Exception {
        try (ApiServer server = new ApiServer().document("/openapi.yaml", RealWorldDocuments.TRAIN)) {
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.line("endpoints post /bookings")).as(shell::err).isZero();
            assertThat(shell.out()).isEqualTo("""
                            POST /bookings  Create a booking
                              Body (application/json, required):
                                trip_id         string (uuid)  Identifier of the booked trip
                                passenger_name  string         Name of the passenger
                                has_bicycle     boolean        Indicates whether the passenger has a bicycle.
                                has_dog         boolean        Indicates whether the passenger has a dog.
                              Responses:
                                201  Booking successful     application/json object, application/xml object
                                400  Bad Request            application/problem+json object, application/problem+xml object
                                401  Unauthorized           application/problem+json object, application/problem+xml object
                                404  Not Found              application/problem+json object, application/problem+xml object
                                409  Conflict               application/problem+json object, application/problem+xml object
                                429  Too Many Requests      application/problem+json object, application/problem+xml object
                                500  Internal Server Error  application/problem+json object, application/problem+xml object
                            """);
            shell.clear();
            // A concrete path finds its template; oneOf alternatives are marked, enums listed (cut after six).
            assertThat(shell.line("help /bookings/1725ff48/payment"))
                    .as(shell::err)
                    .isZero();
            assertThat(shell.out())
                    .startsWith("POST /bookings/{bookingId}/payment  Pay for a Booking\n"
                            + "  Parameters:\n"
                            + "    bookingId  path  string (uuid) required  The ID of the booking to pay for.\n"
                            + "  Body (application/json, required):\n")
                    .contains("    currency             string: bam|bgn|chf|eur|gbp|nok|…          Three-letter")
                    .contains("      object             string: card (Card)\n")
                    .contains("      account_type       string: individual|company (Bank Account)  The type of")
                    .contains("    200  Payment successful     application/json object\n");
            shell.clear();
            // Every method at a path when no method is given; the list of operations stays as it was.
            assertThat(shell.line("endpoints /bookings")).isZero();
            assertThat(shell.out())
                    .startsWith("GET /bookings  List existing bookings\n")
                    .contains("\n\nPOST /bookings ");
            shell.clear();
            assertThat(shell.line("endpoints booking")).isZero();
            assertThat(shell.out()).contains("  POST    /bookings/{bookingId}/payment  Pay for a Booking\n");
            shell.clear();
            assertThat(shell.line("endpoints /nothing")).isEqualTo(2);
            assertThat(shell.err())
                    .isEqualTo("restsh: no operation /nothing in the OpenAPI document (try: endpoints nothing)\n");
        }
    }

    @Test
    void swaggerTwoOperationsInFull() throws Exception {
        try (ApiServer server = new ApiServer().document("/swagger.yaml", RealWorldDocuments.DOCKER)) {
            ShellHarness shell = new ShellHarness(server.base() + "/v1.51");
            assertThat(shell.line("endpoints /containers/abc/json"))
                    .as(shell::err)
                    .isZero();
            assertThat(shell.out()).isEqualTo("""
                            GET /containers/{id}/json  Inspect a container
                              Parameters:
                                id    path   string required  ID or name of the container
                                size  query  boolean          Return the size of container as fields `SizeRw` and `SizeRo…
                              Responses:
                                200  no error           application/json ContainerInspectResponse
                                404  no such container  application/json object
                                500  server error       application/json object
                            """);
            shell.clear();
            assertThat(shell.line("endpoints post /networks/create"))
                    .as(shell::err)
                    .isZero();
            assertThat(shell.out())
                    .contains("    Name        string required  The network's name.\n")
                    .contains(
                            "    IPAM        object\n      Driver    string           Name of the IPAM driver to use.\n")
                    .contains("    201  Network created successfully ");
        }
    }
}
