package dev.restsh.shell.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * restsh on a real terminal: a tmux session running {@code java dev.restsh.shell.Main ARGS} with the test class
 * path, typed into with send-keys and read with capture-pane.
 */
final class TmuxSession implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String socket = "restsh-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts restsh in FOLDER with these arguments; the pane shows EXIT=status when it ends. */
    TmuxSession(Path folder, String arguments) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path launcher = folder.resolve("launch-restsh.sh");
        // A launcher file: the class path is too long for a tmux command line.
        Files.writeString(
                launcher,
                "cd '" + folder + "'\nexport TERM=xterm-256color\n'" + java + "' -cp '" + classPath
                        + "' dev.restsh.shell.Main " + arguments + "\necho EXIT=$?\nsleep 120\n",
                StandardCharsets.UTF_8);
        tmux("new-session", "-d", "-s", "restsh", "-x", "160", "-y", "50", "bash " + launcher);
    }

    /** The pane's title, which an OSC 0 or 2 sequence written to the terminal would change. */
    String title() throws Exception {
        return tmux("display-message", "-p", "-t", "restsh", "#{pane_title}").strip();
    }

    String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", "restsh", "-S", "-500");
    }

    /** Waits until the screen shows the text; fails with the screen otherwise. */
    void waitFor(String text) throws Exception {
        waitUntil("the screen to show " + text, screen -> screen.contains(text));
    }

    /** Waits until the text is on the screen at least {@code times} times. */
    void waitFor(String text, int times) throws Exception {
        waitUntil(times + " × " + text, screen -> screen.split(java.util.regex.Pattern.quote(text), -1).length > times);
    }

    private void waitUntil(String what, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            if (condition.test(screen)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what + "; the screen shows:\n" + screen);
    }

    void type(String line) throws Exception {
        tmux("send-keys", "-t", "restsh", "-l", line);
        tmux("send-keys", "-t", "restsh", "Enter");
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("tmux " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }

    @Override
    public void close() throws Exception {
        new ProcessBuilder("tmux", "-L", socket, "kill-server").start().waitFor();
    }
}
