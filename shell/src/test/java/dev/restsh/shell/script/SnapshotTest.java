package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** expect snapshot stores a response beside the script, then compares later responses with it. */
class SnapshotTest {
    @AutoClose
    private final LoopbackServer server = new LoopbackServer();

    private final AtomicReference<String> body = new AtomicReference<>(
            "{\"name\":\"router\",\"id\":41,\"createdAt\":\"2026-01-01T00:00:00Z\",\"access_token\":\"s3cr3t\","
                    + "\"items\":[{\"id\":1,\"ip\":\"10.0.0.1\"},{\"id\":2,\"ip\":\"10.0.0.2\"}]}");

    @TempDir
    Path folder;

    SnapshotTest() {
        server.route("/item", exchange -> {
            exchange.getResponseHeaders().set("Set-Cookie", "session=abc123");
            exchange.getResponseHeaders().set("X-Request-Id", String.valueOf(System.nanoTime()));
            LoopbackServer.reply(exchange, 200, "application/json", body.get().getBytes(StandardCharsets.UTF_8));
        });
    }

    private Path script(String text) throws Exception {
        Path script = folder.resolve("item.restsh");
        Files.writeString(script, text);
        return script;
    }

    @Test
    void writesReadableSortedMaskedJsonThenPassesThenFailsWithTheDifferences() throws Exception {
        Path script = script("get /item\nexpect snapshot item --ignore .createdAt --header set-cookie\n");
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.oneShot("run", script.toString())).as(shell::err).isZero();
        assertThat(shell.err()).contains("restsh: snapshot item written: __snapshots__/item.json");
        Path stored = folder.resolve("__snapshots__/item.json");
        assertThat(Files.readString(stored)).isEqualTo("""
                        {
                          "status" : 200,
                          "headers" : {
                            "content-type" : "application/json",
                            "set-cookie" : "***"
                          },
                          "body" : {
                            "access_token" : "***",
                            "id" : 41,
                            "items" : [
                              {
                                "id" : 1,
                                "ip" : "10.0.0.1"
                              },
                              {
                                "id" : 2,
                                "ip" : "10.0.0.2"
                              }
                            ],
                            "name" : "router"
                          }
                        }
                        """);

        body.set(body.get().replace("2026-01-01", "2027-02-02"));
        shell.clear();
        assertThat(shell.oneShot("run", script.toString())).as(shell::err).isZero();
        assertThat(shell.err()).contains("1 expectation passed");

        body.set(body.get().replace("\"router\"", "\"switch\"").replace(",{\"id\":2,\"ip\":\"10.0.0.2\"}", ""));
        shell.clear();
        assertThat(shell.oneShot("run", script.toString())).isEqualTo(6);
        assertThat(shell.err())
                .contains("expectation failed at item.restsh:2: expect snapshot item")
                .contains("the response differs from __snapshots__/item.json (run --update-snapshots to accept it):")
                .contains("  - .body.items[1]: {\"id\":2,\"ip\":\"10.0.0.2\"}\n")
                .contains("  ~ .body.name: \"router\" -> \"switch\"\n");

        shell.clear();
        assertThat(shell.oneShot("run", "--update-snapshots", script.toString()))
                .isZero();
        assertThat(shell.err()).contains("snapshot item updated");
        assertThat(Files.readString(stored)).contains("\"switch\"").doesNotContain("10.0.0.2");
        assertThat(shell.oneShot("run", script.toString())).isZero();
    }

    @Test
    void ignoresPathsInsideArraysAndWorksInTheReplInTheCurrentFolder() {
        ShellHarness shell = new ShellHarness(server.base());
        shell.context().workingDirectory(folder);
        shell.line("get /item");
        assertThat(shell.line("expect snapshot repl --ignore '.items[].id' --ignore .id --ignore .createdAt"))
                .isZero();
        assertThat(folder.resolve("__snapshots__/repl.json")).exists();
        body.set(body.get().replace("\"id\":1", "\"id\":7").replace("\"id\":41", "\"id\":42"));
        shell.line("get /item");
        assertThat(shell.line("expect snapshot repl --ignore '.items[].id' --ignore .id --ignore .createdAt"))
                .as(shell::err)
                .isZero();
        assertThat(shell.line("expect snapshot repl --ignore .createdAt")).isEqualTo(6);
        assertThat(shell.err()).contains("+ .body.id: 42").contains("+ .body.items[0].id: 7");
    }

    @Test
    void badNamesAndPathsAreUsageErrors() {
        ShellHarness shell = new ShellHarness(server.base());
        shell.context().workingDirectory(folder);
        shell.line("get /item");
        assertThat(shell.line("expect snapshot ../escape")).isEqualTo(2);
        assertThat(shell.line("expect snapshot ok --ignore createdAt")).isEqualTo(2);
        assertThat(shell.err()).contains("--ignore takes a jq path into the body");
        assertThat(folder.resolve("__snapshots__")).doesNotExist();
    }

    @Test
    void onCiAMissingSnapshotFailsInsteadOfBeingWritten() throws Exception {
        Path script = script("get /item\nexpect snapshot item\n");
        ShellHarness shell = new ShellHarness(server.base());
        shell.context().session().env(java.util.Map.of("HOME", "/nonexistent/restsh-test-home", "CI", "true"));
        assertThat(shell.oneShot("run", script.toString())).isEqualTo(6);
        assertThat(shell.err()).contains("no __snapshots__/item.json and CI is set");
        assertThat(folder.resolve("__snapshots__")).doesNotExist();

        assertThat(shell.oneShot("run", "--update-snapshots", script.toString()))
                .as(shell::err)
                .isZero();
        assertThat(folder.resolve("__snapshots__/item.json")).exists();
        assertThat(shell.oneShot("run", script.toString())).as(shell::err).isZero();
    }
}
