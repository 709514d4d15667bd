package dev.restsh.shell;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real inventory server (the built {@code server/} jar) on a free loopback port with a data directory of its own
 * and a known write token, for the shell's tests of its live features. The reactor builds the server before the
 * shell ({@code ./mvnw verify}, scripts/test); a build of the shell alone ({@code -pl shell}) has no server jar, and
 * these tests are skipped, saying so.
 */
public final class InventoryServer implements AutoCloseable {
    public static final String TOKEN = "shell-test-token";
    private static final Path JAR = Path.of("..", "server", "target", "quarkus-app", "quarkus-run.jar");

    private final LocalServerProcess process;
    private final Path data;
    private final int port;

    private InventoryServer(LocalServerProcess process, Path data, int port) {
        this.process = process;
        this.data = data;
        this.port = port;
    }

    public static InventoryServer start() throws IOException {
        assumeTrue(Files.exists(JAR), "the server jar is not built (" + JAR + "): ./mvnw -pl server package");
        Path data = Files.createTempDirectory("restsh-inventory");
        int port = LocalServerProcess.freePort();
        List<String> command = new ArrayList<>(List.of(
                "env",
                "RESTSH_DATA_DIR=" + data,
                "QUARKUS_HTTP_PORT=" + port,
                "QUARKUS_HTTP_HOST=127.0.0.1",
                "RESTSH_API_TOKEN=" + TOKEN,
                // Nothing to finish gracefully in a test: stopping well inside LocalServerProcess's deadline.
                "QUARKUS_SHUTDOWN_TIMEOUT=1s",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString()));
        return new InventoryServer(LocalServerProcess.start(command, data.resolve("server.log"), port), data, port);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** A shell session on this server, signed in with its write token. */
    public ShellHarness shell() {
        ShellHarness shell = new ShellHarness(url());
        shell.line("auth bearer " + TOKEN);
        shell.clear();
        return shell;
    }

    public String log() {
        return process.output();
    }

    @Override
    public void close() throws Exception {
        process.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
