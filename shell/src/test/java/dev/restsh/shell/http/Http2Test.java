package dev.restsh.shell.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.restsh.shell.ShellHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP/2 where the server offers it over TLS (WireMock's Jetty, self-signed), HTTP/1.1 when asked. */
class Http2Test {
    private static WireMockServer wiremock;

    @BeforeAll
    static void start() {
        wiremock = new WireMockServer(options().dynamicPort().dynamicHttpsPort());
        wiremock.start();
        wiremock.stubFor(get("/v")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"a\":1}")));
    }

    @AfterAll
    static void stop() {
        wiremock.stop();
    }

    @Test
    void http2IsNegotiatedOverTlsAndHttp11OnRequest() {
        ShellHarness shell = new ShellHarness("https://localhost:" + wiremock.httpsPort());
        assertThat(shell.line("get /v --verify=no")).as(shell::err).isZero();
        assertThat(shell.line("get /v --verify=no --http1.1")).as(shell::err).isZero();
        assertThat(shell.line("get /v")).isEqualTo(7);
        String statusLines = shell.out() + shell.err();
        assertThat(statusLines).contains("HTTP/2 200").contains("HTTP/1.1 200");
    }

    @Test
    void http2PseudoHeadersAreNotResponseHeaders() {
        ShellHarness shell = new ShellHarness("https://localhost:" + wiremock.httpsPort());
        assertThat(shell.line("get /v --verify=no -h")).as(shell::err).isZero();
        assertThat(shell.out()).startsWith("HTTP/2 200").doesNotContain(":status");
        shell.clear();
        shell.line("print response.headers");
        shell.line("print len(response.headers)");
        assertThat(shell.out()).doesNotContain(":status").endsWith("}\n3\n");
    }
}
