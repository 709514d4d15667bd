package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.Console;
import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.command.CommandTree;
import dev.restsh.shell.request.UrlResolver;
import dev.restsh.shell.session.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/** {@code run FILE} through the real command tree against a loopback server: statuses, summary, report. */
class RunScriptTest {
    @TempDir
    Path folder;

    @AutoClose
    private final ScriptTestServer server = new ScriptTestServer();

    private final ShellHarness shell = new ShellHarness(server.base());

    private Path script(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void passingScriptEndsWithStatusZeroAndASummary() throws IOException {
        Path file = script("smoke.restsh", """
                # the tutorial's endpoint
                get /get_ips
                expect status 2xx
                expect response.status_code == 200
                expect response.headers['content-type'] in 'application/json'
                expect len(response.json()['results']) == 2
                expect jq '.results[1].ip == "9.2.3.4"'

                post /ips ip=10.0.0.1 \\
                    label=router
                expect status 201
                expect response.json()['label'] == 'router'
                """);
        int status = shell.oneShot("run", file.toString());
        assertThat(status).as(shell.err()).isZero();
        assertThat(shell.err())
                .containsPattern(
                        "PASSED: smoke.restsh: 2 requests sent, 7 expectations passed, 0 failed, \\d+\\.\\d\\d s");
        assertThat(server.seen()).extracting(ScriptTestServer.Seen::method).containsExactly("GET", "POST");
        assertThat(server.seen().get(1).body()).isEqualTo("{\"ip\":\"10.0.0.1\",\"label\":\"router\"}");
    }

    /** A usage error is printed by picocli's parameter handler; the report still carries its words. */
    @Test
    void aUsageErrorReachesTheJUnitReport() throws Exception {
        Path file = script("usage.restsh", """
                get --bogus /get_ips
                history
                """);
        Path report = folder.resolve("usage.xml");
        int status = shell.oneShot("run", "--keep-going", "--report", "junit", report.toString(), file.toString());
        assertThat(status).isEqualTo(2);

        Element suite = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(report.toFile())
                .getDocumentElement();
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        Element error = (Element) suite.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).isEqualTo("exit status 2 at usage.restsh:1");
        assertThat(error.getTextContent()).isEqualTo("get --bogus /get_ips\nget: Unknown option: '--bogus'");
    }

    @Test
    void failedExpectationStopsWithStatusSixAndExplainsBothSides() throws IOException {
        Path file = script("fail.restsh", """
                get /get_ips
                expect len(response.json()['results']) == 3
                get /never
                """);
        int status = shell.oneShot("run", file.toString());
        assertThat(status).isEqualTo(6);
        assertThat(shell.err())
                .contains("restsh: expectation failed at fail.restsh:2: expect len(response.json()['results']) == 3")
                .contains("  len(response.json()['results']) → 2\n")
                .contains("  request:  GET " + server.base() + "/get_ips")
                .contains("  response: HTTP/1.1 200 OK, application/json")
                .contains("{\"results\":[{\"ip\":\"1.2.3.4\"}")
                .contains("FAILED: fail.restsh: 1 request sent, 0 expectations passed, 1 failed");
        assertThat(server.seen()).hasSize(1);
    }

    @Test
    void keepGoingCountsEveryFailureAndTheJUnitReportListsThem() throws Exception {
        Path file = script("many.restsh", """
                get /get_ips
                expect status 200
                expect status 4xx
                get /missing
                expect status 404
                expect response.json()['title'] == 'Gone'
                nonsense-command here
                """);
        Path report = folder.resolve("reports/many.xml");
        int status = shell.oneShot("run", "--keep-going", "--report", "junit", report.toString(), file.toString());
        assertThat(status).isEqualTo(6);
        assertThat(shell.err())
                .contains("FAILED: many.restsh: 2 requests sent, 2 expectations passed, 2 failed, 1 error");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("many.restsh");
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("many.restsh:2 expect status 200");
        assertThat(((Element) cases.item(0)).getElementsByTagName("failure").getLength())
                .isZero();
        Element failed = (Element) cases.item(1);
        assertThat(failed.getAttribute("name")).isEqualTo("many.restsh:3 expect status 4xx");
        assertThat(failed.getElementsByTagName("failure").item(0).getTextContent())
                .contains("status → 200 (expected 4xx)");
        Element wrongTitle = (Element) cases.item(3);
        assertThat(wrongTitle.getElementsByTagName("failure").item(0).getTextContent())
                .contains("response.json()['title'] → \"Not Found\"");
        Element error = (Element) cases.item(4);
        assertThat(error.getAttribute("name")).isEqualTo("many.restsh:7 nonsense-command here");
        assertThat(error.getElementsByTagName("error").getLength()).isEqualTo(1);
        assertThat(error.getElementsByTagName("error").item(0).getTextContent())
                .as("the reason, not only the status")
                .contains("SyntaxError: unexpected 'here' (column 18)");
    }

