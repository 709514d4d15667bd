package dev.restsh.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.oauth.DeviceServer;
import dev.restsh.shell.oauth.TestProvider;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code auth oauth2 ...} through the real command tree: REPL lines, one-shot and {@code -c}, against a real
 * provider on loopback; the token never shows in auth, env, -v, exports, scripts or unasked session files.
 */
class OAuth2CommandTest {
    @AutoClose
    private static final TestProvider provider = new TestProvider();

    @AutoClose
    private static final LoopbackServer api = new LoopbackServer().route("/", LoopbackServer.echo());

    @TempDir
    Path home;

    @AfterEach
    void restoreHooks() {
        OAuth2GrantCommand.secretReader = prompt -> null;
        OAuth2GrantCommand.browser = null;
        OAuth2GrantCommand.pause = dev.restsh.shell.oauth.Interaction.SLEEP;
    }

    private ShellHarness shell() {
        OAuth2GrantCommand.secretReader = prompt -> null; // no terminal, unless a test types
        return new ShellHarness(api.base()).home(home);
    }

    private String clientCredentials() {
        return "auth oauth2 client-credentials --issuer " + provider.issuer()
                + " --client-id cli --client-secret {{secret}} --scope api";
    }

    /** The access token the echo server saw last. */
    private static String sentToken(ShellHarness shell) {
        String out = shell.out();
        int at = out.lastIndexOf("authorization: Bearer ");
        return out.substring(at + "authorization: Bearer ".length(), out.indexOf('\n', at));
    }

    @Test
    void clientCredentialsInTheReplSendTheTokenAndAuthShowsEverythingButIt() {
        ShellHarness shell = shell();
        shell.line("set secret=s3cret");
        provider.nextRequiresSecret("s3cret");
        assertThat(shell.line(clientCredentials())).isZero();
        assertThat(shell.out())
                .contains("auth: oauth2 client-credentials (issuer " + provider.issuer()
                        + ", client cli, scopes api, expires in 59m");
        assertThat(shell.line("get /")).isZero();
        String token = sentToken(shell);
        assertThat(token).startsWith("eyJ");
        shell.clear();
        shell.line("auth");
        shell.line("env");
        shell.line("get -v /");
        assertThat(shell.out())
                .contains("auth: oauth2 client-credentials")
                .contains("fetched again before it expires")
                .contains("Authorization: Bearer ***");
        assertThat(shell.out().replace("authorization: Bearer " + token, "")).doesNotContain(token);
        shell.clear();
        shell.line("auth --show-secrets");
        assertThat(shell.out()).contains("token " + token);
    }

    @Test
    void exportsWriteTheTokenAsAVariableAndWorkOnceItIsSet() throws Exception {
        ShellHarness shell = shell();
        shell.line("set secret=s3cret");
        shell.line(clientCredentials());
        shell.line("get /x q==1");
        String token = sentToken(shell);
        shell.clear();
        assertThat(shell.line("export curl")).isZero();
        String curl = shell.out().strip();
        assertThat(curl)
                .contains("-H 'Authorization: Bearer '\"$ACCESS_TOKEN\"")
                .doesNotContain(token);
        assertThat(shell.err()).contains("set ACCESS_TOKEN first");

        ProcessBuilder withToken = new ProcessBuilder("bash", "-c", curl).redirectErrorStream(true);
        withToken.environment().put("ACCESS_TOKEN", token);
        Process run = withToken.start();
        String echoed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(echoed).contains("GET /x?q=1").contains("authorization: Bearer " + token);

        shell.clear();
        shell.line("export http");
        assertThat(shell.out())
                .contains("Authorization: Bearer {{ACCESS_TOKEN}}")
                .doesNotContain(token);
    }

