package dev.restsh.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.config.Settings;
import dev.restsh.shell.openapi.ApiServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code completion bash|zsh} and {@code edit} with EDITOR set to a script. */
class CompletionAndEditTest {
    @TempDir
    Path directory;

    @Test
    void completionPrintsPicocliScriptsForBashAndZsh() throws Exception {
        ShellHarness shell = new ShellHarness("http://127.0.0.1:9");
        assertThat(shell.oneShot("completion", "bash")).isZero();
        assertThat(shell.out()).contains("complete -F").contains("endpoints").contains("validate");
        assertThat(bashSyntaxErrors(shell.out())).as("bash -n on the script").isEmpty();
        ShellHarness oneShot = new ShellHarness("http://127.0.0.1:9");
        CommandLine onlyCompletion = CommandTree.buildFor(oneShot.context(), new String[] {"completion", "bash"});
        assertThat(onlyCompletion.getSubcommands()).containsOnlyKeys("completion");
        assertThat(onlyCompletion.execute("completion", "bash")).isZero();
        assertThat(oneShot.out()).contains("local commands=\"get post put").contains("validate");
        shell.clear();
        assertThat(shell.oneShot("completion", "zsh")).isZero();
        assertThat(shell.out()).startsWith("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit");
        shell.clear();
        assertThat(shell.oneShot("completion", "fish")).isEqualTo(2);
        assertThat(shell.err()).contains("completion: Invalid value for positional parameter at index 0 (SHELL)");
    }

    /** What {@code bash -n} says about a script: nothing when it parses. */
    private String bashSyntaxErrors(String script) throws Exception {
        Path file = directory.resolve("completion.bash");
        Files.writeString(file, script);
        Process bash = new ProcessBuilder("bash", "-n", file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return bash.waitFor() == 0 ? "" : output;
    }

    /** An editor script that records what it was given and writes a new body. */
    private String editor(String newBody) throws Exception {
        Path seen = directory.resolve("seen.json");
        Path script = directory.resolve("editor-" + Math.abs(newBody.hashCode()) + ".sh");
        Files.writeString(script, "#!/bin/sh\ncp \"$1\" '" + seen + "'\nprintf '%s' '" + newBody + "' > \"$1\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    private static void useEditor(ShellHarness shell, String editor) {
        shell.context().settings(Settings.resolve(Map.of("RESTSH_EDITOR", editor, "RESTSH_HISTORY", "off"), Map.of()));
    }

    @Test
    void editOpensTheEditorOnTheBodyThenSendsWhatWasSaved() throws Exception {
        try (ApiServer server = new ApiServer().respond("/ips", 201, "application/json", "{\"id\":1}", null)) {
            ShellHarness shell = new ShellHarness(server.base());
            useEditor(shell, editor("{\"ip\": \"10.0.0.1\", \"label\": \"edited\"}"));
            assertThat(shell.line("edit post /ips label=router")).as(shell::err).isZero();
            assertThat(Files.readString(directory.resolve("seen.json"))).isEqualTo("{\n  \"label\" : \"router\"\n}\n");
            assertThat(server.requests()).containsExactly("POST /ips {\"ip\": \"10.0.0.1\", \"label\": \"edited\"}");
            assertThat(shell.context()
                            .session()
                            .history()
                            .latest()
                            .orElseThrow()
                            .response()
                            .request()
                            .headers()
                            .first("content-type"))
                    .contains("application/json");

            useEditor(shell, editor("{\"ip\": \"10.0.0.2\"}"));
            assertThat(shell.line("edit")).isZero();
            assertThat(Files.readString(directory.resolve("seen.json")))
                    .isEqualTo("{\n  \"ip\" : \"10.0.0.1\",\n  \"label\" : \"edited\"\n}\n");
            assertThat(server.requests()).last().isEqualTo("POST /ips {\"ip\": \"10.0.0.2\"}");
        }
    }

    @Test
    void editAloneStartsFromTheRequestAsSentNotItsLastRedirectHop() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (LoopbackServer server = new LoopbackServer()) {
            server.route("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                seen.add((exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body).strip());
                if (exchange.getRequestURI().getPath().equals("/redir/303")) {
                    LoopbackServer.redirect(303, "/echo").handle(exchange);
                } else {
                    LoopbackServer.reply(exchange, 200, "echo");
                }
            });
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.line("post /redir/303 a=1")).as(shell::err).isZero();
            useEditor(shell, editor("{\"a\": 2}"));
            assertThat(shell.line("edit")).as(shell::err).isZero();
            assertThat(Files.readString(directory.resolve("seen.json"))).isEqualTo("{\n  \"a\" : \"1\"\n}\n");
            assertThat(seen)
                    .containsExactly(
                            "POST /redir/303 {\"a\":\"1\"}", "GET /echo", "POST /redir/303 {\"a\": 2}", "GET /echo");
        }
    }

    @Test
    void aFailingEditorOrInvalidJsonCancelsTheRequest() throws Exception {
        try (ApiServer server = new ApiServer().respond("/ips", 201, "application/json", "{}", null)) {
            ShellHarness shell = new ShellHarness(server.base());
            useEditor(shell, "false");
            assertThat(shell.line("edit post /ips")).isEqualTo(2);
            assertThat(shell.err()).isEqualTo("restsh: edit cancelled: 'false' exited with status 1\n");
            shell.clear();
            useEditor(shell, editor("{oops"));
            assertThat(shell.line("edit post /ips")).isEqualTo(2);
            assertThat(shell.err()).startsWith("restsh: ");
            assertThat(server.requests()).isEmpty();
        }
    }
}
