package dev.restsh.shell.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.repl.StdinReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A transfer that breaks is an error (exit status 7, one line saying what broke and how much arrived), never a
 * short or empty body shown as if all were well; what arrived stays in the response, marked incomplete.
 */
class BrokenTransferTest {
    private static final String TEXT = "Content-Type: text/plain\r\n";

    @AutoClose
    static final HostileServer server = new HostileServer()
            .reply(
                    "/bad-chunk-size",
                    "HTTP/1.1 200 OK\r\n" + TEXT + "Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n")
            .reply(
                    "/cut-chunk",
                    "HTTP/1.1 200 OK\r\n" + TEXT + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n9\r\nhal")
            .reply("/short", "HTTP/1.1 200 OK\r\n" + TEXT + "Content-Length: 100\r\n\r\npartial")
            .reply(
                    "/reset",
                    "HTTP/1.1 200 OK\r\n" + TEXT + "Content-Length: 100\r\n\r\npartial",
                    HostileServer.End.RESET)
            .reply(
                    "/bad-gzip",
                    "HTTP/1.1 200 OK\r\n" + TEXT
                            + "Content-Encoding: gzip\r\nContent-Length: 15\r\n\r\nnot gzip at all")
            .reply("/cut-gzip", gzipReply(true))
            .reply(
                    "/bad-deflate",
                    "HTTP/1.1 200 OK\r\n" + TEXT
                            + "Content-Encoding: deflate\r\nContent-Length: 8\r\n\r\n\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff")
            .reply("/cut-deflate", deflateReply())
            .reply("/http09", "hello from 1991\n")
            .reply("/huge-head", "HTTP/1.1 200 OK\r\nX-Big: " + "x".repeat(1 << 20) + "\r\nContent-Length: 2\r\n\r\nok")
            .reply("/bad-status", "HTTP/1.1 abc Whatever\r\nContent-Length: 2\r\n\r\nok")
            .reply("/bad-header", "HTTP/1.1 200 OK\r\nno colon in this line\r\nContent-Length: 2\r\n\r\nok");

    private static String gzipReply(boolean cut) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("hello hello hello hello, a body long enough to cut".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = cut ? Arrays.copyOf(zipped.toByteArray(), zipped.size() / 2) : zipped.toByteArray();
        return "HTTP/1.1 200 OK\r\n" + TEXT + "Content-Encoding: gzip\r\nContent-Length: " + bytes.length + "\r\n\r\n"
                + new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** A zlib stream (HTTP's "deflate") cut in its middle. */
    private static String deflateReply() {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(zipped)) {
            deflate.write("deflate deflate deflate, a body long enough to cut in two".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = Arrays.copyOf(zipped.toByteArray(), zipped.size() / 2);
        return "HTTP/1.1 200 OK\r\n" + TEXT + "Content-Encoding: deflate\r\nContent-Length: " + bytes.length
                + "\r\n\r\n" + new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @CsvSource({
        "/bad-chunk-size, chunk",
        "/cut-chunk, ",
        "/short, 7 of 100 bytes",
        "/reset, ",
        "/bad-gzip, gzip",
        "/cut-gzip, ",
        "/bad-deflate, deflate",
        "/cut-deflate, ",
        "/http09, ",
        "/bad-status, status",
        "/huge-head, header section is larger than the limit of 393216 bytes",
    })
    void aBrokenTransferIsANetworkErrorOnOneLine(String path, String named) {
        for (String transport : new String[] {"Accept:*/*", "Accept:"}) { // "Accept:" sends by java.net.http
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.oneShot("get", path, transport))
                    .as(transport + ": " + shell.out() + shell.err())
                    .isEqualTo(7);
            String[] lines = shell.err().strip().split("\n");
            String error = lines[lines.length - 1];
            assertThat(error).as(transport).startsWith("restsh: ").doesNotContain("Exception");
            if (named != null) {
                assertThat(error).as(transport).contains(named);
            }
        }
    }

    /** In the REPL and on stdin the same line is printed, the status is 7, and the next line runs. */
    @ParameterizedTest
    @CsvSource({
        "/bad-chunk-size, Accept:*/*",
        "/bad-chunk-size, Accept:",
        "/cut-chunk, Accept:",
        "/short, Accept:*/*",
        "/reset, Accept:",
        "/cut-gzip, Accept:*/*",
        "/cut-deflate, Accept:",
        "/http09, Accept:*/*",
        "/bad-status, Accept:",
        "/bad-header, Accept:*/*",
        "/huge-head, Accept:",
    })
    void theReplAndStdinGoOnAfterABrokenTransfer(String path, String transport) {
        ShellHarness repl = new ShellHarness(server.base());
        assertThat(repl.line("get " + path + " " + transport)).isEqualTo(7);
        assertThat(errors(repl)).hasSize(1); // the status line goes to stderr too when stdout is not a terminal
        assertThat(repl.line("len('go on')")).isZero();
        assertThat(repl.out()).endsWith("5\n");

        ShellHarness stdin = new ShellHarness(server.base());
        String input = "get " + path + " " + transport + "\nlen('go on')\n";
        int status = new StdinReader(
                        stdin.root(), stdin.context(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                .run();
        assertThat(status).isEqualTo(7);
        // how much had arrived when the JDK noticed may differ from one run to the next, and so its words
        assertThat(errors(stdin)).hasSize(1).first().asString().contains(path);
        assertThat(stdin.out()).endsWith("5\n");
    }

    private static java.util.List<String> errors(ShellHarness shell) {
        return shell.err().lines().filter(line -> line.startsWith("restsh: ")).toList();
    }

    /** HttpURLConnection (plain HTTP, standard methods) refuses a header line without a colon. */
    @org.junit.jupiter.api.Test
    void anUnparseableHeaderLineIsANetworkError() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.oneShot("get", "/bad-header")).isEqualTo(7);
        assertThat(shell.err()).contains("unparseable header line: no colon in this line");
    }

    /**
     * java.net.http (TLS, HTTP/2, other methods) skips a header line without a colon without a word, and offers
     * no hook to see it (the JDK's Http1HeaderParser, JDK 17 to 25): the rest of the response arrives whole, and
     * docs/REQUESTS.md says so. This test notices the day a JDK starts refusing the line.
     */
    @org.junit.jupiter.api.Test
    void javaNetHttpDropsAHeaderLineWithoutAColon() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.oneShot("get", "/bad-header", "Accept:")).isZero();
        assertThat(shell.out()).isEqualTo("ok\n");
        shell.clear();
        assertThat(shell.line("response.headers")).isZero();
        assertThat(shell.out()).doesNotContain("colon");
    }

    @ParameterizedTest
    @CsvSource({"/short, partial", "/cut-chunk, hello"})
    void whatArrivedStaysInTheResponseMarkedIncomplete(String path, String arrived) {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("get " + path)).isEqualTo(7);
        shell.clear();
        assertThat(shell.line("response.complete")).isZero();
        assertThat(shell.out()).isEqualTo("false\n");
        shell.clear();
        assertThat(shell.line("response.text")).isZero();
        assertThat(shell.out()).startsWith(arrived);
    }
}
