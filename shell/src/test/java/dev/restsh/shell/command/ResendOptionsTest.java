package dev.restsh.shell.command;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code next} and {@code watch} send again with the options of the request they repeat: certificate checks,
 * HTTP/1.1, redirects and timeouts (WireMock's Jetty: self-signed TLS with HTTP/2, and plain HTTP).
 */
class ResendOptionsTest {
    private static WireMockServer wiremock;

    @BeforeAll
    static void start() {
        wiremock = new WireMockServer(options().dynamicPort().dynamicHttpsPort());
        wiremock.start();
        wiremock.stubFor(get("/first")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Link", "</second>; rel=\"next\"")
                        .withBody("[1]")));
        wiremock.stubFor(get("/second")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("[2]")));
        wiremock.stubFor(any(urlPathEqualTo("/moved"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "/second")));
        wiremock.stubFor(get("/quick")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Link", "</slow>; rel=\"next\"")
                        .withBody("[1]")));
        wiremock.stubFor(
                get("/slow").willReturn(aResponse().withFixedDelay(6000).withBody("[2]")));
    }

    @AfterAll
    static void stop() {
        wiremock.stop();
    }

    @BeforeEach
    void forget() {
        wiremock.resetRequests();
    }

    private static String https() {
        return "https://localhost:" + wiremock.httpsPort();
    }

    @Test
    void nextKeepsVerifyNoAndHttp11() {
        ShellHarness shell = new ShellHarness(https());
        assertThat(shell.line("get /first --verify=no --http1.1"))
                .as(shell::err)
                .isZero();
        assertThat(shell.line("next -b")).as(shell::err).isZero();
        assertThat(shell.out().replaceAll("\\s", "")).isEqualTo("[1][2]");
        assertThat(shell.err()).as("both over HTTP/1.1, not HTTP/2").doesNotContain("HTTP/2");
        assertThat(shell.err().lines().filter(line -> line.startsWith("HTTP/1.1 200")))
                .hasSize(1);
    }

    @Test
    void watchKeepsVerifyNo() {
        ShellHarness shell = new ShellHarness(https());
        assertThat(shell.line("watch -n 0.1 --count 2 get /second --verify=no"))
                .as(shell::err)
                .isZero();
        assertThat(shell.out()).doesNotContain("TLS error").containsPattern("#2] HTTP/2 200 OK .*no change");
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo("/second")))).hasSize(3);
    }

    @Test
    void watchKeepsNoFollow() {
        ShellHarness shell = new ShellHarness("http://localhost:" + wiremock.port());
        assertThat(shell.line("watch -n 0.1 --count 1 get /moved --no-follow"))
                .as(shell::err)
                .isZero();
        assertThat(shell.out()).containsPattern("#1] HTTP/1.1 302 Found .*no change");
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo("/second")))).isEmpty();
    }

    @Test
    void nextKeepsTheTimeoutGivenOrConfigured() {
        ShellHarness shell = new ShellHarness("http://localhost:" + wiremock.port());
        assertThat(shell.line("get /second"))
                .as("warm-up, so that the short timeouts below only meet /slow")
                .isZero();
        assertThat(shell.line("get /quick --timeout 1.5")).as(shell::err).isZero();
        assertThat(shell.line("next")).isEqualTo(7);
        assertThat(shell.err()).contains("/slow: timed out waiting for the response");
        shell.clear();
        shell.context().session().timeout(Duration.ofMillis(1500)); // the config file's timeout
        assertThat(shell.line("get /quick")).as(shell::err).isZero();
        assertThat(shell.line("next")).isEqualTo(7);
        assertThat(shell.err()).contains("/slow: timed out waiting for the response");
    }

    @Test
    void editAloneKeepsVerifyNoAndNoFollowUnlessItsLineSaysOtherwise(@TempDir Path folder) throws Exception {
        Path editor = folder.resolve("editor.sh");
        Files.writeString(editor, "#!/bin/sh\nprintf '{\"a\": 2}' > \"$1\"\n");
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
        ShellHarness shell = new ShellHarness(https());
        shell.context()
                .settings(Settings.resolve(
                        Map.of("RESTSH_EDITOR", editor.toString(), "RESTSH_HISTORY", "off"), Map.of()));
        assertThat(shell.line("post /moved a=1 --verify=no --no-follow"))
                .as(shell::err)
                .isEqualTo(3);
        assertThat(shell.line("edit")).as(shell::err).isEqualTo(3);
        assertThat(wiremock.findAll(postRequestedFor(urlPathEqualTo("/moved")))).hasSize(2);
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo("/second")))).isEmpty();
        assertThat(shell.line("edit --timeout 5")).as(shell::err).isEqualTo(3);
        assertThat(shell.line("edit --verify=yes")).isEqualTo(7);
        assertThat(shell.err()).contains("TLS error");
    }

    /** A pasted curl command without -m waits as long as the config file's timeout says, as other requests do. */
    @Test
    void aPastedCurlCommandTakesTheConfiguredTimeout() {
        ShellHarness shell = new ShellHarness("http://localhost:" + wiremock.port());
        shell.context().session().timeout(Duration.ofMillis(300));
        assertThat(shell.line("curl http://localhost:" + wiremock.port() + "/slow"))
                .isEqualTo(7);
        assertThat(shell.err()).contains("timed out");
        assertThat(shell.line("curl -m 10 http://localhost:" + wiremock.port() + "/first"))
                .as(shell::err)
                .isZero();
    }
}
