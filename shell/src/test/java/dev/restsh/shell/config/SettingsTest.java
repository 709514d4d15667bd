package dev.restsh.shell.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.openapi.ValidationMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file's format, its place, and the environment winning over it. */
class SettingsTest {
    @TempDir
    Path directory;

    @Test
    void readsKeyValueLinesWithCommentsAndQuotes() {
        ConfigFile.Contents contents = ConfigFile.parse(
                List.of(
                        "# defaults",
                        "",
                        "base = http://localhost:9000",
                        "header.Accept = application/json",
                        "header.X-Note = \"a = b \\\"quoted\\\"\"",
                        "timeout=2.5"),
                "config");
        assertThat(contents.places()).containsEntry("base", "config:3").containsEntry("timeout", "config:6");
        assertThat(contents.values())
                .containsExactly(
                        Map.entry("base", "http://localhost:9000"),
                        Map.entry("header.Accept", "application/json"),
                        Map.entry("header.X-Note", "a = b \"quoted\""),
                        Map.entry("timeout", "2.5"));
        assertThatThrownBy(() -> ConfigFile.parse(List.of("base"), "/home/u/.config/restsh/config"))
                .isInstanceOf(RestshException.class)
                .hasMessage("/home/u/.config/restsh/config:1: expected 'key = value', got 'base'");
    }

