package dev.restsh.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.TutorialServer;
import dev.restsh.shell.config.Settings;
import dev.restsh.shell.openapi.ApiServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completer called directly with lines parsed as the REPL parses them (JLine's own test pattern). */
class ShellCompleterTest {
    @TempDir
    Path directory;

    private static List<String> complete(ShellHarness shell, Path directory, String line) {
        return candidates(shell, directory, line).stream().map(Candidate::value).toList();
    }

    /** The candidates JLine would show for the line, in the completer's order. */
    static List<Candidate> candidates(ShellHarness shell, Path directory, String line) {
        ShellCompleter completer = new ShellCompleter(shell.root(), shell.context(), directory);
        ShellParser parser =
                new ShellParser(word -> !shell.root().getSubcommands().containsKey(word) || word.equals("print"));
        List<Candidate> candidates = new ArrayList<>();
        ParsedLine parsed = parser.parse(line, line.length(), Parser.ParseContext.COMPLETE);
        completer.complete(null, parsed, candidates);
        // As JLine does before showing them: only candidates that start with the word typed so far.
        String typed = parsed.word().substring(0, parsed.wordCursor());
        return candidates.stream()
                .filter(candidate -> candidate.value().startsWith(typed))
                .toList();
    }

    private List<String> complete(ShellHarness shell, String line) {
        return complete(shell, directory, line);
    }

    @Test
    void firstWordOffersCommandsAndNames() {
        ShellHarness shell = new ShellHarness("http://127.0.0.1:9");
        shell.context().session().variables().put("token", "abc");
        assertThat(complete(shell, "e")).contains("endpoints", "edit", "exit").allMatch(name -> name.startsWith("e"));
        assertThat(complete(shell, "")).contains("validate", "completion", "get", "response", "token");
        assertThat(complete(shell, "get /x --ti")).contains("--timeout");
        assertThat(complete(shell, "help v")).containsExactly("validate");
        assertThat(complete(shell, "completion ")).containsExactly("bash", "zsh");
        assertThat(complete(shell, "request ")).contains("GET", "PATCH");
    }

    @Test
    void requestItemsOfferCommonHeadersAndTheirValues() {
        ShellHarness shell = new ShellHarness("http://127.0.0.1:9");
        assertThat(complete(shell, "post /ips Cont")).containsExactly("Content-Type:");
        assertThat(complete(shell, "post /ips ")).contains("Accept:", "Authorization:");
        assertThat(complete(shell, "post /ips Content-Type:"))
                .contains("Content-Type:application/json", "Content-Type:application/x-www-form-urlencoded");
        assertThat(complete(shell, "get /ips accept:")).contains("accept:application/json");
        assertThat(complete(shell, "post /ips name=x")).isEmpty();
    }

    @Test
    void variablesHistoryNumbersAndFiles() throws Exception {
        try (TutorialServer server = new TutorialServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            shell.context().session().variables().put("token", "abc");
            assertThat(complete(shell, "get /x Authorization:{{to")).containsExactly("Authorization:{{token}}");
            shell.line("get /get_ips");
            shell.line("get /get_ips");
            assertThat(complete(shell, "_")).containsExactlyInAnyOrder("_1", "_2", "_");
            assertThat(complete(shell, "validate ")).containsExactly("_1", "_2");
            Files.createDirectory(directory.resolve("bodies"));
            Files.writeString(directory.resolve("bodies/ip.json"), "{}");
            Files.writeString(directory.resolve("notes.txt"), "");
            assertThat(complete(shell, "post /ips @")).containsExactlyInAnyOrder("@bodies/", "@notes.txt");
            assertThat(complete(shell, "post /ips file@bodies/")).containsExactly("file@bodies/ip.json");
        }
    }

    @Test
    void pathsPathParametersAndQueryParametersComeFromTheOpenApiDocument() throws Exception {
        try (ApiServer server = new ApiServer().document("/q/openapi", "ips-3.0.yaml")) {
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(complete(shell, "get /")).isEmpty(); // discovery is off in the harness's defaults
            assertThat(server.requests()).isEmpty();
            shell.context().settings(Settings.resolve(Map.of("RESTSH_HISTORY", "off"), Map.of()));
            assertThat(complete(shell, "get /")).isEmpty(); // starts loading in the background, never waits
            awaitDocument(shell);
            assertThat(complete(shell, "get /")).containsExactly("/get_ips", "/ips", "/ips/{id}", "/ips/{id}/history");
            assertThat(complete(shell, "get /ips/42")).containsExactly("/ips/42", "/ips/42/history");
            assertThat(complete(shell, "get /get_ips ")).contains("limit==", "label==", "Accept:");
            assertThat(complete(shell, "get /get_ips li")).containsExactly("limit==");
            assertThat(complete(shell, "get /ips/7 X-")).contains("X-Trace:");
            assertThat(complete(shell, "request GET /g")).containsExactly("/get_ips");
            // Under a base path, paths are offered as they must be typed there: /ips/{id} is /{id} after cd /ips.
            shell.line("cd /ips");
            complete(shell, "get /");
            awaitDocument(shell);
            assertThat(complete(shell, "get /")).containsExactly("/{id}", "/{id}/history");
            assertThat(complete(shell, "get /7/h")).containsExactly("/7/history");
        }
    }

    @Test
    void keysOfTheLiveBodyInExpressionsAndJqFilters() throws Exception {
        try (TutorialServer server = new TutorialServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            shell.line("get /get_ips");
            assertThat(complete(shell, "response.json()['")).containsExactly("results']");
            assertThat(complete(shell, "print response.json()[\"re")).containsExactly("results\"]");
            assertThat(complete(shell, "response.json()['results'][0]['")).containsExactly("ip']");
            assertThat(complete(shell, "_1.json()['results'][1]['")).containsExactly("ip']");
            assertThat(complete(shell, "jq '.")).containsExactly("results");
            assertThat(complete(shell, "jq '.results[0].")).containsExactly("ip");
            assertThat(complete(shell, "jq '.results[].i")).containsExactly("ip");
            assertThat(complete(shell, "jq -r .results[0].")).containsExactly("ip");
            assertThat(complete(shell, "response.")).contains("status_code", "headers", "json");
            assertThat(complete(shell, "response.json()['nothing']['")).isEmpty();
        }
    }

    @Test
    void builtinsConstantsAndNamesWhereAnOperandStarts() {
        ShellHarness shell = new ShellHarness("http://127.0.0.1:9");
        shell.context().session().variables().put("token", "abc");
        assertThat(complete(shell, ""))
                .contains(
                        "len",
                        "sorted",
                        "reversed",
                        "sum",
                        "min",
                        "max",
                        "any",
                        "all",
                        "abs",
                        "round",
                        "range",
                        "enumerate",
                        "zip",
                        "map",
                        "filter",
                        "list",
                        "dict",
                        "tuple",
                        "set",
                        "str",
                        "int",
                        "float",
                        "bool",
                        "repr",
                        "type",
                        "isinstance",
                        "dir",
                        "help",
                        "print",
                        "True",
                        "None",
                        "response");
        assertThat(complete(shell, "le")).contains("len", "let");
        assertThat(complete(shell, "hel")).containsExactly("help"); // the command and the builtin, offered once
        assertThat(complete(shell, "len(re")).containsExactlyInAnyOrder("repr", "request", "response", "reversed");
        assertThat(complete(shell, "print is")).containsExactly("isinstance");
        assertThat(complete(shell, "(so")).containsExactly("sorted");
        assertThat(complete(shell, "[x for x in ")).contains("response", "range", "sorted", "True", "token");
        assertThat(complete(shell, "response.status_code is N")).containsExactly("None");
        assertThat(complete(shell, "sorted(x, key=lambda r: le")).containsExactly("len");
        assertThat(complete(shell, "print 'so")).isEmpty(); // inside a string literal
        assertThat(complete(shell, "print 'it\\'s' + so")).containsExactly("sorted"); // that literal is closed
        assertThat(complete(shell, "history so")).isEmpty(); // not an expression
        assertThat(complete(shell, "print {{to")).containsExactly("{{token}}"); // a variable, as anywhere
    }

    @Test
    void methodsAndAttributesAfterADotOnTheLiveValue() throws Exception {
        try (TutorialServer server = new TutorialServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            shell.line("get /get_ips");
            assertThat(complete(shell, "response.text."))
                    .contains("split", "rsplit", "join", "strip", "lower", "startswith", "format", "encode")
                    .doesNotContain("results", "get");
            assertThat(complete(shell, "response.text.sp")).containsExactly("split", "splitlines");
            assertThat(complete(shell, "response.json().")).containsExactly("get", "items", "keys", "values");
            assertThat(complete(shell, "response.json()['results'][0]."))
                    .containsExactly("get", "items", "keys", "values");
            assertThat(complete(shell, "response.json()['results'].")).containsExactly("count", "index");
            assertThat(complete(shell, "print response.json()['results'][1]['ip'].st"))
                    .containsExactly("startswith", "strip");
            assertThat(complete(shell, "response."))
                    .contains("raise_for_status", "iter_lines", "iter_content", "apparent_encoding", "next", "raw");
            assertThat(complete(shell, "response.r")).containsExactly("raise_for_status", "raw", "reason", "request");
            assertThat(complete(shell, "response.request.")).contains("method", "path_url", "body");
            assertThat(complete(shell, "response.headers.")).containsExactly("get", "items", "keys", "values");
            assertThat(complete(shell, "response.elapsed.")).containsExactly("total_seconds");
            assertThat(complete(shell, "len(response.json()['results']).")).isEmpty(); // not a path
            assertThat(complete(shell, "response.nothing.")).isEmpty();
        }
    }

    @Test
    void keysOfAnyMappingInsideAComprehensionOrACall() throws Exception {
        try (TutorialServer server = new TutorialServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            shell.line("get /get_ips");
            assertThat(complete(shell, "[x['ip'] for x in response.json()['")).containsExactly("results']");
            assertThat(complete(shell, "print len(response.json()['results'][0]['"))
                    .containsExactly("ip']");
            assertThat(complete(shell, "response.headers['content-t")).containsExactly("content-type']");
            assertThat(complete(shell, "response.text['")).isEmpty(); // a str has no keys
        }
    }

    /** A key with a quote or a backslash is completed as a valid string literal, and evaluates to that key. */
    @Test
    void keysWithQuotesAreCompletedEscaped() throws Exception {
        byte[] body = "{\"it's\": 1, \"back\\\\slash\": 2}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (LoopbackServer server = new LoopbackServer()
                .route("/odd", exchange -> LoopbackServer.reply(exchange, 200, "application/json", body))) {
            ShellHarness shell = new ShellHarness(server.base());
            shell.line("get /odd");
            assertThat(complete(shell, "response.json()['")).containsExactlyInAnyOrder("it\\'s']", "back\\\\slash']");
            assertThat(complete(shell, "response.json()[\"it")).containsExactly("it's\"]");
            shell.clear();
            assertThat(shell.line("response.json()['it\\'s']")).as(shell.err()).isZero();
            assertThat(shell.line("response.json()['back\\\\slash']"))
                    .as(shell.err())
                    .isZero();
            assertThat(shell.out()).isEqualTo("1\n2\n");
        }
    }

    static void awaitDocument(ShellHarness shell) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (shell.context().openApi().ready().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(shell.context().openApi().ready()).isPresent();
    }

    @Test
    void useCompletesTheNamesOfTheEnvironments() throws Exception {
        Files.createDirectories(directory.resolve(".restsh"));
        Files.writeString(directory.resolve(".restsh/environments.toml"), "[dev]\n[staging]\n[stable]\n");
        ShellHarness shell = new ShellHarness("http://127.0.0.1:9");
        shell.context().workingDirectory(directory);
        assertThat(complete(shell, "use st")).containsExactly("staging", "stable");
        assertThat(complete(shell, "environments d")).containsExactly("dev");
    }
}
