package dev.restsh.server.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The built server jar ({@code target/quarkus-app/quarkus-run.jar}) run as a separate process on a free loopback port,
 * on the database the test run chose ({@code -Drestsh.db=postgresql -Drestsh.db.url=…}, else H2 in the data dir).
 */
public final class ServerProcess implements AutoCloseable {
    public static final String TOKEN = "integration-test-token";
    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    private static final List<String> PASSED_ON =
            List.of("restsh.db", "restsh.db.url", "restsh.db.username", "restsh.db.password");

    private final Process process;
    private final URI base;

    private ServerProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    public static ServerProcess start(Path dataDirectory, Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Drestsh.data-dir=" + dataDirectory,
                "-Dquarkus.http.port=" + port,
                "-Drestsh.api-token=" + TOKEN));
        for (String name : PASSED_ON) {
            String value = System.getProperty(name);
            if (value != null) {
                command.add("-D" + name + "=" + value);
            }
        }
        command.addAll(List.of("-jar", jar().toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        ServerProcess server = new ServerProcess(process, URI.create("http://127.0.0.1:" + port));
        server.awaitReady(log);
        return server;
    }

    public static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty("restsh.db"));
    }

    public URI base() {
        return base;
    }

    /** SIGTERM: a graceful shutdown, which finishes the requests in flight; {@link #close} waits for the exit. */
    public void requestShutdown() {
        process.destroy();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            killHard();
        }
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the server exited at start-up; see " + log + ":\n" + Files.readString(log));
            }
            try {
                HttpRequest ready = HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        killHard();
        throw new IllegalStateException("the server did not become ready in " + START_LIMIT + "; see " + log);
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("restsh.test.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after 'package'");
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