    @Test
    void saveScriptKeepsTheSignInWithItsSecretAsAVariable() throws Exception {
        ShellHarness shell = shell();
        shell.line("auth oauth2 client-credentials --issuer " + provider.issuer()
                + " --client-id cli --client-secret s3cret");
        shell.line("get /");
        Path script = home.resolve("signed-in.restsh");
        assertThat(shell.line("save-script " + script)).isZero();
        String text = Files.readString(script);
        assertThat(text)
                .contains("auth oauth2 client-credentials --issuer " + provider.issuer()
                        + " --client-id cli --client-secret {{CLIENT_SECRET}}")
                .doesNotContain("s3cret")
                .doesNotContain(sentToken(shell));
        ShellHarness replay = shell();
        assertThat(replay.line("run " + script + " --var CLIENT_SECRET=s3cret")).isZero();
        assertThat(replay.out()).contains("authorization: Bearer eyJ");
    }

    @Test
    void aMissingSecretIsAskedForOnATerminalAndAnErrorLineWithoutOne() {
        ShellHarness shell = shell();
        String password = "auth oauth2 password --issuer " + provider.issuer() + " --client-id cli --username ann";
        assertThat(shell.line(password)).isEqualTo(2);
        assertThat(shell.err()).contains("no terminal to ask for the password: give --password PASSWORD");
        List<String> prompts = new ArrayList<>();
        OAuth2GrantCommand.secretReader = prompt -> {
            prompts.add(prompt);
            return "typed".toCharArray();
        };
        assertThat(shell.line(password)).isZero();
        assertThat(prompts).containsExactly("password: ");
        assertThat(provider.tokenRequests())
                .last()
                .asString()
                .contains("username=ann")
                .contains("password=typed");
        assertThat(shell.out())
                .contains("auth: oauth2 password (issuer " + provider.issuer() + ", client cli, user ann");
    }

    @Test
    void oneShotRefusalsAreStatus4AndAnUnreachableIssuerStatus7() throws Exception {
        ShellHarness shell = shell();
        provider.nextRequiresSecret("right");
        assertThat(shell.oneShot(
                        "auth",
                        "oauth2",
                        "client-credentials",
                        "--issuer",
                        provider.issuer(),
                        "--client-id",
                        "cli",
                        "--client-secret",
                        "wrong"))
                .isEqualTo(4);
        assertThat(shell.err())
                .isEqualTo("restsh: the client credentials grant was refused: invalid_client"
                        + " (invalid client or invalid client credentials)\n");
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        shell.clear();
        assertThat(shell.oneShot(
                        "auth", "oauth2", "device", "--issuer", "http://127.0.0.1:" + closed, "--client-id", "c"))
                .isEqualTo(7);
        assertThat(shell.err()).contains("connection refused").hasLineCount(1);
        shell.clear();
        assertThat(shell.oneShot("auth", "oauth2", "device", "--issuer", provider.issuer(), "--client-id", "c"))
                .isEqualTo(4);
        assertThat(shell.err()).contains("names no device_authorization_endpoint: give --device-url URL");
    }

    @Test
    void withoutIssuerOrEndpointsItSaysWhatToGiveAndAnotherSchemeEndsTheSignIn() {
        ShellHarness shell = shell();
        assertThat(shell.line("auth oauth2 code --client-id c")).isEqualTo(2);
        assertThat(shell.err())
                .contains("auth oauth2 code: give --issuer URL (read by OpenID Connect discovery) or --token-url URL"
                        + " and --auth-url URL");
        assertThat(shell.line("auth oauth2 client-credentials --issuer not-a-url --client-id c --client-secret s"))
                .isEqualTo(2);
        assertThat(shell.err()).contains("not an absolute URL: not-a-url");
        assertThat(shell.line("auth oauth2 client-credentials --token-url " + provider.tokenUrl()
                        + " --client-id c --client-secret s"))
                .isZero();
        assertThat(shell.out()).contains("auth: oauth2 client-credentials (token endpoint " + provider.tokenUrl());
        assertThat(shell.context().session().credentialRenewal())
                .isInstanceOf(dev.restsh.shell.oauth.OAuth2Login.class);
        shell.line("auth none");
        assertThat(shell.context().session().credentialRenewal())
                .isSameAs(dev.restsh.shell.session.CredentialRenewal.NONE);
    }