    @Test
    void varsAndEnvironmentFillPlaceholdersAndUnknownOnesStopTheScript() throws IOException {
        shell.context().scripting().environment(Map.of("RESTSH_TEST_LABEL", "from-env"));
        Path file = script("vars.restsh", """
                post /ips ip={{ip}} label={{RESTSH_TEST_LABEL}}
                expect response.json()['ip'] == '{{ip}}'
                get /get_ips who=={{nobody}}
                """);
        int status = shell.oneShot("run", file.toString(), "--var", "ip=10.9.8.7");
        assertThat(status).isEqualTo(2);
        assertThat(server.seen()).hasSize(1);
        assertThat(server.seen().get(0).body()).isEqualTo("{\"ip\":\"10.9.8.7\",\"label\":\"from-env\"}");
        assertThat(shell.err())
                .contains("restsh: unknown variable {{nobody}}: pass --var nobody=VALUE")
                .contains("1 expectation passed, 0 failed, 1 error");
    }

    @Test
    void pauseIsSkippedWithANoteWithoutATerminal() throws IOException {
        Path file = script("pause.restsh", """
                get /get_ips
                pause
                breakpoint()
                expect status 200
                """);
        int status = shell.oneShot("run", "--step", "--pm", file.toString());
        assertThat(status).isZero();
        assertThat(shell.err())
                .contains("restsh: pause.restsh: no terminal: --step and --pm are ignored")
                .contains("restsh: pause.restsh:2: no terminal to pause on; going on")
                .contains("restsh: pause.restsh:3: no terminal to pause on; going on")
                .contains("PASSED: pause.restsh: 1 request sent, 1 expectation passed");
    }

    @Test
    void nestedScriptsResolveAgainstTheirOwnFolderAndJsonBodiesSpanLines() throws IOException {
        script("suite/main.restsh", """
                run parts/post.restsh
                expect response.status_code == 201
                """);
        script("suite/parts/post.restsh", """
                post /ips ip=10.0.0.2 tags:='[
                    "a",
                    "b"
                ]'
                where
                """);
        int status = shell.oneShot("run", folder.resolve("suite/main.restsh").toString());
        assertThat(status).as(shell.err()).isZero();
        assertThat(server.seen().get(0).body()).isEqualTo("{\"ip\":\"10.0.0.2\",\"tags\":[\"a\",\"b\"]}");
        assertThat(shell.out()).contains("suite/parts/post.restsh\n").contains("->    5  where");
        assertThat(shell.context().workingDirectory()).isEqualTo(Path.of("").toAbsolutePath());
    }

