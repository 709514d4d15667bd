package dev.restsh.shell.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named environments from .restsh/environments.toml (found like .git) and the config folder's file. */
class EnvironmentsTest {
    /** The issue's example, as written. */
    private static final String EXAMPLE = """
            # .restsh/environments.toml
            [dev]
            base = "http://localhost:8080"

            [staging]
            base = "https://staging.example.org"
            headers = { "X-Env" = "staging" }
            auth = { bearer = "${env:STAGING_TOKEN}" }
            vars = { team = "blue", token = "${cmd:pass show staging/token}" }
            """;

    @TempDir
    Path home;

    private Path project;
    private Path passRuns;
    private LoopbackServer server;
    private ShellHarness shell;

    @BeforeEach
    void setUp() throws Exception {
        project = Files.createDirectories(home.resolve("project"));
        Files.createDirectories(project.resolve(".restsh"));
        Files.writeString(project.resolve(".restsh/environments.toml"), EXAMPLE);
        // A stand-in for the password manager: prints the secret, and notes each run.
        Path bin = Files.createDirectories(home.resolve("bin"));
        passRuns = home.resolve("pass-runs");
        Path pass = Files.writeString(
                bin.resolve("pass"),
                "#!/bin/sh\necho \"$*\" >> '" + passRuns + "'\necho tok-from-pass\necho second line\n");
        Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString("rwxr-xr-x"));
        server = new LoopbackServer();
        server.route(
                "/",
                exchange -> LoopbackServer.reply(
                        exchange,
                        200,
                        "X-Env=" + exchange.getRequestHeaders().getFirst("X-Env") + " auth="
                                + exchange.getRequestHeaders().getFirst("Authorization") + " path="
                                + exchange.getRequestURI()));
        Path config = Files.createDirectories(home.resolve("config/restsh"));
        Files.writeString(
                config.resolve("environments.toml"),
                "[local]\nbase = \"" + server.base() + "\"\nheaders = { \"X-Env\" = \"local\" }\n"
                        + "auth = { bearer = \"${env:STAGING_TOKEN}\" }\nvars = { team = \"green\" }\n\n"
                        + "[staging]\nvars = { team = \"red\" }\n");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("STAGING_TOKEN", "st-token");
        env.remove("http_proxy");
        env.remove("HTTP_PROXY");
        shell = new ShellHarness("http://localhost:1").env(env);
        // In a sub-folder: the project's file is found in the nearest ancestor that has one.
        shell.context().workingDirectory(Files.createDirectories(project.resolve("src/deep")));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void theIssuesExampleWorksAsWrittenAndCommandsRunOncePerSession() throws Exception {
        assertThat(shell.line("use staging")).as(shell::err).isZero();
        var session = shell.context().session();
        assertThat(session.base()).hasToString("https://staging.example.org");
        assertThat(session.headers().first("X-Env")).contains("staging");
        assertThat(session.auth().orElseThrow().secret()).isEqualTo("st-token");
        // The personal file's [staging] is merged over the project's: its team wins, the token stays.
        assertThat(session.variables()).containsEntry("team", "red").containsEntry("token", "tok-from-pass");

        assertThat(shell.line("use dev")).as(shell::err).isZero();
        assertThat(session.base()).hasToString("http://localhost:8080");
        assertThat(session.headers().first("X-Env")).isEmpty();
        assertThat(session.variables()).doesNotContainKeys("team", "token");
        assertThat(session.auth()).isEmpty();

        assertThat(shell.line("use staging")).as(shell::err).isZero();
        assertThat(Files.readAllLines(passRuns)).containsExactly("show staging/token"); // once per session
    }