    @Test
    void dashCSignsInAndSendsInOneRun() {
        ShellHarness shell = shell();
        assertThat(shell.oneShot(
                        "-c",
                        "auth oauth2 client-credentials --issuer " + provider.issuer()
                                + " --client-id cli --client-secret s; get /"))
                .isZero();
        assertThat(shell.out()).contains("authorization: Bearer eyJ");
    }

    @Test
    void theDeviceGrantPrintsTheCodeAndWaitsForTheApproval() throws Exception {
        try (DeviceServer device = new DeviceServer(provider)) {
            ShellHarness shell = shell();
            List<Duration> pauses = new ArrayList<>();
            OAuth2GrantCommand.pause = interval -> {
                pauses.add(interval);
                if (pauses.size() == 2) {
                    approve(device);
                }
            };
            assertThat(shell.line("auth oauth2 device --token-url " + device.tokenUrl() + " --device-url "
                            + device.deviceUrl() + " --client-id restsh"))
                    .isZero();
            assertThat(shell.err())
                    .contains("To sign in, open " + device.tokenUrl().replace("/token", "/device")
                            + " and enter the code WDJB-MJHT");
            assertThat(shell.out()).contains("auth: oauth2 device (token endpoint " + device.tokenUrl());
            shell.line("get /");
            assertThat(sentToken(shell)).isEqualTo(device.issued());
        }
    }

    private static void approve(DeviceServer device) {
        try {
            device.decide("approve");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** $BROWSER is a real program here: curl follows the authorization URL back to restsh's loopback redirect. */
    @Test
    void theCodeGrantOpensBrowserAndComesBackOnLoopback() {
        ShellHarness shell = shell();
        shell.env(Map.of(
                "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "BROWSER", "curl -s -L -o /dev/null"));
        assertThat(shell.line("auth oauth2 code --issuer " + provider.issuer() + " --client-id restsh"))
                .isZero();
        assertThat(shell.err())
                .contains("Opened the browser to sign in; if it did not open, visit:\n  " + provider.issuer()
                        + "/authorize?response_type=code&client_id=restsh")
                .contains("Waiting for the browser to come back to http://127.0.0.1:");
        assertThat(shell.out()).contains("auth: oauth2 code").contains("renewed with the refresh token");
        shell.line("get /");
        assertThat(shell.out()).contains("authorization: Bearer eyJ");
    }

    @Test
    void sessionsKeepTokensOnlyWhenAsked() throws Exception {
        ShellHarness shell = shell();
        OAuth2GrantCommand.browser = url -> {
            try {
                return new ProcessBuilder("curl", "-s", "-L", "-o", "/dev/null", url.toString())
                        .start()
                        .waitFor(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(shell.line("auth oauth2 code --issuer " + provider.issuer() + " --client-id restsh"))
                .isZero();
        shell.line("get /");
        String token = sentToken(shell);
        assertThat(shell.line("session save plain")).isZero();
        assertThat(shell.line("session save kept --with-tokens")).isZero();
        Path folder = home.resolve("config/restsh/sessions");
        String plain = Files.readString(folder.resolve("plain.json"));
        String kept = Files.readString(folder.resolve("kept.json"));
        assertThat(plain).contains("\"grant\" : \"code\"").doesNotContain(token).doesNotContain("refresh");
        assertThat(kept).contains(token).contains("\"refresh\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("kept.json"))))
                .isEqualTo("rw-------");

        ShellHarness later = shell();
        assertThat(later.line("session load kept")).isZero();
        later.line("get /");
        assertThat(sentToken(later)).isEqualTo(token);
        ShellHarness without = shell();
        without.line("session load plain");
        without.line("auth");
        assertThat(without.out()).contains("no token kept, sign in again with auth oauth2 code");
        assertThat(without.line("get /")).isEqualTo(4);
        assertThat(without.err()).contains("sign in again with auth oauth2 code");
    }
}
