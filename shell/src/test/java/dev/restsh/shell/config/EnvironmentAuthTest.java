package dev.restsh.shell.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.oauth.TestProvider;
import dev.restsh.shell.session.Auth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An environment's {@code auth} of every kind restsh knows: the OAuth2 grants sign in against a real provider
 * (NAV's mock-oauth2-server on loopback) when the environment is used, one-shot and in the REPL; digest.
 */
class EnvironmentAuthTest {
    @AutoClose
    private static final TestProvider provider = new TestProvider();

    @AutoClose
    private static final LoopbackServer api = new LoopbackServer().route("/", LoopbackServer.echo());

    @TempDir
    Path project;

    private Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(project.resolve(".restsh"));
        Files.writeString(
                project.resolve(".restsh/environments.toml"),
                "[cc]\nbase = \"" + api.base() + "\"\n"
                        + "auth = { oauth2 = { grant = \"client-credentials\", issuer = \"" + provider.issuer()
                        + "\", client_id = \"cli\", scope = \"api\" } }\n\n"
                        + "[pw]\nbase = \"" + api.base() + "\"\n"
                        + "[pw.auth.oauth2]\ngrant = \"password\"\ntoken-url = \"" + provider.tokenUrl() + "\"\n"
                        + "client-id = \"cli\"\nusername = \"ann\"\npassword = \"${env:ANN_PASSWORD}\"\n\n"
                        + "[dg]\nbase = \"" + api.base() + "\"\nauth = { digest = \"ann:${env:ANN_PASSWORD}\" }\n\n"
                        + "[shared]\nauth = { bearer = \"team-token\" }\n\n"
                        + "[typo]\nauth = { oauth2 = { grant = \"client-credential\", client-id = \"cli\" } }\n");
        // The personal file adds the client secret to the project's sign-in, and replaces a shared scheme.
        Path personal = Files.createDirectories(project.resolve("config/restsh"));
        Files.writeString(
                personal.resolve("environments.toml"),
                "[cc.auth.oauth2]\nclient-secret = \"${env:CLIENT_SECRET}\"\n\n"
                        + "[shared]\nauth = { digest = \"ann:${env:ANN_PASSWORD}\" }\n");
        env = new HashMap<>(Map.of("HOME", project.resolve("home").toString()));
        env.put("XDG_CONFIG_HOME", project.resolve("config").toString());
        env.put("CLIENT_SECRET", "s3cret");
        env.put("ANN_PASSWORD", "wonderland");
        provider.tokenRequests(); // what earlier tests sent
    }

    private ShellHarness shell() {
        ShellHarness shell = new ShellHarness("http://localhost:1").env(env);
        shell.context().workingDirectory(project);
        return shell;
    }

    @Test
    void clientCredentialsSignInOneShot() {
        provider.nextRequiresSecret("s3cret");
        ShellHarness shell = shell();
        assertThat(shell.oneShot("--env", "cc", "get", "/ips")).as(shell::err).isZero();
        assertThat(shell.out()).contains("authorization: Bearer eyJ");
        assertThat(provider.tokenRequests())
                .singleElement()
                .asString()
                .contains("grant_type=client_credentials")
                .contains("scope=api");
    }

    @Test
    void passwordGrantSignsInOnUseAndEnvShowsItMasked() {
        ShellHarness shell = shell();
        assertThat(shell.line("use pw")).as(shell::err).isZero();
        assertThat(shell.context().session().auth().orElseThrow().scheme()).isEqualTo(Auth.Scheme.OAUTH2);
        assertThat(shell.line("get /")).isZero();
        assertThat(shell.out()).contains("authorization: Bearer eyJ");
        shell.clear();
        shell.line("env");
        assertThat(shell.out())
                .contains("oauth2 password")
                .doesNotContain("wonderland")
                .doesNotContain("eyJ");
        assertThat(provider.tokenRequests())
                .singleElement()
                .asString()
                .contains("grant_type=password")
                .contains("username=ann");
    }

    @Test
    void aFailedSignInLeavesTheSessionInTheEnvironmentItWasIn() {
        ShellHarness shell = shell();
        assertThat(shell.line("use dg")).as(shell::err).isZero();
        provider.nextRequiresSecret("another");
        assertThat(shell.line("use cc")).isNotZero();
        assertThat(shell.err()).contains("invalid_client");
        assertThat(shell.context().environments().current().orElseThrow().name())
                .isEqualTo("dg");
        assertThat(shell.context().session().auth().orElseThrow().describe(false, env))
                .isEqualTo("digest ann:***");
    }

    @Test
    void aPersonalAuthOfAnotherSchemeReplacesTheSharedOne() {
        ShellHarness shell = shell();
        assertThat(shell.line("use shared")).as(shell::err).isZero();
        assertThat(shell.context().session().auth().orElseThrow().describe(true, env))
                .isEqualTo("digest ann:wonderland");
    }

    @Test
    void mistakesInTheAuthTableAreOneClearLine() {
        ShellHarness shell = shell();
        assertThat(shell.line("use typo")).isEqualTo(2);
        assertThat(shell.err())
                .isEqualTo("restsh: environment typo: auth.oauth2.grant: unknown 'client-credential' (one of"
                        + " client-credentials, password, device, code)\n");
    }
}