    @Test
    void requestsCarryTheEnvironmentInTheReplOneShotAndScripts() throws Exception {
        assertThat(shell.line("use local")).as(shell::err).isZero();
        assertThat(shell.line("get /items/{{team}}")).as(shell::err).isZero();
        assertThat(shell.out()).contains("X-Env=local auth=Bearer st-token path=/items/green");

        ShellHarness oneShot = new ShellHarness("http://localhost:1")
                .env(shell.context().session().env());
        oneShot.context().workingDirectory(project);
        assertThat(oneShot.oneShot("--env", "local", "get", "/one"))
                .as(oneShot::err)
                .isZero();
        assertThat(oneShot.out()).contains("X-Env=local auth=Bearer st-token path=/one");

        Files.writeString(project.resolve("smoke.restsh"), "get /scripted/{{team}}\nexpect response.ok\n");
        ShellHarness scripted = new ShellHarness("http://localhost:1")
                .env(shell.context().session().env());
        scripted.context().workingDirectory(project);
        assertThat(scripted.oneShot("run", "--env", "local", "smoke.restsh"))
                .as(scripted::err)
                .isZero();
        assertThat(scripted.out()).contains("X-Env=local auth=Bearer st-token path=/scripted/green");
    }

    @Test
    void listingAndEnvShowTheCurrentOneWithSecretsMasked() {
        assertThat(shell.line("use staging")).as(shell::err).isZero();
        shell.clear();
        assertThat(shell.line("environments")).isZero();
        assertThat(shell.out())
                .contains("  dev  " + project.resolve(".restsh/environments.toml"))
                .contains("* staging  " + home.resolve("config/restsh/environments.toml"))
                .contains("  local");
        shell.clear();
        assertThat(shell.line("env")).isZero();
        assertThat(shell.out())
                .contains("environment: staging")
                .contains("X-Env: staging")
                .doesNotContain("st-token")
                .doesNotContain("tok-from-pass");
        assertThat(shell.line("use none")).isZero();
        assertThat(shell.context().session().base()).hasToString("http://localhost:1");
        assertThat(shell.context().environments().current()).isEmpty();
    }

    @Test
    void mistakesAreOneClearLine() throws Exception {
        assertThat(shell.line("use stagin")).isEqualTo(2);
        assertThat(shell.err()).contains("unknown environment 'stagin'").contains("staging");
        Files.writeString(
                project.resolve(".restsh/environments.toml"),
                "[a]\nbase = \"${env:NOT_SET_ANYWHERE}\"\n[b]\nvars = { t = \"${cmd:echo oops >&2; exit 3}\" }\n");
        shell.clear();
        assertThat(shell.line("use a")).isEqualTo(2);
        assertThat(shell.err())
                .isEqualTo("restsh: environment a: base: ${env:NOT_SET_ANYWHERE}: the environment variable "
                        + "NOT_SET_ANYWHERE is not set\n");
        shell.clear();
        assertThat(shell.line("use b")).isEqualTo(2);
        assertThat(shell.err())
                .isEqualTo(
                        "restsh: environment b: vars.t: ${cmd:echo oops >&2; exit 3} failed (exit status 3): oops\n");
        Files.writeString(project.resolve(".restsh/environments.toml"), "[c]\nbsae = \"x\"\n");
        shell.clear();
        assertThat(shell.line("use c")).isEqualTo(2);
        assertThat(shell.err()).contains("[c]: unknown key 'bsae'");
        assertThat(shell.context().environments().current()).isEmpty(); // a failure changes nothing
        Files.writeString(project.resolve(".restsh/environments.toml"), "[broken\n");
        shell.clear();
        assertThat(shell.line("environments")).isEqualTo(2);
        assertThat(shell.err()).startsWith("restsh: " + project.resolve(".restsh/environments.toml") + ": ");
        assertThat(shell.err().strip().lines()).hasSize(1);
    }

    @Test
    void thePromptShowsTheEnvironmentInUse() throws Exception {
        String screen = dev.restsh.shell.repl.ReplTest.runRepl(shell, "use dev\nuse none\nexit\n");
        assertThat(screen).contains("http://localhost:1> ").contains("(dev) http://localhost:8080> ");
    }
}
