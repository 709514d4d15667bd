package dev.restsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real server from the machine's packages (tinyproxy, httpbin) run by a test: started with its output in a
 * file, awaited until it listens on its loopback port (deadline-bounded), stopped by its process.
 */
public final class LocalServerProcess implements AutoCloseable {
    private final Process process;
    private final Path output;

    private LocalServerProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** A free loopback port for a server to listen on. */
    public static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }

    /** Starts {@code command}, its output to {@code output}, and waits until it listens on {@code port}. */
    public static LocalServerProcess start(List<String> command, Path output, int port) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        LocalServerProcess server = new LocalServerProcess(process, output);
        String name = Path.of(command.get(0)).getFileName().toString();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return server;
            } catch (IOException notYet) {
                assertThat(process.isAlive())
                        .as(() -> name + " exited: " + server.output())
                        .isTrue();
                assertThat(System.nanoTime()).as(name + " listening in time").isLessThan(deadline);
                Thread.onSpinWait();
            }
        }
    }

    /** What the server printed so far. */
    public String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
}
