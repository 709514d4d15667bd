package dev.restsh.shell.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A self-signed HTTPS server (key made by keytool) and an HTTP proxy named by the environment. */
class TlsAndProxyTest {
    @TempDir
    static Path folder;

    private static HttpsServer https;
    private static Path certificate;

    @BeforeAll
    static void start() throws Exception {
        Path keystore = TlsFixtures.selfSigned(folder.resolve("server.p12"));
        certificate = folder.resolve("server.pem");
        TlsFixtures.keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "server",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-file",
                certificate.toString());
        SSLContext tls = TlsFixtures.serverContext(keystore, null);
        https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        https.createContext("/secure", exchange -> LoopbackServer.reply(exchange, 200, "secret garden"));
        https.createContext(
                "/q/openapi",
                exchange -> LoopbackServer.reply(
                        exchange,
                        200,
                        "application/json",
                        ("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": "
                                        + "{\"/secure\": {\"get\": {\"summary\": \"The garden\", \"responses\": "
                                        + "{\"200\": {\"description\": \"ok\"}}}}}}")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        https.createContext("/pages", exchange -> {
            exchange.getResponseHeaders().add("Link", "</secure>; rel=\"next\"");
            LoopbackServer.reply(exchange, 200, "page one");
        });
        https.start();
    }

    @AfterAll
    static void stop() {
        https.stop(0);
    }

    private static String url() {
        return "https://localhost:" + https.getAddress().getPort() + "/secure";
    }

    @Test
    void aSelfSignedCertificateFailsClearlyByDefault() {
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.oneShot("get", url())).isEqualTo(7);
        assertThat(shell.err())
                .startsWith("restsh: " + url() + ": TLS error")
                .contains("--verify=no")
                .doesNotContain("\tat ");
    }

