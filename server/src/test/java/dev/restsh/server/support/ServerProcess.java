package dev.restsh.server.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built server jar ({@code target/quarkus-app/quarkus-run.jar}) run as a separate process on a free loopback port,
 * on the database the test run chose ({@code -Drestsh.db=postgresql -Drestsh.db.url=…}, else H2 in the data dir).
 */
public final class ServerProcess implements AutoCloseable {
    public static final String TOKEN = "integration-test-token";
    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final List<String> PASSED_ON =
            List.of("restsh.db", "restsh.db.url", "restsh.db.username", "restsh.db.password");

    private final Process process;
    private final URI base;
    private final Path log;
    /** Where this run's lines start in the log, which earlier runs may have written to. */
    private final long logStart;

    private ServerProcess(Process process, URI base, Path log, long logStart) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.logStart = logStart;
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
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        ServerProcess server = new ServerProcess(process, URI.create("http://127.0.0.1:" + port), log, logStart);
        server.awaitReady();
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

    /** Waits for the process to exit (after {@link #requestShutdown}); false if it is still running at the limit. */
    public boolean awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            killHard();
        }
    }

    /** Waits until this run has logged {@code text}; fails if the server exits or the limit passes. */
    public void awaitLogLine(String text, Duration limit) throws IOException, InterruptedException {
        awaitUntil("a log line with '" + text + "'", limit, () -> {
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) logStart, all.length - (int) logStart, StandardCharsets.UTF_8).contains(text);
        });
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        awaitUntil("readiness", START_LIMIT, () -> {
            try {
                return client.send(ready, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException notListeningYet) {
                return false;
            }
        });
    }

    /**
     * Checks {@code condition} until it holds, pausing between checks in {@link Process#waitFor(long, TimeUnit)}, so
     * that an exit is noticed at once; an exit or the deadline fails with the log.
     */
    private void awaitUntil(String what, Duration limit, Check condition) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.holds()) {
            if (process.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(
                        "the server exited while waiting for " + what + "; see " + log + ":\n" + Files.readString(log));
            }
            if (Instant.now().isAfter(deadline)) {
                killHard();
                throw new IllegalStateException("no " + what + " within " + limit + "; see " + log);
            }
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws IOException, InterruptedException;
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
