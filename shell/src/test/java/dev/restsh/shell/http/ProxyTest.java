package dev.restsh.shell.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.restsh.shell.LocalServerProcess;
import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests through a real proxy: Debian's tinyproxy with BasicAuth, started here on a free loopback port and
 * stopped by its process; plain HTTP on both transports, HTTPS through CONNECT.
 */
class ProxyTest {
    @TempDir
    static Path folder;

    private static LocalServerProcess tinyproxy;
    private static int proxyPort;
    private static LoopbackServer origin;
    private static HttpsServer https;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> binary = List.of("/usr/bin/tinyproxy", "/usr/sbin/tinyproxy").stream()
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
        assumeTrue(
                binary.isPresent(),
                "tinyproxy is not installed (Debian package tinyproxy-bin; scripts/lib/install-test-deps installs it)");
        proxyPort = LocalServerProcess.freePort();
        Path config = Files.writeString(
                folder.resolve("tinyproxy.conf"),
                "Port " + proxyPort + "\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\nBasicAuth ann s3cret\n"
                        + "LogLevel Error\nLogFile \"" + folder.resolve("tinyproxy.log") + "\"\n");
        tinyproxy = LocalServerProcess.start(
                List.of(binary.get().toString(), "-d", "-c", config.toString()),
                folder.resolve("tinyproxy.out"),
                proxyPort);

