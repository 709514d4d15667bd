package dev.restsh.shell.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.Main;
import dev.restsh.shell.ShellHarness;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code help PATH} is one command of the tree: one-shot, at the prompt and in a script it shows the same. */
class HelpPathTest {
    private static final String PAYMENT = "/bookings/1725ff48/payment";

    @TempDir
    Path folder;

    /** What restsh printed and its exit status, run through {@code Main} as the launcher runs it. */
    private record Run(int status, String out, String err) {}

    private Run oneShot(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            Map<String, String> env = Map.of(
                    "HOME",
                    folder.toString(),
                    "XDG_CONFIG_HOME",
                    folder.resolve("config").toString());
            int status = Main.run(args, env);
            return new Run(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void oneShotHelpForAPathShowsItsOperationsAsThePromptDoes() throws Exception {
        try (ApiServer server = new ApiServer().document("/openapi.yaml", RealWorldDocuments.TRAIN)) {
            ShellHarness prompt = new ShellHarness(server.base());
            assertThat(prompt.line("help " + PAYMENT)).as(prompt::err).isZero();
            assertThat(prompt.out()).startsWith("POST /bookings/{bookingId}/payment  Pay for a Booking\n");

            Run run = oneShot("--base", server.base(), "help", PAYMENT);
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo(prompt.out());

            Run endpoints = oneShot("--base", server.base(), "endpoints", PAYMENT);
            assertThat(endpoints.out()).isEqualTo(run.out());

            Path script = folder.resolve("help.restsh");
            Files.writeString(script, "help " + PAYMENT + "\n");
            Run scripted = oneShot("--base", server.base(), "run", script.toString());
            assertThat(scripted.status()).as(scripted.err()).isZero();
            assertThat(scripted.out()).isEqualTo(run.out());
        }
    }

    /** An unknown path is a usage error (status 2), as an unknown command is; help COMMAND is unchanged. */
    @Test
    void anUnknownPathIsAUsageErrorAndCommandsStillHaveTheirHelp() throws Exception {
        try (ApiServer server = new ApiServer().document("/openapi.yaml", RealWorldDocuments.TRAIN)) {
            Run unknown = oneShot("--base", server.base(), "help", "/nothing");
            assertThat(unknown.status()).isEqualTo(2);
            assertThat(unknown.out()).isEmpty();
            assertThat(unknown.err())
                    .isEqualTo("restsh: no operation /nothing in the OpenAPI document (try: endpoints nothing)\n");

            Run get = oneShot("--base", server.base(), "help", "get");
            assertThat(get.status()).as(get.err()).isZero();
            assertThat(get.out()).startsWith("Usage: restsh get ");

            Run list = oneShot("--base", server.base(), "help");
            assertThat(list.status()).isZero();
            assertThat(list.out()).contains("Requests:\n").contains("  endpoints, ls ");

            Run noSuchCommand = oneShot("--base", server.base(), "help", "nosuch");
            assertThat(noSuchCommand.status()).isEqualTo(2);
            assertThat(noSuchCommand.err()).contains("Unknown subcommand 'nosuch'");
        }
    }
}
