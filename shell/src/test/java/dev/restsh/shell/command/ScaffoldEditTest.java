package dev.restsh.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.config.Settings;
import dev.restsh.shell.openapi.ApiServer;
import dev.restsh.shell.openapi.RealWorldDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code edit METHOD URL} with no body of its own starts from the operation's scaffold, with EDITOR a script that
 * keeps what it was given and saves the file unchanged, so what was sent is the scaffold itself.
 */
class ScaffoldEditTest {
    @TempDir
    Path directory;

    private ShellHarness shell(String base) throws Exception {
        Path script = directory.resolve("editor.sh");
        Files.writeString(script, "#!/bin/sh\ncp \"$1\" '" + seen() + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        ShellHarness shell = new ShellHarness(base);
        shell.context()
                .settings(Settings.resolve(
                        Map.of("RESTSH_EDITOR", script.toString(), "RESTSH_HISTORY", "off"), Map.of()));
        return shell;
    }

    private Path seen() {
        return directory.resolve("seen.json");
    }

    @Test
    void aSchemaWithoutExampleIsScaffoldedAndSentAsSaved() throws Exception {
        try (ApiServer server = new ApiServer()
                .document("/openapi.yaml", RealWorldDocuments.TRAIN)
                .respond("/bookings", 201, "application/json", "{}", null)) {
            ShellHarness shell = shell(server.base());
            assertThat(shell.line("edit post /bookings")).as(shell::err).isZero();
            String scaffold = "{\n  \"trip_id\" : \"4f4e4e1-c824-4d63-b37a-d8d698862f1d\",\n"
                    + "  \"passenger_name\" : \"John Doe\",\n  \"has_bicycle\" : false,\n  \"has_dog\" : false\n}\n";
            assertThat(Files.readString(seen())).isEqualTo(scaffold);
            assertThat(server.requests()).last().isEqualTo("POST /bookings " + scaffold.strip());
        }
    }

    @Test
    void pathTemplatesTakeTheVariableAndTheDocumentsExampleComesFirst() throws Exception {
        try (ApiServer server = new ApiServer()
                .document("/openapi.yaml", RealWorldDocuments.TRAIN)
                .respond("/bookings/1725ff48/payment", 200, "application/json", "{}", null)) {
            ShellHarness shell = shell(server.base());
            assertThat(shell.line("edit post /bookings/{bookingId}/payment")).isEqualTo(2);
            assertThat(shell.err()).contains("unknown variable {{bookingId}}");
            assertThat(seen()).doesNotExist();
            shell.clear();
            shell.context().session().variables().put("bookingId", "1725ff48");
            for (String url : new String[] {"/bookings/{bookingId}/payment", "/bookings/{{bookingId}}/payment"}) {
                assertThat(shell.line("edit post " + url)).as(shell::err).isZero();
                assertThat(Files.readString(seen()))
                        .startsWith("{\n  \"amount\" : 49.99,\n  \"currency\" : \"gbp\",\n  \"source\" : {\n"
                                + "    \"object\" : \"card\",");
                assertThat(server.requests()).last().asString().startsWith("POST /bookings/1725ff48/payment {");
                Files.delete(seen());
            }
            // Items given on the line make the body: no scaffold.
            assertThat(shell.line("edit post /bookings/{bookingId}/payment currency=eur"))
                    .as(shell::err)
                    .isZero();
            assertThat(Files.readString(seen())).isEqualTo("{\n  \"currency\" : \"eur\"\n}\n");
        }
    }

    @Test
    void swaggerTwoOperationsAreScaffoldedToo() throws Exception {
        try (ApiServer server = new ApiServer()
                .document("/v2/api-docs", RealWorldDocuments.DOCKER)
                .respond("/v1.51/networks/create", 201, "application/json", "{}", null)) {
            ShellHarness shell = shell(server.base() + "/v1.51");
            assertThat(shell.line("edit post /networks/create")).as(shell::err).isZero();
            // Name is the one required property; its value is the example the schema gives for it.
            assertThat(Files.readString(seen())).isEqualTo("{\n  \"Name\" : \"my_network\"\n}\n");
            assertThat(server.requests())
                    .last()
                    .isEqualTo("POST /v1.51/networks/create {\n  \"Name\" : \"my_network\"\n}");
        }
    }

    @Test
    void withDiscoveryOffOnlyADocumentLoadedWithSpecIsUsed() throws Exception {
        try (ApiServer server = new ApiServer()
                .document("/openapi.yaml", RealWorldDocuments.TRAIN)
                .respond("/bookings", 201, "application/json", "{}", null)) {
            ShellHarness shell = shell(server.base());
            Path script = directory.resolve("editor.sh");
            shell.context()
                    .settings(Settings.resolve(
                            Map.of(
                                    "RESTSH_EDITOR",
                                    script.toString(),
                                    "RESTSH_HISTORY",
                                    "off",
                                    "RESTSH_OPENAPI",
                                    "off"),
                            Map.of()));
            assertThat(shell.line("edit post /bookings")).as(shell::err).isZero();
            assertThat(Files.readString(seen())).isEqualTo("{\n}\n");
            assertThat(server.requests()).containsExactly("POST /bookings {\n}"); // the document was not asked for
            assertThat(shell.line("endpoints --spec /openapi.yaml"))
                    .as(shell::err)
                    .isZero();
            assertThat(shell.line("edit post /bookings")).as(shell::err).isZero();
            assertThat(Files.readString(seen())).contains("\"passenger_name\" : \"John Doe\"");
        }
    }

    @Test
    void withoutADocumentTheEditorStartsFromAnEmptyObject() throws Exception {
        try (ApiServer server = new ApiServer().respond("/ips", 201, "application/json", "{}", null)) {
            ShellHarness shell = shell(server.base());
            assertThat(shell.line("edit post /ips")).as(shell::err).isZero();
            assertThat(Files.readString(seen())).isEqualTo("{\n}\n");
        }
    }
}