        origin = new LoopbackServer();
        origin.route("/", exchange -> LoopbackServer.reply(exchange, 200, seen(exchange)));
        https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(
                TlsFixtures.serverContext(TlsFixtures.selfSigned(folder.resolve("server.p12")), null)));
        https.createContext("/", exchange -> LoopbackServer.reply(exchange, 200, "tls " + seen(exchange)));
        https.start();
    }

    /** What the origin server saw: whether the request came through the proxy, and any proxy credentials. */
    private static String seen(HttpExchange exchange) {
        String via = exchange.getRequestHeaders().getFirst("Via");
        return exchange.getRequestMethod() + " " + exchange.getRequestURI() + " via="
                + (via != null && via.contains("tinyproxy") ? "tinyproxy" : "none") + " proxy-authorization="
                + exchange.getRequestHeaders().getFirst("Proxy-Authorization");
    }

    @AfterAll
    static void stop() throws Exception {
        if (tinyproxy != null) {
            tinyproxy.close();
        }
        if (origin != null) {
            origin.close();
        }
        if (https != null) {
            https.stop(0);
        }
    }

    private static String proxy(String userInfo) {
        return "http://" + userInfo + "127.0.0.1:" + proxyPort;
    }

    private static String httpsUrl() {
        return "https://localhost:" + https.getAddress().getPort() + "/secure";
    }

    @Test
    void plainHttpGoesThroughTheProxyWithItsCredentialsOnBothTransportsLoopbackIncluded() {
        ShellHarness shell = new ShellHarness(origin.base());
        String via = " --proxy " + proxy("ann:s3cret@");
        assertThat(shell.line("get /items q==1" + via)).as(shell::err).isZero();
        assertThat(shell.line("patch /items a=1" + via)).as(shell::err).isZero();
        assertThat(shell.out())
                .contains("GET /items?q=1 via=tinyproxy proxy-authorization=null")
                .contains("PATCH /items via=tinyproxy proxy-authorization=null");
    }

    @Test
    void httpsIsTunnelledWithConnectAndTheCredentialsNeverReachTheServer() {
        ShellHarness shell = new ShellHarness(origin.base());
        assertThat(shell.line("get " + httpsUrl() + " --verify=no --proxy " + proxy("ann:s3cret@")))
                .as(shell::err)
                .isZero();
        assertThat(shell.out()).contains("tls GET /secure via=none proxy-authorization=null");
    }

    @Test
    void verboseOutputMasksTheProxyCredentials() {
        ShellHarness shell = new ShellHarness(origin.base());
        assertThat(shell.line("get /v -v --proxy " + proxy("ann:s3cret@")))
                .as(shell::err)
                .isZero();
        assertThat(shell.out())
                .contains("Proxy-Authorization: Basic ***")
                .doesNotContain("YW5uOnMzY3JldA") // base64 of ann:s3cret
                .doesNotContain("s3cret");
    }

    @Test
    void a407IsOneClearLine() {
        for (String url : List.of(origin.base() + "/x", httpsUrl())) {
            ShellHarness none = new ShellHarness(origin.base());
            assertThat(none.oneShot("get", url, "--verify=no", "--proxy", proxy("")))
                    .isEqualTo(7);
            assertThat(none.err())
                    .isEqualTo("restsh: " + url + ": the proxy http://127.0.0.1:" + proxyPort
                            + " wants credentials (407): give them as --proxy http://USER:PASS@127.0.0.1:" + proxyPort
                            + "\n");
            // tinyproxy answers wrong credentials with 401 (not 407): shown as its response, or a failed tunnel.
            ShellHarness wrong = new ShellHarness(origin.base());
            assertThat(wrong.oneShot("get", url, "--verify=no", "--proxy", proxy("ann:wrong@")))
                    .isEqualTo(url.startsWith("https") ? 7 : 4);
            assertThat(wrong.out() + wrong.err()).contains("401").doesNotContain("ann:wrong");
        }
    }

    @Test
    void proxyNoneAndNoProxyGoDirect() {
        ShellHarness shell = new ShellHarness(origin.base())
                .env(Map.of("HOME", folder.toString(), "http_proxy", "http://127.0.0.1:1"));
        assertThat(shell.line("get /direct --proxy none")).as(shell::err).isZero();
        assertThat(shell.out()).contains("GET /direct via=none");

        ShellHarness bypassed =
                new ShellHarness(origin.base()).env(Map.of("HOME", folder.toString(), "NO_PROXY", "127.0.0.1"));
        assertThat(bypassed.line("get /skipped --proxy http://127.0.0.1:1"))
                .as(bypassed::err)
                .isZero();
        assertThat(bypassed.out()).contains("GET /skipped via=none");
    }

    @Test
    void theEnvironmentsProxyMayCarryCredentialsToo() {
        ShellHarness shell = new ShellHarness(origin.base())
                .env(Map.of(
                        "HOME", folder.toString(),
                        "http_proxy", proxy("ann:s3cret@"),
                        "https_proxy", proxy("ann:s3cret@")));
        assertThat(shell.line("get http://api.example.invalid:" + origin.port() + "/env"))
                .isEqualTo(5); // tinyproxy cannot resolve the name (500): the request went to the proxy
        assertThat(shell.line("get /env")).as(shell::err).isZero(); // loopback: the variables apply too
        assertThat(shell.line("get " + httpsUrl() + " --verify=no"))
                .as(shell::err)
                .isZero();
        assertThat(shell.out()).contains("GET /env via=tinyproxy").contains("tls GET /secure via=none");
    }

    /** The config's proxy (here RESTSH_PROXY) serves every request; export curl names it without the password. */
    @Test
    void theConfiguredProxyIsUsedAndExportedWithoutItsPassword() {
        Map<String, String> env = new HashMap<>(Map.of(
                "HOME", folder.toString(),
                "XDG_CONFIG_HOME", folder.resolve("config").toString(),
                "RESTSH_HISTORY", "off",
                "RESTSH_OPENAPI", "off",
                "RESTSH_BASE_URL", origin.base(),
                "RESTSH_PROXY", proxy("ann:wrong@")));
        assertThat(TlsAndProxyTest.mainRun(env, "get", "/configured", "--ignore-stdin"))
                .isEqualTo(4); // tinyproxy's 401 for wrong credentials
        env.put("RESTSH_PROXY", proxy("ann:s3cret@"));
        assertThat(TlsAndProxyTest.mainRun(env, "get", "/configured", "--ignore-stdin"))
                .isZero();
        env.put("RESTSH_PROXY", "ftp://x");
        assertThat(TlsAndProxyTest.mainRun(env, "get", "/configured", "--ignore-stdin"))
                .isEqualTo(2);

        ShellHarness shell = new ShellHarness(origin.base());
        shell.context().session().proxy(ProxySetting.parse(proxy("ann:s3cret@")));
        assertThat(shell.line("get /exported")).as(shell::err).isZero();
        shell.clear();
        assertThat(shell.line("export curl")).as(shell::err).isZero();
        assertThat(shell.out())
                .startsWith("curl --proxy http://127.0.0.1:" + proxyPort + " --proxy-user ann ")
                .doesNotContain("s3cret")
                .doesNotContain("Proxy-Authorization");
    }
}
