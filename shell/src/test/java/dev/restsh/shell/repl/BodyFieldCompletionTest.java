package dev.restsh.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.restsh.shell.InventoryServer;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.config.Settings;
import dev.restsh.shell.openapi.ApiServer;
import dev.restsh.shell.openapi.RealWorldDocuments;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request items completed from the operation's schema, against the two real-world documents served at their
 * usual places: Docker Engine's Swagger 2.0 document at /swagger.yaml (its API under /v1.51) and the Train
 * Travel API's OpenAPI 3.1 one at /openapi.yaml; and against the real inventory server's own document.
 */
class BodyFieldCompletionTest {
    @TempDir
    Path directory;

    private ShellHarness shellFor(String base) throws InterruptedException {
        ShellHarness shell = new ShellHarness(base);
        shell.context().settings(Settings.resolve(Map.of("RESTSH_HISTORY", "off"), Map.of()));
        shell.context().openApi().prefetch();
        ShellCompleterTest.awaitDocument(shell);
        return shell;
    }

    private List<Candidate> candidates(ShellHarness shell, String line) {
        return ShellCompleterTest.candidates(shell, directory, line);
    }

    private List<String> values(ShellHarness shell, String line) {
        return candidates(shell, line).stream().map(Candidate::value).toList();
    }

    private static String description(List<Candidate> candidates, String value) {
        return candidates.stream()
                .filter(candidate -> candidate.value().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError(value + " not offered"))
                .descr();
    }

    @Test
    void swaggerTwoBodyFieldsQueryAndHeaderParametersAndEnumValues() throws Exception {
        try (ApiServer server = new ApiServer().document("/swagger.yaml", RealWorldDocuments.DOCKER)) {
            ShellHarness shell = shellFor(server.base() + "/v1.51");
            List<Candidate> create = candidates(shell, "post /containers/create ");
            assertThat(create)
                    .extracting(Candidate::value)
                    .contains("name==", "platform==", "Hostname=", "Tty:=", "Env:=", "HostConfig[", "Accept:");
            assertThat(description(create, "Tty:=")).startsWith("boolean - Attach standard streams to a TTY");
            assertThat(description(create, "Env:=")).startsWith("array of string");
            assertThat(description(create, "name==")).startsWith("string - Assign the specified name");
            // HostConfig is allOf [Resources, its own properties]: both parts are offered.
            assertThat(values(shell, "post /containers/create HostConfig[M"))
                    .contains("HostConfig[Memory]:=", "HostConfig[Mounts]:=");
            assertThat(values(shell, "post /containers/create HostConfig[Cg"))
                    .contains("HostConfig[CgroupnsMode]=", "HostConfig[CgroupParent]=");
            assertThat(values(shell, "post /containers/create HostConfig[CgroupnsMode]="))
                    .containsExactly("HostConfig[CgroupnsMode]=private", "HostConfig[CgroupnsMode]=host");
            assertThat(values(shell, "post /containers/create Tty:=")).containsExactly("Tty:=true", "Tty:=false");
            // Required fields first, with their types.
            List<Candidate> network = candidates(shell, "post /networks/create ").stream()
                    .filter(candidate -> candidate.group().equals("body"))
                    .toList();
            assertThat(network.get(0).value()).isEqualTo("Name=");
            assertThat(network.get(0).descr()).startsWith("string required - The network's name.");
            assertThat(network.get(0).sort()).isLessThan(network.get(1).sort());
            assertThat(values(shell, "post /images/create X-Reg")).containsExactly("X-Registry-Auth:");
            assertThat(values(shell, "post /containers/abc/wait condition=="))
                    .containsExactly("condition==not-running", "condition==next-exit", "condition==removed");
            // The same operation through edit, whose method comes first.
            assertThat(values(shell, "edit post /networks/create Na")).containsExactly("Name=");
        }
    }

    @Test
    void openApiThreeOneOneOfAlternativesAndEnums() throws Exception {
        try (ApiServer server = new ApiServer().document("/openapi.yaml", RealWorldDocuments.TRAIN)) {
            ShellHarness shell = shellFor(server.base());
            List<Candidate> payment = candidates(shell, "post /bookings/1725ff48/payment ");
            assertThat(payment)
                    .filteredOn(candidate -> candidate.group().equals("body"))
                    .extracting(Candidate::value)
                    .containsExactly("amount:=", "currency=", "source[");
            assertThat(description(payment, "source[")).startsWith("object - The payment source");
            assertThat(values(shell, "post /bookings/1725ff48/payment currency=g"))
                    .containsExactly("currency=gbp");
            List<Candidate> source = candidates(shell, "post /bookings/1725ff48/payment source[");
            assertThat(source)
                    .extracting(Candidate::value)
                    .contains("source[object]=", "source[number]=", "source[exp_year]:=", "source[sort_code]=");
            assertThat(description(source, "source[exp_year]:=")).startsWith("integer (int64) (Card)");
            assertThat(description(source, "source[sort_code]=")).startsWith("string (Bank Account)");
            assertThat(values(shell, "post /bookings/1725ff48/payment source[account_type]="))
                    .containsExactly("source[account_type]=individual", "source[account_type]=company");
            assertThat(values(shell, "post /bookings/1725ff48/payment source[object]="))
                    .containsExactly("source[object]=card", "source[object]=bank_account");
            assertThat(values(shell, "get /trips ")).contains("origin==", "date==", "bicycles==");
            // A path parameter left as the template, or as a variable, still finds the operation.
            assertThat(values(shell, "post /bookings/{bookingId}/payment cur")).containsExactly("currency=");
            assertThat(values(shell, "edit post /bookings/{{booking}}/payment cur"))
                    .containsExactly("currency=");
            // A GET has no body: no field is offered.
            assertThat(candidates(shell, "get /trips "))
                    .noneMatch(candidate -> candidate.group().equals("body"));
        }
    }

    @Test
    void theInventoryServerMarksIpRequiredWhereItIs() throws Exception {
        try (InventoryServer server = InventoryServer.start()) {
            ShellHarness shell = shellFor(server.url());
            List<Candidate> add = candidates(shell, "post /ips ").stream()
                    .filter(candidate -> candidate.group().equals("body"))
                    .toList();
            assertThat(add).extracting(Candidate::value).containsExactly("ip=", "label=");
            assertThat(add.get(0).descr()).startsWith("string required - IPv4 or IPv6 address");
            assertThat(add.get(1).descr()).startsWith("string - Free text");
            assertThat(add.get(0).sort()).isLessThan(add.get(1).sort());
            // PUT and PATCH name the address in the path: nothing in their bodies is required.
            for (String write : List.of("put", "patch")) {
                assertThat(candidates(shell, write + " /ips/192.0.2.1 "))
                        .filteredOn(candidate -> candidate.group().equals("body"))
                        .extracting(
                                Candidate::value, candidate -> candidate.descr().contains("required"))
                        .as(write)
                        .containsExactly(tuple("ip=", false), tuple("label=", false));
            }
        }
    }
}
