package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --report json|html|tap}: one model of the run, three formats, secrets masked in all of them. */
class RunReportsTest {
    private static final String SCRIPT = """
            get /get_ips
            expect status 200
            expect response.json() == {'results': [{'ip': '1.2.3.4'}, {'ip': '10.0.0.9'}]}
            post /ips ip=10.0.0.1 'Authorization:Bearer s3cret-token' label='<b>router</b>'
            expect status 201
            get /missing
            print no_such_name
            """;

    @TempDir
    Path folder;

    @AutoClose
    private final ScriptTestServer server = new ScriptTestServer();

    private final ShellHarness shell = new ShellHarness(server.base());

    private Path script() throws IOException {
        return Files.writeString(folder.resolve("smoke.restsh"), SCRIPT);
    }

    @Test
    void theJsonReportHasTheSummaryEachStepItsChecksAndItsExchanges() throws IOException {
        Path report = folder.resolve("out/report.json");
        int status = shell.oneShot("run", script().toString(), "--keep-going", "--report", "json", report.toString());
        assertThat(status).isEqualTo(6);

        JsonNode json = Json.mapper().readTree(report.toFile());
        assertThat(json.path("script").asText()).isEqualTo("smoke.restsh");
        assertThat(json.path("passed").asBoolean()).isFalse();
        assertThat(json.path("requests").asInt()).isEqualTo(3);
        assertThat(json.path("expectationsPassed").asInt()).isEqualTo(2);
        assertThat(json.path("expectationsFailed").asInt()).isEqualTo(1);
        assertThat(json.path("errors").asInt()).isEqualTo(1);
        JsonNode steps = json.path("steps");
        assertThat(steps).hasSize(7);
        assertThat(steps.get(0).path("command").asText()).isEqualTo("get /get_ips");
        assertThat(steps.get(0).path("exchanges").get(0).path("status").asText())
                .isEqualTo("HTTP/1.1 200 OK");
        assertThat(steps.get(0).path("exchanges").get(0).path("responseBody").asText())
                .contains("9.2.3.4");
        JsonNode failed = steps.get(2);
        assertThat(failed.path("outcome").asText()).isEqualTo("failed");
        assertThat(failed.path("checks").get(0).path("details").asText()).contains("10.0.0.9", "9.2.3.4");
        JsonNode post = steps.get(3);
        assertThat(post.path("command").asText()).doesNotContain("s3cret");
        assertThat(post.path("exchanges").get(0).path("requestHeaders").toString())
                .contains("Authorization: Bearer ***");
        assertThat(steps.get(5).path("outcome").asText())
                .as("a 404 is a response")
                .isEqualTo("ok");
        assertThat(steps.get(5).path("status").asInt()).isEqualTo(4);
        assertThat(steps.get(6).path("outcome").asText()).isEqualTo("error");
        assertThat(steps.get(6).path("checks").get(0).path("details").asText()).contains("no_such_name");
        assertThat(Files.readString(report)).doesNotContain("s3cret");
    }

    @Test
    void theHtmlReportIsOneSelfContainedPageWithCollapsibleStepsAndEscapedText() throws IOException {
        Path report = folder.resolve("report.html");
        shell.oneShot("run", script().toString(), "--keep-going", "--report", "html", report.toString());
        String html = Files.readString(report);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "<title>smoke.restsh failed");
        assertThat(html).doesNotContain("<script", "<link", "src=\"http", "s3cret");
        assertThat(html).contains("<details class=\"step failed\" open>", "<details class=\"exchange\">");
        assertThat(html).contains("expect response.json() == ").contains("10.0.0.9");
        assertThat(html).contains("&lt;b&gt;router&lt;/b&gt;").doesNotContain("<b>router</b>");
        assertThat(html).contains("<b>3</b> requests sent", "<b>2</b> expectations passed", "<b>1</b> failed");
    }

    @Test
    void tapHasOnePointPerExpectationOrLineAndYamlDiagnosticsForFailures() throws IOException {
        Path report = folder.resolve("report.tap");
        Path junit = folder.resolve("report.xml");
        shell.oneShot(
                "run",
                script().toString(),
                "--keep-going",
                "--report",
                "tap",
                report.toString(),
                "--report",
                "junit",
                junit.toString());
        String tap = Files.readString(report);

        assertThat(tap.lines().toList().subList(0, 4))
                .containsExactly(
                        "TAP version 14", "1..7", "ok 1 - line 1: get /get_ips", "ok 2 - line 2: expect status 200");
        assertThat(tap).contains("not ok 3 - line 3: expect response.json() == ");
        assertThat(tap).contains("  ---\n  line: 3\n  message: \"failed at smoke.restsh:3\"\n  details: |-\n");
        assertThat(tap).contains("ok 5 - line 5: expect status 201", "ok 6 - line 6: get /missing");
        assertThat(tap).contains("not ok 7 - line 7: print no_such_name\n  ---\n  line: 7\n");
        assertThat(tap).doesNotContain("s3cret");
        assertThat(Files.readString(junit)).contains("<testsuite name=\"smoke.restsh\"");
    }

    @Test
    void tapWithoutAFileGoesToStdoutAfterTheRun() throws IOException {
        shell.oneShot("run", script().toString(), "--report", "tap");
        assertThat(shell.out()).contains("TAP version 14\n1..3\n");
        assertThat(shell.out()).contains("not ok 3 - line 3: expect response.json()");
    }

    @Test
    void anUnknownFormatOrAMissingFileIsAUsageError() throws IOException {
        assertThat(shell.oneShot("run", script().toString(), "--report", "pdf", "x.pdf"))
                .isEqualTo(2);
        assertThat(shell.err()).contains("unknown report format 'pdf'");
        assertThat(shell.oneShot("run", script().toString(), "--report", "html"))
                .isEqualTo(2);
        assertThat(shell.err()).contains("--report html needs a FILE");
    }

    @Test
    void aReportThatCannotBeWrittenIsOneLineNotAnUnexpectedError() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("plain.txt"), "");
        Path report = notAFolder.resolve("report.html");
        assertThat(shell.oneShot("run", script().toString(), "--keep-going", "--report", "html", report.toString()))
                .isEqualTo(1);
        assertThat(shell.err())
                .contains("restsh: cannot write " + report + ": ")
                .doesNotContain("unexpected error")
                .doesNotContain("Exception");
    }
}
