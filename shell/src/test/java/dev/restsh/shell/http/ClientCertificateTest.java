package dev.restsh.shell.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutual TLS against a real TLS server that requires a client certificate (the JDK's HttpsServer with
 * needClientAuth, trusting a CA made here), with keys in every format curl accepts, made by openssl.
 */
class ClientCertificateTest {
    private static final Path OPENSSL = Path.of("/usr/bin/openssl");

    @TempDir
    static Path folder;

    private static HttpsServer https;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                Files.isExecutable(OPENSSL),
                "openssl is not installed (Debian package openssl; scripts/lib/install-test-deps installs it)");
        openssl(
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-days",
                "2",
                "-subj",
                "/CN=restsh test CA");
        Files.writeString(folder.resolve("server.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        signed("server", "localhost", "rsa:2048", "-extfile", "server.ext");
        openssl(
                "pkcs12",
                "-export",
                "-in",
                "server.pem",
                "-inkey",
                "server.key",
                "-passout",
                "pass:changeit",
                "-out",
                "server.p12");
        signed("client", "restsh-client", "rsa:2048");
        // The same RSA key as PKCS#1 (plain and encrypted), encrypted PKCS#8, and with the chain as PKCS#12.
        openssl("rsa", "-in", "client.key", "-traditional", "-out", "client-pkcs1.key");
        openssl(
                "rsa",
                "-in",
                "client.key",
                "-traditional",
                "-aes256",
                "-passout",
                "pass:s3cret",
                "-out",
                "client-pkcs1-enc.key");
        openssl(
                "pkcs8",
                "-topk8",
                "-in",
                "client.key",
                "-v2",
                "aes-256-cbc",
                "-passout",
                "pass:s3cret",
                "-out",
                "client-pkcs8-enc.key");
        openssl(
                "pkcs12",
                "-export",
                "-in",
                "client.pem",
                "-inkey",
                "client.key",
                "-passout",
                "pass:s3cret",
                "-out",
                "client.p12");
        Files.writeString(
                folder.resolve("client-both.pem"),
                Files.readString(folder.resolve("client.pem")) + Files.readString(folder.resolve("client.key")));
        openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "ec.key");
        openssl("req", "-new", "-key", "ec.key", "-out", "ec.csr", "-subj", "/CN=restsh-ec-client");
        openssl(
                "x509",
                "-req",
                "-in",
                "ec.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-out",
                "ec.pem",
                "-days",
                "2");
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "other.key");

        https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(serverContext()) {
            @Override
            public void configure(HttpsParameters parameters) {
                javax.net.ssl.SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        https.createContext("/whoami", exchange -> {
            String who;
            try {
                who = ((HttpsExchange) exchange)
                        .getSSLSession()
                        .getPeerPrincipal()
                        .getName();
            } catch (SSLPeerUnverifiedException e) {
                who = "nobody";
            }
            LoopbackServer.reply(exchange, 200, "hello " + who);
        });
        https.createContext(
                "/q/openapi",
                exchange -> LoopbackServer.reply(
                        exchange,
                        200,
                        "application/json",
                        ("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": "
                                        + "{\"/whoami\": {\"get\": {\"summary\": \"Who you are\", \"responses\": "
                                        + "{\"200\": {\"description\": \"ok\"}}}}}}")
                                .getBytes(StandardCharsets.UTF_8)));
        https.start();
    }

    /** The server's key, trusting only the test CA's client certificates. */
    private static SSLContext serverContext() throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(folder.resolve("ca.pem"))) {
            trusted.setCertificateEntry(
                    "ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        return TlsFixtures.serverContext(folder.resolve("server.p12"), trust.getTrustManagers());
    }

    @AfterAll
    static void stop() {
        if (https != null) {
            https.stop(0);
        }
    }

    @AfterEach
    void noTerminal() {
        ClientCertificate.prompt = file -> null;
    }

    /** A key and a certificate signed by the test CA. */
    private static void signed(String name, String commonName, String key, String... extensions) throws Exception {
        openssl(
                "req",
                "-newkey",
                key,
                "-nodes",
                "-keyout",
                name + ".key",
                "-out",
                name + ".csr",
                "-subj",
                "/CN=" + commonName);
        List<String> args = new ArrayList<>(List.of(
                "x509",
                "-req",
                "-in",
                name + ".csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-out",
                name + ".pem",
                "-days",
                "2"));
        args.addAll(List.of(extensions));
        openssl(args.toArray(new String[0]));
    }

    private static void openssl(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(OPENSSL.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(command + "\n" + output).isZero();
    }

    private static String base() {
        return "https://localhost:" + https.getAddress().getPort();
    }

    private static String file(String name) {
        return folder.resolve(name).toString();
    }

    private static ShellHarness shell() {
        return new ShellHarness(base());
    }

    private static int get(ShellHarness shell, String... options) {
        List<String> args = new ArrayList<>(List.of("get", base() + "/whoami", "--cacert", file("ca.pem")));
        args.addAll(List.of(options));
        return shell.oneShot(args.toArray(new String[0]));
    }

    @Test
    void withoutACertificateTheHandshakeFailsWithOneClearLine() {
        ShellHarness shell = shell();
        assertThat(get(shell)).isEqualTo(7);
        assertThat(shell.err())
                .startsWith("restsh: " + base() + "/whoami: TLS error")
                .contains(
                        "the server asked for a client certificate and none was sent (give one it trusts with --cert FILE)")
                .doesNotContain("\tat ");
        assertThat(shell.err().strip().lines()).hasSize(1);
    }

    @Test
    void everyKeyFormatIsAccepted() {
        for (List<String> options : List.of(
                List.of("--cert", file("client.pem"), "--cert-key", file("client.key")),
                List.of("--cert", file("client.pem"), "--cert-key", file("client-pkcs1.key")),
                List.of(
                        "--cert",
                        file("client.pem"),
                        "--cert-key",
                        file("client-pkcs1-enc.key"),
                        "--cert-key-pass",
                        "s3cret"),
                List.of(
                        "--cert",
                        file("client.pem"),
                        "--cert-key",
                        file("client-pkcs8-enc.key"),
                        "--cert-key-pass",
                        "s3cret"),
                List.of("--cert", file("client-both.pem")),
                List.of("--cert", file("client.p12"), "--cert-key-pass", "s3cret"))) {
            ShellHarness shell = shell();
            assertThat(get(shell, options.toArray(new String[0])))
                    .as(options + ": " + shell.err())
                    .isZero();
            assertThat(shell.out()).as(options.toString()).contains("hello CN=restsh-client");
        }
        ShellHarness ec = shell();
        assertThat(get(ec, "--cert", file("ec.pem"), "--cert-key", file("ec.key")))
                .as(ec::err)
                .isZero();
        assertThat(ec.out()).contains("hello CN=restsh-ec-client");
    }

    @Test
    void anEncryptedKeysPasswordIsAskedForOnceWhenNotGiven() {
        AtomicInteger asked = new AtomicInteger();
        ClientCertificate.prompt = file -> {
            asked.incrementAndGet();
            assertThat(file.getFileName()).hasToString("client-pkcs8-enc.key");
            return "s3cret".toCharArray();
        };
        ShellHarness shell = shell();
        String options = " --cacert " + file("ca.pem") + " --cert " + file("client.pem") + " --cert-key "
                + file("client-pkcs8-enc.key");
        assertThat(shell.line("get " + base() + "/whoami" + options))
                .as(shell::err)
                .isZero();
        assertThat(shell.line("get " + base() + "/whoami" + options))
                .as(shell::err)
                .isZero();
        assertThat(shell.out()).contains("hello CN=restsh-client");
        assertThat(asked).hasValue(1); // the same files again: the client made for them is reused
    }

    @Test
    void mistakesInFilesAndPasswordsAreUsageErrorsNamingTheFile() throws Exception {
        Path unreadable = folder.resolve("missing.pem");
        Path junk = Files.writeString(folder.resolve("junk.p12"), "\u0001\u0002 not a key store");
        Map<List<String>, String> cases = Map.of(
                List.of("--cert", file("client.pem"), "--cert-key", file("client-pkcs8-enc.key")),
                "the key is encrypted: give its password with --cert-key-pass PASS",
                List.of(
                        "--cert",
                        file("client.pem"),
                        "--cert-key",
                        file("client-pkcs8-enc.key"),
                        "--cert-key-pass",
                        "wrong"),
                "client key " + file("client-pkcs8-enc.key") + ": wrong password for the key",
                List.of(
                        "--cert",
                        file("client.pem"),
                        "--cert-key",
                        file("client-pkcs1-enc.key"),
                        "--cert-key-pass",
                        "wrong"),
                "wrong password for the key",
                List.of("--cert", file("client.p12"), "--cert-key-pass", "wrong"),
                "client certificate " + file("client.p12") + ": wrong password",
                List.of("--cert", file("client.pem"), "--cert-key", file("other.key")),
                "client key " + file("other.key") + " does not match the certificate in " + file("client.pem"),
                List.of("--cert", unreadable.toString()),
                "client certificate " + unreadable + ": cannot read it",
                List.of("--cert", file("client.pem")),
                "has no private key in it: give it with --cert-key FILE",
                List.of("--cert", junk.toString()),
                "neither PEM nor PKCS#12",
                List.of("--cert-key", file("client.key")),
                "--cert-key needs a client certificate: --cert FILE");
        for (Map.Entry<List<String>, String> mistake : cases.entrySet()) {
            ShellHarness shell = shell();
            assertThat(get(shell, mistake.getKey().toArray(new String[0])))
                    .as(mistake.getKey() + ": " + shell.err())
                    .isEqualTo(2);
            assertThat(shell.err()).as(mistake.getKey().toString()).contains(mistake.getValue());
            assertThat(shell.err().strip().lines()).hasSize(1);
            assertThat(shell.err()).doesNotContain("s3cret");
        }
    }

    /** The config's cert and cert.key (here through RESTSH_CERT…) serve every request and the OpenAPI discovery. */
    @Test
    void theConfiguredCertificateServesRequestsAndTheOpenApiDiscovery() {
        Map<String, String> env = new HashMap<>(Map.of(
                "HOME", folder.toString(),
                "XDG_CONFIG_HOME", folder.resolve("config").toString(),
                "RESTSH_HISTORY", "off",
                "RESTSH_OPENAPI", "off",
                "RESTSH_BASE_URL", base(),
                "RESTSH_CACERT", file("ca.pem")));
        assertThat(TlsAndProxyTest.mainRun(env, "get", "/whoami", "--ignore-stdin"))
                .isEqualTo(7);
        env.put("RESTSH_CERT", file("client.pem"));
        env.put("RESTSH_CERT_KEY", file("client.key"));
        assertThat(TlsAndProxyTest.mainRun(env, "get", "/whoami", "--ignore-stdin"))
                .isZero();
        assertThat(TlsAndProxyTest.mainRun(env, "-c", "endpoints")).isZero();

        ShellHarness shell = shell();
        shell.context()
                .session()
                .tls(new TlsSettings(true, folder.resolve("ca.pem"))
                        .withClient(new ClientCertificate(
                                folder.resolve("client.pem"), folder.resolve("client.key"), null)));
        assertThat(shell.line("endpoints")).as(shell::err).isZero();
        assertThat(shell.out()).contains("/whoami").contains("Who you are");
    }

    /** export curl writes --cert and --key (never a password), and the real curl gets through with them. */
    @Test
    void exportCurlWritesCertAndKeyForTheRealCurl() throws Exception {
        ShellHarness shell = shell();
        assertThat(get(shell, "--cert", file("client.pem"), "--cert-key", file("client.key")))
                .isZero();
        shell.clear();
        assertThat(shell.line("export curl")).as(shell::err).isZero();
        String command = shell.out().strip();
        assertThat(command)
                .startsWith("curl --cacert " + file("ca.pem") + " --cert " + file("client.pem") + " --key "
                        + file("client.key") + " ");

        ShellHarness p12 = shell();
        assertThat(get(p12, "--cert", file("client.p12"), "--cert-key-pass", "s3cret"))
                .isZero();
        p12.clear();
        assertThat(p12.line("export curl")).isZero();
        assertThat(p12.out())
                .contains("--cert " + file("client.p12") + " --cert-type P12")
                .doesNotContain("s3cret");

        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is not installed");
        Process process = new ProcessBuilder("sh", "-c", command + " -sS")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as(command).isEqualTo("hello CN=restsh-client");
    }
}