    @Test
    void verifyNoAcceptsItAndTheReplGoesOn() {
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.line("get " + url())).isEqualTo(7);
        assertThat(shell.line("get " + url() + " --verify=no")).as(shell::err).isZero();
        assertThat(shell.out()).contains("secret garden");
    }

    @Test
    void cacertTrustsTheServersCertificate() {
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.oneShot("get", url(), "--cacert", certificate.toString()))
                .as(shell::err)
                .isZero();
        assertThat(shell.out()).contains("secret garden");
    }

    /**
     * The config file's cacert (or RESTSH_CACERT) is trusted by every request without --cacert or --verify, and by
     * the OpenAPI discovery before any request.
     */
    @Test
    void theConfiguredCacertIsTrustedByDefault() throws Exception {
        String base = "https://localhost:" + https.getAddress().getPort();
        java.util.Map<String, String> env = new java.util.HashMap<>(java.util.Map.of(
                "HOME",
                folder.toString(),
                "XDG_CONFIG_HOME",
                folder.resolve("config").toString(),
                "RESTSH_HISTORY",
                "off",
                "RESTSH_OPENAPI",
                "off",
                "RESTSH_BASE_URL",
                base));
        assertThat(mainRun(env, "get", "/secure", "--ignore-stdin")).isEqualTo(7);
        env.put("RESTSH_CACERT", certificate.toString());
        assertThat(mainRun(env, "get", "/secure", "--ignore-stdin")).isZero();
        assertThat(mainRun(env, "-c", "endpoints")).isZero();
        assertThat(mainRun(env, "get", "/secure", "--verify", "no", "--ignore-stdin"))
                .isZero();
        assertThat(mainRun(env, "get", "/secure", "--verify", "yes", "--ignore-stdin"))
                .isZero();
        assertThat(mainRun(env, "curl", url())).isEqualTo(7); // a pasted curl command is sent as curl would

        ShellHarness shell = new ShellHarness(base);
        shell.context().session().tls(new TlsSettings(true, certificate));
        assertThat(shell.line("get /secure")).as(shell::err).isZero();
        assertThat(shell.line("export curl")).isZero();
        assertThat(shell.line("env")).isZero();
        assertThat(shell.out())
                .contains("secret garden")
                .contains("--cacert " + certificate.toAbsolutePath())
                .contains("cacert: " + certificate);
    }

    static int mainRun(java.util.Map<String, String> env, String... args) {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            return dev.restsh.shell.Main.run(args, env);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** export curl writes --cacert; pasted back into restsh's curl command, the request is sent the same way. */
    @Test
    void anExportedCurlCommandWithCacertIsSentAgainAsCurlWould() {
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.line("get " + url() + " --cacert " + certificate))
                .as(shell::err)
                .isZero();
        assertThat(shell.line("export curl")).as(shell::err).isZero();
        String exported = shell.out()
                .lines()
                .filter(line -> line.startsWith("curl "))
                .reduce((first, last) -> last)
                .orElseThrow();
        assertThat(exported).contains("--cacert");
        assertThat(shell.line(exported)).as(shell::err).isZero();
        assertThat(shell.line("curl " + url())).isEqualTo(7); // no --cacert: the certificate is not trusted
        assertThat(shell.line("curl -k --cacert " + certificate + " " + url()))
                .as(shell::err)
                .isZero();
    }

    @Test
    void nextAndWatchKeepTheCacertOfTheRequestTheyRepeat() {
        ShellHarness shell =
                new ShellHarness("https://localhost:" + https.getAddress().getPort());
        assertThat(shell.line("get /pages --cacert " + certificate))
                .as(shell::err)
                .isZero();
        assertThat(shell.line("next")).as(shell::err).isZero();
        assertThat(shell.line("watch -n 0.1 --count 1")).as(shell::err).isZero();
        assertThat(shell.out()).contains("page one").contains("secret garden").contains("no change");
        assertThat(shell.err() + shell.out()).doesNotContain("TLS error");
    }

    /** The OpenAPI document is fetched with the TLS settings of the latest request to that server. */
    @Test
    void endpointsUseTheCacertOfTheLatestRequestToTheServer() {
        String base = "https://localhost:" + https.getAddress().getPort();
        ShellHarness untrusted = new ShellHarness(base);
        assertThat(untrusted.oneShot("endpoints")).isEqualTo(7);
        assertThat(untrusted.err()).startsWith("restsh: cannot fetch the OpenAPI document: ");
        ShellHarness shell = new ShellHarness(base);
        assertThat(shell.line("get /secure --cacert " + certificate))
                .as(shell::err)
                .isZero();
        assertThat(shell.line("endpoints")).as(shell::err).isZero();
        assertThat(shell.out()).contains("/secure").contains("The garden");
    }

    @Test
    void aCacertThatIsNotACertificateIsAUsageError() throws Exception {
        Path junk = Files.writeString(folder.resolve("junk.pem"), "not a certificate");
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.oneShot("get", url(), "--cacert", junk.toString())).isEqualTo(2);
        assertThat(shell.err()).contains("--cacert").contains("junk.pem");
    }

    @Test
    void curlMinusKSkipsTheCheckToo() {
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.line("curl -k " + url())).as(shell::err).isZero();
        assertThat(shell.out()).contains("secret garden");
    }

    @Test
    void exportCurlKeepsKCacertHttp11AndTheTimeoutSoCurlReachesTheServer() throws Exception {
        ShellHarness shell = new ShellHarness("http://localhost:1");
        assertThat(shell.line("curl -k " + url())).as(shell::err).isZero();
        assertThat(curl(shell)).startsWith("curl -k https://");
        assertThat(shell.line("get " + url() + " --cacert " + certificate + " --http1.1 --timeout 7.5"))
                .as(shell::err)
                .isZero();
        assertThat(curl(shell))
                .startsWith("curl --cacert " + certificate.toAbsolutePath() + " --http1.1 --max-time 7.5 https://");
        assertThat(shell.line("get " + url() + " --verify=no")).as(shell::err).isZero();
        assertThat(curl(shell)).startsWith("curl -k https://");
    }

    /** {@code export curl} of the last request, run by the real curl: it must get the page. */
    private static String curl(ShellHarness shell) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is installed");
        shell.clear();
        assertThat(shell.line("export curl")).as(shell::err).isZero();
        String command = shell.out().strip();
        Process process = new ProcessBuilder("sh", "-c", command + " -sS")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(command + "\n" + output).isZero();
        assertThat(output).isEqualTo("secret garden");
        return command;
    }

    @Test
    void httpProxyFromTheEnvironmentIsUsedByBothTransports() throws Exception {
        try (LoopbackServer proxy = new LoopbackServer()) {
            proxy.route("/", exchange -> LoopbackServer.reply(exchange, 200, "via proxy: " + exchange.getRequestURI()));
            ShellHarness shell = new ShellHarness("http://api.example.invalid")
                    .env(Map.of("HOME", folder.toString(), "HTTP_PROXY", "http://127.0.0.1:" + proxy.port()));
            assertThat(shell.line("get /items q==1")).as(shell::err).isZero();
            assertThat(shell.line("request PATCH /items")).as(shell::err).isZero();
            assertThat(shell.out())
                    .contains("via proxy: http://api.example.invalid/items?q=1")
                    .contains("via proxy: http://api.example.invalid/items\n");
        }
    }

    @Test
    void noProxyBypassesTheProxy() throws Exception {
        try (LoopbackServer target = new LoopbackServer()) {
            target.route("/", exchange -> LoopbackServer.reply(exchange, 200, "direct"));
            ShellHarness shell = new ShellHarness(target.base())
                    .env(Map.of("http_proxy", "http://127.0.0.1:1", "no_proxy", "localhost,127.0.0.1"));
            assertThat(shell.line("get /")).as(shell::err).isZero();
            assertThat(shell.out()).contains("direct");
        }
    }
}
