package dev.restsh.shell.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters a server sends never reach a terminal raw; redirected output keeps them byte for byte. */
class TerminalSafetyTest {
    private static final String TITLE_AND_CLEAR = "hi \u001b]0;owned\u0007\u001b[2J there\rfake\n";

    @AutoClose
    static final HostileServer server = new HostileServer()
            .reply(
                    "/text",
                    reply("200 OK", "text/plain; charset=utf-8", TITLE_AND_CLEAR.getBytes(StandardCharsets.UTF_8)))
            .reply(
                    "/json",
                    reply(
                            "200 OK",
                            "application/json",
                            "{\"a\":\"x\u00c2\u009by\u007fz\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1)))
            .reply("/head", "HTTP/1.1 200 OK\r\nX-Evil: a\u001b[2Jb\r\nContent-Length: 2\r\n\r\nok")
            .reply("/reason", "HTTP/1.1 404 Not\u001b[2J Found\r\nContent-Length: 0\r\n\r\n")
            .reply(
                    "/events",
                    "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n"
                            + "event: tick\u001b]0;owned\u0007\nid: 7\u001b[2J\ndata: plain \u001b[31mred\n\n")
            .reply(
                    "/escaped-json",
                    reply("200 OK", "application/json", "{\"a\":\"x\\u001b[2Jy\"}".getBytes(StandardCharsets.US_ASCII)))
            .reply(
                    "/header-line",
                    "HTTP/1.1 200 OK\r\nno colon \u001b]0;owned\u0007here\r\nContent-Length: 2\r\n\r\nok")
            .replies(
                    "/watched",
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}",
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"a\":2}",
                    "HTTP/1.1 200 OK\r\nno colon \u001b]0;owned\u0007here\r\nContent-Length: 2\r\n\r\nok")
            .reply(
                    "/c1",
                    reply("200 OK", "text/plain; charset=utf-8", "x\u009by\u007fz".getBytes(StandardCharsets.UTF_8)))
            .reply(
                    "/text?api_key=s3cret",
                    reply("200 OK", "text/plain; charset=utf-8", TITLE_AND_CLEAR.getBytes(StandardCharsets.UTF_8)))
            .reply(
                    "/invalid",
                    reply("200 OK", "text/plain", new byte[] {'a', (byte) 0xff, (byte) 0xe2, (byte) 0x82, 'b', '\n'}));

    static String reply(String status, String type, byte[] body) {
        return "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n"
                + new String(body, StandardCharsets.ISO_8859_1);
    }

    private static String serverControls(String shown) {
        // restsh's own colours are the only escapes allowed: remove them, then no control character may be left
        return shown.replaceAll("\u001b\\[[0-9;]*m", "")
                .replaceAll("[\n\t]", "")
                .replaceAll("[^\\x00-\\x1f\\x7f\\x80-\\x9f]", "");
    }

    @Test
    void aTextBodyShowsItsControlCharactersVisibly() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        assertThat(shell.line("get /text")).isZero();
        assertThat(shell.out()).contains("hi ^[]0;owned^G^[[2J there^Mfake");
        assertThat(serverControls(shell.out())).isEmpty();
    }

