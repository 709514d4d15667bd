package dev.restsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The tutorial's pdb session, mirrored line by line through the command tree. */
class TutorialSessionTest {
    @AutoClose
    private static final TutorialServer server = new TutorialServer();

    private ShellHarness afterGet() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("get /get_ips")).as(shell::err).isZero();
        shell.clear();
        return shell;
    }

    @Test
    void getPrintsStatusLineAndPrettyBody() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.oneShot("get", "/get_ips")).isZero();
        assertThat(shell.err()).matches("(?s)HTTP/1.1 200 OK  \\([0-9.]+ ms, 48 B, application/json\\)\n");
        assertThat(shell.out())
                .isEqualTo("{\n    \"results\": [\n        {\n            \"ip\": \"1.2.3.4\"\n        },\n"
                        + "        {\n            \"ip\": \"9.2.3.4\"\n        }\n    ]\n}\n");
    }

    @Test
    void relativeUrlWithoutSlashWorksToo() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("get get_ips")).isZero();
        assertThat(shell.out()).contains("\"9.2.3.4\"");
    }

    @Test
    void responsePrintsLikeRequests() {
        ShellHarness shell = afterGet();
        shell.line("response");
        assertThat(shell.out()).isEqualTo("<Response [200]>\n");
    }

    @Test
    void dirListsTheAttributesOfARequestsResponse() {
        ShellHarness shell = afterGet();
        shell.line("dir(response)");
        assertThat(shell.out())
                .as("requests' public names, in requests' order")
                .isEqualTo("['apparent_encoding', 'close', 'content', 'cookies', 'elapsed', 'encoding', 'headers', "
                        + "'history', 'is_permanent_redirect', 'is_redirect', 'iter_content', 'iter_lines', 'json', "
                        + "'links', 'next', 'ok', 'raise_for_status', 'raw', 'reason', 'request', 'status_code', "
                        + "'text', 'url']\n");
    }

    @Test
    void jsonPrintsValidPrettyJsonWithoutColourOffTerminal() {
        ShellHarness shell = afterGet();
        shell.line("response.json()");
        assertThat(shell.out()).startsWith("{\n    \"results\": [").doesNotContain("\u001b[");
    }

    @Test
    void jsonIsColouredOnATerminal() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        shell.line("get /get_ips");
        shell.clear();
        shell.line("response.json()");
        assertThat(shell.out()).contains("\u001b[34;1m\"results\"\u001b[0m");
    }

    @Test
    void attributesPrintTheirValues() {
        ShellHarness shell = afterGet();
        shell.line("response.status_code");
        shell.line("response.ok");
        shell.line("response.reason");
        shell.line("response.url");
        shell.line("response.headers['CONTENT-type']");
        shell.line("response.json()['results'][1]['ip']");
        shell.line("response.text");
        assertThat(shell.out())
                .isEqualTo("200\ntrue\nOK\n" + server.base() + "/get_ips\napplication/json\n\"9.2.3.4\"\n"
                        + TutorialServer.BODY);
    }

    @Test
    void elapsedIsADuration() {
        ShellHarness shell = afterGet();
        shell.line("response.elapsed");
        assertThat(shell.out()).matches("0:00:0\\d\\.\\d{6}\n");
    }

    @Test
    void headersPrintAsAnObject() {
        ShellHarness shell = afterGet();
        shell.line("response.headers");
        assertThat(shell.out())
                .contains("\"content-type\": \"application/json\"")
                .startsWith("{\n");
    }

    @Test
    void printCommandAndOneShotCommandOption() {
        ShellHarness shell = new ShellHarness(server.base());
        int status = shell.oneShot("-c", "get /get_ips; response.json()['results'][0]['ip']", "-c", "response");
        assertThat(status).isZero();
        assertThat(shell.out()).endsWith("\"1.2.3.4\"\n<Response [200]>\n");
    }

    @Test
    void responseBeforeAnyRequestSaysSo() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("response")).isEqualTo(2);
        assertThat(shell.err()).contains("no response yet");
    }

    @Test
    void unknownCommandSuggestsTheClosestOne() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("gte /get_ips")).isEqualTo(2);
        assertThat(shell.err())
                .isEqualTo(
                        "restsh: unknown command or name 'gte'; did you mean 'get'? " + "(type 'help' for the list)\n");
    }

    @Test
    void unknownAttributeSuggestsTheClosestOne() {
        ShellHarness shell = afterGet();
        assertThat(shell.line("response.status")).isEqualTo(2);
        assertThat(shell.err())
                .startsWith(
                        "restsh: AttributeError: 'Response' object has no attribute 'status'; did you mean 'status_code'?");
        assertThat(shell.err()).doesNotContain("Exception");
    }

    @Test
    void syntaxErrorPointsAtThePosition() {
        ShellHarness shell = afterGet();
        assertThat(shell.line("response.json()['results'")).isEqualTo(2);
        assertThat(shell.err())
                .contains("expected ']'")
                .contains("\n  response.json()['results'\n")
                .contains("                           ^");
    }

    @Test
    void notFoundExitsWithFourInOneShotMode() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.oneShot("get", "/missing")).isEqualTo(4);
        assertThat(shell.err()).contains("404 Not Found");
    }
}
