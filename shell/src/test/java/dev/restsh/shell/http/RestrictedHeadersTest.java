package dev.restsh.shell.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.restsh.shell.ShellHarness;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Host and Connection items are sent on every path: plain HTTP, other methods, HTTPS and HTTP/2 servers. */
class RestrictedHeadersTest {
    private static WireMockServer wiremock;

    @BeforeAll
    static void start() {
        wiremock = new WireMockServer(options().dynamicPort().dynamicHttpsPort());
        wiremock.start();
        wiremock.stubFor(any(urlEqualTo("/h")).willReturn(aResponse().withBody("ok")));
    }

    @AfterAll
    static void stop() {
        wiremock.stop();
    }

    @BeforeEach
    void reset() {
        wiremock.resetRequests();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "get http://127.0.0.1:{http}/h",
                "request PURGE http://127.0.0.1:{http}/h",
                "get https://127.0.0.1:{https}/h --verify=no",
                "get https://127.0.0.1:{https}/h --verify=no --http1.1"
            })
    void hostAndConnectionAreSent(String request) {
        String line = request.replace("{http}", String.valueOf(wiremock.port()))
                .replace("{https}", String.valueOf(wiremock.httpsPort()));
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.line(line + " Host:example.test Connection:close"))
                .as(shell::err)
                .isZero();
        LoggedRequest received = received();
        assertThat(received.getHeader("Host")).isEqualTo("example.test");
        assertThat(received.getHeader("Connection")).isEqualTo("close");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host:example.test", "Connection:keep-alive"})
    void eitherMakesAnHttp2ServerSpeakHttp11(String item) {
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.line("get https://127.0.0.1:" + wiremock.httpsPort() + "/h --verify=no " + item))
                .as(shell::err)
                .isZero();
        assertThat(shell.out() + shell.err()).contains("HTTP/1.1 200");
        assertThat(received().getProtocol()).isEqualTo("HTTP/1.1");
    }

    private static LoggedRequest received() {
        List<LoggedRequest> requests = wiremock.findAll(anyRequestedFor(urlEqualTo("/h")));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
