package dev.restsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precedence of the base URL through Main: config file, then environment, then --base. */
class MainConfigTest {
    @TempDir
    Path directory;

    private String run(Map<String, String> env, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args, env)).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void flagsWinOverTheEnvironmentWhichWinsOverTheFile() throws Exception {
        Files.createDirectories(directory.resolve("restsh"));
        Files.writeString(directory.resolve("restsh/config"), "base = http://from-file:1\n");
        Map<String, String> env = new HashMap<>(Map.of("XDG_CONFIG_HOME", directory.toString()));
        assertThat(run(env, "-c", "base")).isEqualTo("http://from-file:1\n");
        env.put("RESTSH_BASE_URL", "http://from-env:2");
        assertThat(run(env, "-c", "base")).isEqualTo("http://from-env:2\n");
        assertThat(run(env, "--base", "http://from-flag:3", "-c", "base")).isEqualTo("http://from-flag:3\n");
    }
}