    @Test
    void theFileIsInTheXdgConfigDirectoryAndTheEnvironmentWins() throws Exception {
        Path file = directory.resolve("restsh/config");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "base = http://from-file:1\ntimeout = 2.5\ncolour = always\nheader.Accept = text/plain\n"
                        + "history.size = 50\neditor = nano\nopenapi = off\npager = most\n");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", directory.toString(), "HOME", "/home/u");
        Settings fromFile = Settings.load(env);
        assertThat(fromFile.base()).isEqualTo("http://from-file:1");
        assertThat(fromFile.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(fromFile.colour()).isEqualTo(Settings.Colour.ALWAYS);
        assertThat(fromFile.headers()).containsExactly(Map.entry("Accept", "text/plain"));
        assertThat(fromFile.historySize()).isEqualTo(50);
        assertThat(fromFile.historyFile()).isEqualTo(Path.of("/home/u/.local/state/restsh/history"));
        assertThat(fromFile.editor()).isEqualTo("nano");
        assertThat(fromFile.pager()).isEqualTo("most");
        assertThat(fromFile.openApiDiscovery()).isFalse();
        assertThat(fromFile.warnings()).isEmpty();

        Settings fromEnv = Settings.load(Map.of(
                "XDG_CONFIG_HOME", directory.toString(),
                "XDG_STATE_HOME", "/state",
                "RESTSH_BASE_URL", "http://from-env:2",
                "RESTSH_TIMEOUT", "7",
                "NO_COLOR", "1",
                "RESTSH_EDITOR", "ed",
                "RESTSH_PAGER", "off",
                "RESTSH_OPENAPI", "auto"));
        assertThat(fromEnv.pager()).isNull();
        assertThat(fromEnv.base()).isEqualTo("http://from-env:2");
        assertThat(fromEnv.timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(fromEnv.colour()).isEqualTo(Settings.Colour.NEVER);
        assertThat(fromEnv.historyFile()).isEqualTo(Path.of("/state/restsh/history"));
        assertThat(fromEnv.editor()).isEqualTo("ed");
        assertThat(fromEnv.openApiDiscovery()).isTrue();
    }

    @Test
    void aBadValueNamesWhereItWasSet() throws Exception {
        Path file = directory.resolve("config");
        Files.writeString(file, "# mine\nbase = http://x:1\ntimeout = abc\nhistory.size = many\n");
        assertThatThrownBy(() -> Settings.load(Map.of("RESTSH_CONFIG", file.toString())))
                .isInstanceOf(RestshException.class)
                .hasMessage(file + ":3: timeout must be a number of seconds, not 'abc'");
        assertThatThrownBy(() -> Settings.load(Map.of("RESTSH_CONFIG", file.toString(), "RESTSH_TIMEOUT", "-1")))
                .hasMessage("RESTSH_TIMEOUT: timeout must be a number of seconds, not '-1'");
        Files.writeString(file, "colour = sometimes\n");
        assertThatThrownBy(() -> Settings.load(Map.of("RESTSH_CONFIG", file.toString())))
                .hasMessage(file + ":1: colour must be auto, always or never, not 'sometimes'");
        Files.writeString(file, "validate = loose\n");
        assertThatThrownBy(() -> Settings.load(Map.of("RESTSH_CONFIG", file.toString())))
                .hasMessage(file + ":1: validate must be warn, strict or off, not 'loose'");
    }

    @Test
    void requestsAreValidatedWithWarningsUnlessTheFileOrTheEnvironmentSaysOtherwise() throws Exception {
        Path file = directory.resolve("config");
        Files.writeString(file, "validate = strict\n");
        assertThat(Settings.defaults().validate()).isEqualTo(ValidationMode.WARN);
        assertThat(Settings.load(Map.of("RESTSH_CONFIG", file.toString())).validate())
                .isEqualTo(ValidationMode.STRICT);
        assertThat(Settings.load(Map.of("RESTSH_CONFIG", file.toString(), "RESTSH_VALIDATE", "off"))
                        .validate())
                .isEqualTo(ValidationMode.OFF);
    }

    @Test
    void cacertFromTheFileOrTheEnvironment() throws Exception {
        Path config = directory.resolve("restsh/config");
        Files.createDirectories(config.getParent());
        Path nextToConfig = Files.writeString(directory.resolve("restsh/ca.pem"), "pem");
        Path inHome = Files.writeString(directory.resolve("home-ca.pem"), "pem");
        Map<String, String> env = Map.of("RESTSH_CONFIG", config.toString(), "HOME", directory.toString());
        assertThat(Settings.resolve(env, Map.of()).caFile()).isNull();
        assertThat(Settings.resolve(env, Map.of("cacert", nextToConfig.toString()))
                        .caFile())
                .isEqualTo(nextToConfig);
        assertThat(Settings.resolve(env, Map.of("cacert", "ca.pem")).caFile()).isEqualTo(nextToConfig);
        assertThat(Settings.resolve(env, Map.of("cacert", "~/home-ca.pem")).caFile())
                .isEqualTo(inHome);
        Map<String, String> fromEnv = new java.util.HashMap<>(env);
        fromEnv.put("RESTSH_CACERT", inHome.toString());
        assertThat(Settings.resolve(fromEnv, Map.of("cacert", "ca.pem")).caFile())
                .isEqualTo(inHome);
        fromEnv.put("RESTSH_CACERT", directory.resolve("missing.pem").toString());
        assertThatThrownBy(() -> Settings.resolve(fromEnv, Map.of()))
                .hasMessage("RESTSH_CACERT: cacert: cannot read " + directory.resolve("missing.pem")
                        + " (a PEM file of certificates)");
    }

    @Test
    void noDefaultPagerOnADumbTerminalButAChosenOneStays() {
        String missing = directory.resolve("missing").toString();
        assertThat(Settings.load(Map.of("RESTSH_CONFIG", missing, "TERM", "dumb"))
                        .pager())
                .isNull();
        assertThat(Settings.load(Map.of("RESTSH_CONFIG", missing, "TERM", "dumb", "PAGER", "more"))
                        .pager())
                .isEqualTo("more");
        assertThat(Settings.load(Map.of("RESTSH_CONFIG", missing, "TERM", "xterm"))
                        .pager())
                .isEqualTo("less -R");
    }

    @Test
    void defaultsWithoutAFileAndWarningsForUnknownKeys() {
        Settings none = Settings.load(
                Map.of("RESTSH_CONFIG", directory.resolve("missing").toString(), "EDITOR", "vim"));
        assertThat(none.base()).isEqualTo("http://localhost:8080");
        assertThat(none.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(none.colour()).isEqualTo(Settings.Colour.AUTO);
        assertThat(none.editor()).isEqualTo("vim");
        assertThat(none.pager()).isEqualTo("less -R");
        assertThat(Settings.resolve(Map.of(), Map.of("theme", "dark")).warnings())
                .singleElement()
                .asString()
                .startsWith("config: unknown key 'theme'");
        assertThatThrownBy(() -> Settings.resolve(Map.of(), Map.of("timeout", "soon")))
                .hasMessage("timeout must be a number of seconds, not 'soon'");
        assertThat(Settings.defaults().historyFile()).isNull();
        assertThat(Settings.defaults().openApiDiscovery()).isFalse();
    }
}