    @Test
    void aJsonStringShowsC1ControlsAsEscapesAndInvalidUtf8AsTheReplacementCharacter() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        assertThat(shell.line("get /json")).isZero();
        assertThat(shell.out()).contains("x\\u009by\\u007fz\ufffd");
        assertThat(serverControls(shell.out())).isEmpty();
    }

    @Test
    void aFailedExpectationQuotesTheBodyVisibly() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        assertThat(shell.line("get /text")).isZero();
        shell.clear();
        assertThat(shell.line("expect status 201")).isEqualTo(6);
        assertThat(shell.err()).contains("hi ^[]0;owned^G^[[2J there");
        assertThat(serverControls(shell.err())).isEmpty();
    }

    @Test
    void aHarExportOnATerminalShowsTheControlsJsonLeavesRaw() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        assertThat(shell.line("get /c1")).isZero();
        shell.clear();
        assertThat(shell.line("export har")).isZero();
        assertThat(shell.out()).contains("x<U+009B>y^?z");
        assertThat(serverControls(shell.out())).isEmpty();
    }

    @Test
    void headersShowTheirControlCharactersVisibly() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        assertThat(shell.line("get -p hb /head")).isZero();
        assertThat(shell.out()).contains(": a^[[2Jb");
        assertThat(serverControls(shell.out())).isEmpty();
    }

    @Test
    void invalidUtf8BecomesTheReplacementCharacter() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        assertThat(shell.line("get /invalid")).isZero();
        assertThat(shell.out()).contains("a\ufffd\ufffdb");
    }

    @Test
    void redirectedOutputKeepsTheBytesAsSent() {
        ShellHarness shell = new ShellHarness(server.base(), false);
        assertThat(shell.line("get /text")).isZero();
        assertThat(shell.out()).isEqualTo(TITLE_AND_CLEAR);
    }

    @Test
    void rawOnATerminalKeepsTheBytesAsSent() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        shell.context().console().raw(true);
        assertThat(shell.line("get -b /text")).isZero();
        assertThat(shell.out()).isEqualTo(TITLE_AND_CLEAR);
    }

    @Test
    void theRawFlagOnATerminalKeepsTheBytesAsSentForTheRestOfTheRun() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        assertThat(shell.oneShot("--raw", "get", "-b", "/text")).isZero();
        assertThat(shell.out()).isEqualTo(TITLE_AND_CLEAR);
        shell.clear();
        assertThat(shell.line("get -b /text")).isZero(); // what the REPL started with --raw runs next
        assertThat(shell.out()).isEqualTo(TITLE_AND_CLEAR);
    }

    @Test
    void withoutTheRawFlagTheSameRunEscapes() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        assertThat(shell.oneShot("get", "-b", "/text")).isZero();
        assertThat(shell.out()).isNotEqualTo(TITLE_AND_CLEAR).contains("^[]0;owned^G");
    }

    /** restsh shows the standard reason of the status (java.net.http has no other), never the server's bytes. */
    @Test
    void theReasonPhraseNeverCarriesTheServersControlCharacters() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        assertThat(shell.line("get -p h /reason")).isEqualTo(4);
        assertThat(shell.line("response.reason")).isZero();
        assertThat(shell.line("response.raise_for_status()")).isNotZero(); // an error quoting the reason
        assertThat(shell.out() + shell.err()).contains("Not Found");
        assertThat(serverControls(shell.out() + shell.err())).isEmpty();
    }

    @Test
    void streamEventFieldsShowTheirControlCharactersVisibly() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        assertThat(shell.line("get -b /events")).isZero();
        assertThat(shell.out()).contains("tick^[]0;owned^G").contains("7^[[2J").contains("plain ^[[31mred");
        assertThat(serverControls(shell.out())).isEmpty();
    }

    /** A JSON escape in the body becomes a control character once parsed: jq, expressions and diff show it so. */
    @Test
    void valuesParsedFromTheBodyShowTheirControlCharactersVisibly() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        assertThat(shell.line("get -b /escaped-json")).isZero();
        assertThat(shell.line("get -b /json")).isZero();
        shell.clear();
        assertThat(shell.line("jq -r .a _1")).isZero(); // the string itself, not JSON
        assertThat(shell.out()).isEqualTo("x^[[2Jy\n");
        for (String line : new String[] {"_1.json()['a']", "jq .a _1", "_1.json()", "pp _1.json()", "diff _1 _2"}) {
            shell.clear();
            assertThat(shell.line(line)).as(line).isZero();
            assertThat(serverControls(shell.out())).as(line).isEmpty();
        }
    }

    @Test
    void errorsQuotingTheServerShowItsControlCharactersVisibly() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        assertThat(shell.line("get /header-line")).isEqualTo(7);
        assertThat(shell.err()).contains("no colon ^[]0;owned^Ghere");
        assertThat(serverControls(shell.err())).isEmpty();
    }

    @Test
    void watchShowsTheServersTextVisibly() {
        ShellHarness shell = new ShellHarness(server.base(), true);
        assertThat(shell.line("get /watched")).isZero();
        shell.clear();
        // the second answer changes the body; the third breaks with a header line quoting the server
        assertThat(shell.line("watch -n 0.1 --count 2")).as(shell::err).isZero();
        assertThat(shell.out()).contains("changed:").contains("no colon ^[]0;owned^Ghere");
        assertThat(serverControls(shell.out())).isEmpty();
    }

    @Test
    void runReportsCarryNoControlCharactersOfTheServerNorSecretQueryParameters(@TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        java.nio.file.Path script = java.nio.file.Files.writeString(
                folder.resolve("hostile.restsh"), "get /text api_key==s3cret\nexpect response.text == 'nope'\n");
        for (String format : new String[] {"tap", "json", "html"}) {
            java.nio.file.Path report = folder.resolve("report." + format);
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.oneShot("run", script.toString(), "--report", format, report.toString()))
                    .isEqualTo(6);
            String written = java.nio.file.Files.readString(report);
            assertThat(written).as(format).contains("api_key=***").doesNotContain("s3cret");
            assertThat(written.replaceAll("[\n\t]", "")).as(format).doesNotContainPattern("[\\x00-\\x1f\\x7f]");
        }
    }
}
