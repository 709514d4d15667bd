package dev.restsh.shell.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.restsh.shell.LocalServerProcess;
import dev.restsh.shell.ShellHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code auth digest} against a real server: Debian's python3-httpbin, started here on a free loopback port and
 * stopped by its process, whose {@code /digest-auth/auth/USER/PASS/ALGORITHM} challenges and checks the answer.
 */
class DigestAuthTest {
    private static final Path HTTPBIN = Path.of("/usr/lib/python3/dist-packages/httpbin/core.py");

    @TempDir
    static Path folder;

    private static LocalServerProcess httpbin;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                Files.exists(HTTPBIN),
                "httpbin is not installed (Debian package python3-httpbin; scripts/lib/install-test-deps installs it)");
        port = LocalServerProcess.freePort();
        httpbin = LocalServerProcess.start(
                List.of(
                        "/usr/bin/python3",
                        "-m",
                        "httpbin.core",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        String.valueOf(port)),
                folder.resolve("httpbin.out"),
                port);
    }

    @AfterAll
    static void stop() throws Exception {
        if (httpbin != null) {
            httpbin.close();
        }
    }

    private static ShellHarness shell() {
        return new ShellHarness("http://127.0.0.1:" + port);
    }

    @Test
    void answersAnMd5Challenge() {
        ShellHarness shell = shell();
        assertThat(shell.line("auth digest ann:s3cret")).isZero();
        assertThat(shell.line("get /digest-auth/auth/ann/s3cret/MD5")).isZero();
        assertThat(shell.out())
                .contains("auth: digest ann:***")
                .contains("\"authenticated\": true")
                .doesNotContain("s3cret\n");
    }

    @Test
    void answersASha256ChallengeShowingBothRequestsMasked() {
        ShellHarness shell = shell();
        shell.line("auth digest ann:s3cret");
        assertThat(shell.line("get -v /digest-auth/auth/ann/s3cret/SHA-256")).isZero();
        assertThat(shell.out())
                .contains("\"authenticated\": true")
                .contains("Authorization: Digest ***")
                .doesNotContain("username=")
                .doesNotContain("401");
    }

    @Test
    void aWrongPasswordIsTheServersSecond401() {
        ShellHarness shell = shell();
        shell.line("auth digest ann:wrong");
        shell.line("get -v /digest-auth/auth/ann/s3cret/MD5");
        assertThat(shell.out()).contains("401").contains("Authorization: Digest ***");
    }

    @Test
    void anEnvironmentsDigestAuthOneShot() throws Exception {
        Path project =
                Files.createDirectories(folder.resolve("project/.restsh")).getParent();
        Files.writeString(
                project.resolve(".restsh/environments.toml"),
                "[dg]\nbase = \"http://127.0.0.1:" + port + "\"\nauth = { digest = \"ann:${env:ANN_PASSWORD}\" }\n");
        ShellHarness shell = new ShellHarness("http://localhost:1")
                .env(java.util.Map.of("HOME", folder.resolve("home").toString(), "ANN_PASSWORD", "s3cret"));
        shell.context().workingDirectory(project);
        assertThat(shell.oneShot("--env", "dg", "get", "/digest-auth/auth/ann/s3cret/SHA-256"))
                .as(shell::err)
                .isZero();
        assertThat(shell.out()).contains("\"authenticated\": true");
    }

    @Test
    void basicAuthIsNotAnsweredWithDigest() {
        ShellHarness shell = shell();
        shell.line("auth basic ann:s3cret");
        shell.line("get -v /digest-auth/auth/ann/s3cret/MD5");
        assertThat(shell.out()).contains("401").doesNotContain("Digest ***");
    }
}