    @Test
    void oneShotRunAndWatchBuildTheWholeTreeForTheirLines() throws IOException {
        Path file = script("one-shot.restsh", "get /get_ips\nexpect status 200\n");
        StringWriter err = new StringWriter();
        ShellContext context = new ShellContext(
                new Session(UrlResolver.base(server.base())),
                new Console(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), false, false));
        String[] args = {"run", file.toString()};
        CommandLine root = CommandTree.buildFor(context, args);
        assertThat(root.getSubcommands()).containsKeys("get", "expect", "run", "pause");
        assertThat(root.execute(args)).as(err.toString()).isZero();
        assertThat(CommandTree.buildFor(context, new String[] {"watch", "get", "/x"})
                        .getSubcommands())
                .containsKey("get");
        assertThat(CommandTree.buildFor(context, new String[] {"expect", "status", "200"})
                        .getSubcommands())
                .containsOnlyKeys("expect");
    }

    @Test
    void networkErrorStopsTheScriptWithStatusSeven() throws IOException {
        Path file = script("down.restsh", """
                get http://127.0.0.1:9/nothing
                expect status 200
                """);
        assertThat(shell.oneShot("run", file.toString())).isEqualTo(7);
        assertThat(shell.err()).contains("0 expectations passed, 0 failed, 1 error");
    }

    @Test
    void aPagingLineIsARequestLineWhoseErrorStatusIsAResponseToCheck() throws IOException {
        Path file = script("paged.restsh", """
                get /paged
                next
                expect status 404
                """);
        assertThat(shell.oneShot("run", file.toString())).as(shell::err).isZero();
        assertThat(shell.err()).contains("PASSED: paged.restsh: 2 requests sent, 1 expectation passed");
    }

    @Test
    void aQuitLineStopsTheScriptWithStatusOneAndTheShellGoesOn() throws IOException {
        Path file = script("q.restsh", "get /get_ips\nquit\nget /get_ips\n");
        assertThat(shell.oneShot("run", file.toString())).isEqualTo(1);
        assertThat(server.seen()).hasSize(1);
        assertThat(shell.err())
                .contains("restsh: script stopped at q.restsh:2 (quit)")
                .contains("FAILED: q.restsh: 1 request sent")
                .doesNotContain("PASSED");
        assertThat(shell.line("run " + file)).isEqualTo(1);
        assertThat(shell.context().exitRequested()).isFalse();
        assertThat(shell.line("quit")).isZero();
        assertThat(shell.context().exitRequested()).isTrue();
    }

    @Test
    void theSummaryAndReportCountTheRequestsSentWhicheverCommandSentThem() throws Exception {
        try (LoopbackServer other = new LoopbackServer()) {
            other.route("/moved", exchange -> {
                exchange.getResponseHeaders().set("Location", "/here");
                LoopbackServer.reply(exchange, 302, "");
            });
            other.route("/here", exchange -> LoopbackServer.reply(exchange, 200, "here"));
            Path file = script("count.restsh", """
                    curl %s/get_ips
                    request GET /counter
                    get %s/moved
                    """.formatted(server.base(), other.base()));
            Path report = folder.resolve("count.xml");
            assertThat(shell.oneShot("run", "--report", "junit", report.toString(), file.toString()))
                    .isZero();
            // Every redirect hop went out on its own.
            assertThat(shell.err()).contains("PASSED: count.restsh: 4 requests sent");
            assertThat(Files.readString(report)).contains("<property name=\"requests\" value=\"4\"/>");
        }
    }

    @Test
    void requestsThatNeverReachedTheServerAreNotCountedButATimedOutOneIs() throws Exception {
        Path unknown = script("unknown.restsh", "get /get_ips/{{nope}}\n");
        assertThat(shell.oneShot("run", unknown.toString())).isEqualTo(2);
        Path refused = script("refused.restsh", "get http://127.0.0.1:9/x\n");
        assertThat(shell.oneShot("run", refused.toString())).isEqualTo(7);
        assertThat(server.seen()).isEmpty();
        assertThat(shell.err())
                .contains("FAILED: unknown.restsh: 0 requests sent")
                .contains("FAILED: refused.restsh: 0 requests sent");
        try (LoopbackServer slow = new LoopbackServer()) {
            slow.route("/slow", exchange -> {
                try {
                    Thread.sleep(2_000); // the behaviour under test: a server slower than the script's timeout
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Path timedOut = script("slow.restsh", "get --timeout 0.2 " + slow.base() + "/slow\n");
            assertThat(shell.oneShot("run", timedOut.toString())).isEqualTo(7);
            assertThat(shell.err()).contains("FAILED: slow.restsh: 1 request sent");
        }
    }

    @Test
    void runWorksFromTheReplAndFromInlineCommands() throws IOException {
        Path file = script("inline.restsh", "get /get_ips\nexpect status 200\n");
        assertThat(shell.line("run " + file)).isZero();
        assertThat(shell.oneShot("-c", "run " + file + "; expect status 201")).isEqualTo(6);
        assertThat(shell.oneShot("run", folder.resolve("missing.restsh").toString()))
                .isEqualTo(2);
        assertThat(shell.err()).contains("restsh: no such script: ");
    }
}
